import Testing
@testable import Report

/// Expectations computed by hand from the rules in `PlannerFormat.swift`.
struct PlannerFormatTests {
    @Test func durationsUseTheLargestSensibleUnit() {
        let s = PlannerUnit("s")
        #expect(s.format(134_578) == "37.4 h")        // 37.383 h
        #expect(s.format(750) == "12.5 min")
        #expect(s.format(45) == "45 s")
        #expect(s.format(2.3 * 86_400) == "2.3 d")     // 55.2 h is past 48 h
        #expect(s.format(47 * 3600) == "47 h")
        #expect(s.format(0.35) == "350 ms")
        #expect(s.format(0) == "0 s")
        #expect(s.format(-90) == "\u{2212}1.5 min")
    }

    @Test func aValueThatRoundsUpMovesToTheNextScale() {
        #expect(PlannerUnit.seconds.format(59.97) == "1 min")              // 60.0 s
        #expect(PlannerUnit("units").format(999_960) == "1M")            // 1000.0k
        #expect(PlannerUnit("units").format(999.96) == "1k")             // 1000.0
    }

    @Test func countsUseKMAndB() {
        let units = PlannerUnit("visitors")
        #expect(units == .count("visitors"))
        #expect(units.format(300_140_000) == "300.1M")
        #expect(units.format(96_612) == "96.6k")
        #expect(units.format(812) == "812")
        #expect(units.format(812.44) == "812.4")
        #expect(units.format(1_234) == "1.2k")
        #expect(units.format(2_500_000_000) == "2.5B")
        #expect(units.format(0.2345) == "0.23")
    }

    @Test func moneyCarriesItsCurrencyFirst() {
        let rmb = PlannerUnit("RMB")
        #expect(rmb.format(193_300_000) == "RMB 193.3M")
        #expect(rmb.format(-43_900_000) == "\u{2212}RMB 43.9M")
        #expect(rmb.format(6_000) == "RMB 6k")
    }

    @Test func fractionsArePercentages() {
        let f = PlannerUnit("1")
        #expect(f.format(0.9723) == "97.2%")
        #expect(f.format(0.0023) == "0.23%")
        #expect(f.format(1) == "100%")
        #expect(f.format(0) == "0%")
        #expect(PlannerUnit("fraction") == .fraction)
        #expect(PlannerUnit("orders/s") == .perSecond)
        #expect(PlannerUnit("time") == .seconds)
    }

    @Test func ratesHaveThousandsSeparators() {
        let r = PlannerUnit("per_s")
        #expect(r.format(1_234) == "1,234/s")
        #expect(r.format(12_345.6) == "12,350/s")   // four significant digits
        #expect(r.format(12.34) == "12.3/s")
    }

    @Test func notANumberIsADash() {
        #expect(PlannerUnit.seconds.format(.nan) == "—")
        #expect(PlannerUnit.count("units").format(.infinity) == "—")
        #expect(PlannerUnit.fraction.format(mean: .nan, low: 0, high: 1).description == "—")
        #expect(PlannerUnit.fraction.formatDifference(.nan, baseline: 1) == "—")
    }

    @Test func unknownUnitsArePlainNumbersWithTheirName() {
        #expect(PlannerUnit("kg").format(1_234.5) == "1,235 kg")
        #expect(PlannerUnit("").format(0.5) == "0.5")
    }

    // MARK: intervals

    @Test func anIntervalUsesTheHalfWidthsSecondSignificantDigit() {
        // half-width 1.24 percentage points → one decimal of a percent
        let text = PlannerUnit.fraction.format(mean: 0.9712, low: 0.9588, high: 0.9836)
        #expect(text == IntervalText(value: "97.1%", low: "95.9%", high: "98.4%"))
        #expect(text.description == "97.1% [95.9%, 98.4%]")
    }

    @Test func intervalEndsKeepTrailingZerosAndShareTheMeansScale() {
        // half-width 1.567k → 0.1k; 95.04k keeps its zero
        #expect(PlannerUnit.count("units").format(mean: 96_612, low: 95_040, high: 98_174).description
                == "96.6k [95.0k, 98.2k]")
        // half-width 0.556 h → 0.01 h
        #expect(PlannerUnit.seconds.format(mean: 134_578, low: 132_578, high: 136_578).description
                == "37.38 h [36.83 h, 37.94 h]")
        #expect(PlannerUnit.seconds.format(mean: 37.67, low: 27.83, high: 47.51).description == "37.7 s [27.8 s, 47.5 s]")
    }

    @Test func aWideIntervalRoundsToTens() {
        // half-width 150 → tens
        #expect(PlannerUnit.count("orders").format(mean: 812, low: 662, high: 962).description == "810 [660, 960]")
    }

    @Test func aTinyIntervalStopsAtSixSignificantDigits() {
        #expect(PlannerUnit.count("units").format(mean: 1000, low: 999.9999, high: 1000.0001).description
                == "1.00000k [1.00000k, 1.00000k]")
    }

    @Test func anIntervalThatIsNotThereGivesTheMeanAlone() {
        let text = PlannerUnit.fraction.format(mean: 0.9723, low: .nan, high: .nan)
        #expect(text == IntervalText(value: "97.2%", low: "—", high: "—"))
        #expect(text.description == "97.2%")
    }

    /// Every replication alike: the interval exists and has no width, which `—`
    /// (not a number) would misstate.
    @Test func anIntervalOfNoWidthShowsItsEnds() {
        #expect(PlannerUnit.fraction.format(mean: 0.5, low: 0.5, high: 0.5).description == "50% [50%, 50%]")
        #expect(PlannerUnit.seconds.format(mean: 0, low: 0, high: 0).description == "0 s [0 s, 0 s]")
        let d = PlannerUnit.count("looks").formatDifference(-66, low: -66, high: -66, baseline: 66)
        #expect(d.low == d.high && d.low != PlannerUnit.notANumber)
    }

    // MARK: differences

    @Test func differencesHaveASignAndARelativeChange() {
        let units = PlannerUnit.count("units")
        #expect(units.formatDifference(-43_900, baseline: 97_556) == "\u{2212}43.9k (\u{2212}45%)")
        #expect(units.formatDifference(45, baseline: 1_000) == "+45 (+4.5%)")
        #expect(units.formatDifference(45, baseline: 0) == "+45")
        #expect(units.formatDifference(0, baseline: 10) == "0 (0%)")
        #expect(PlannerUnit.seconds.formatDifference(750, baseline: 2_500) == "+12.5 min (+30%)")
        #expect(PlannerUnit.money("RMB").formatDifference(-98_320_000, baseline: 193_300_000)
                == "\u{2212}RMB 98.3M (\u{2212}51%)")
    }

    @Test func fractionDifferencesAreInPercentagePoints() {
        #expect(PlannerUnit.fraction.formatDifference(0.012, baseline: 0.95) == "+1.2 pp")
        #expect(PlannerUnit.fraction.formatDifference(-0.0323033, baseline: 0.5) == "\u{2212}3.2 pp")
    }

    @Test func aDifferenceWithItsIntervalUsesTheIntervalsPrecision() {
        let text = PlannerUnit.count("units").formatDifference(-43_900, low: -45_010, high: -42_790, baseline: 97_556)
        #expect(text == DifferenceText(difference: "\u{2212}43.9k", relative: "\u{2212}45%",
                                       low: "\u{2212}45.0k", high: "\u{2212}42.8k"))
        #expect(text.description == "\u{2212}43.9k (\u{2212}45%) [\u{2212}45.0k, \u{2212}42.8k]")
        let points = PlannerUnit.fraction.formatDifference(0.012, low: 0.004, high: 0.020, baseline: 0.9)
        #expect(points.description == "+1.20 pp [+0.40 pp, +2.00 pp]")
        // an interval across zero: the difference itself may be tiny
        let across = PlannerUnit.seconds.formatDifference(2, low: -118, high: 122, baseline: 600)
        // half-width 2.0 min → one decimal; +2 s rounds to 0.0 min and loses its sign
        #expect(across.description == "0.0 min (+0.3%) [\u{2212}2.0 min, +2.0 min]")
    }

    @Test func relativeChangeIsWholeFromTenPercent() {
        #expect(PlannerUnit.relativeChange(-0.449, baseline: 1) == "\u{2212}45%")
        #expect(PlannerUnit.relativeChange(0.0999, baseline: 1) == "+10%")
        #expect(PlannerUnit.relativeChange(0.0949, baseline: 1) == "+9.5%")
        #expect(PlannerUnit.relativeChange(12, baseline: 1) == "+1,200%")
        #expect(PlannerUnit.relativeChange(1, baseline: -4) == "+25%")
        #expect(PlannerUnit.relativeChange(1, baseline: .nan) == nil)
    }
}
