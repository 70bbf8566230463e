import Foundation
import Testing
@testable import Report

struct SVGTests {
    @Test func textAndAttributesAreEscaped() {
        let e = SVGElement("text", [("data-x", "a\"b<'c'&")], text: "R&D <b> \"q\" 'x'\u{1}")
        #expect(e.markup == "<text data-x=\"a&quot;b&lt;&#39;c&#39;&amp;\">R&amp;D &lt;b&gt; \"q\" 'x'</text>")
    }

    @Test func emptyElementsCloseThemselves() {
        #expect(SVGElement("circle", [("r", "3")]).markup == "<circle r=\"3\"/>")
    }

    @Test func coordinatesAreRoundedToHundredths() {
        #expect(SVGNumber.text(12.345678) == "12.35")
        #expect(SVGNumber.text(3.0) == "3")
        #expect(SVGNumber.text(-0.001) == "0")
        #expect(SVGNumber.text(-7.1) == "-7.1")
        #expect(SVGNumber.text(.nan) == "0")
    }

    @Test func aLineBreaksAtMissingPoints() {
        let d = PlotArea.linePath([(0, 0), (1, 1), nil, (3, 3), (4, 4)])
        #expect(d == "M0 0 L1 1 M3 3 L4 4")
        #expect(PlotArea.bandPaths([(0, 1, 2), (1, 1, 2), nil, (3, 1, 2)]) == ["M0 1 L1 1 L1 2 L0 2 Z"])
    }

    @Test func queriesFindElementsByNameAndClass() {
        var g = SVGElement("g", [("class", "a b")])
        g.append(SVGElement("path", [("class", "b")]))
        g.append(SVGElement("text", text: "hi"))
        #expect(g.elements(withClass: "b").count == 2)
        #expect(g.elements(named: "text").first?.textContent == "hi")
    }
}

struct NiceScaleTests {
    @Test func heckbertsNiceNumbers() {
        #expect(NiceScale.niceNumber(37.4, round: false) == 50)
        #expect(NiceScale.niceNumber(12.5, round: true) == 10)
        #expect(NiceScale.niceNumber(2.9, round: true) == 2)
        #expect(NiceScale.niceNumber(3, round: true) == 5)
        #expect(NiceScale.niceNumber(7, round: true) == 10)
        #expect(NiceScale.niceNumber(0.15, round: false) == 0.2)
    }

    @Test func looseLabelsCoverTheData() {
        let s = NiceScale(minimum: 0, maximum: 37.4)   // range 50, step nice(12.5) = 10
        #expect(s.ticks == [0, 10, 20, 30, 40])
        let p = NiceScale(minimum: 95.88, maximum: 98.36)   // range 5, step nice(1.25) = 1
        #expect(p.ticks == [95, 96, 97, 98, 99])
        #expect(p.exponent == 0)
        let small = NiceScale(minimum: 0.012, maximum: 0.048)   // range 0.05, step 0.01
        #expect(small.ticks == [0.01, 0.02, 0.03, 0.04, 0.05])
        #expect(small.exponent == -2)
    }

    @Test func anEmptyRangeIsWidened() {
        #expect(NiceScale(minimum: 0, maximum: 0).ticks == [-1, -0.5, 0, 0.5, 1])
        #expect(NiceScale(minimum: .nan, maximum: .nan).ticks.first == 0)
    }

    @Test func aShareAxisStopsAtAHundredPercent() {
        // nice ticks would run to 110%; a share cannot
        let axis = ValueAxis(unit: .fraction, minimum: 0.72, maximum: 1.02)
        #expect(axis.high == 1)
        #expect(axis.ticks.map(\.label) == ["70%", "80%", "90%", "100%"])
        #expect(ValueAxis(unit: .count("contacts"), minimum: -4, maximum: 51).low == 0)
        // differences of shares may be negative
        let change = ValueAxis(unit: .fraction, minimum: -0.45, maximum: 0.012, differences: true)
        #expect(change.ticks.map(\.label) == ["-50%", "-40%", "-30%", "-20%", "-10%", "0%", "10%"].map { $0.replacingOccurrences(of: "-", with: "\u{2212}") })
    }

    @Test func sweptValuesAreTheirOwnTicks() {
        let servers = ValueAxis(unit: .plain(""), values: [10, 11, 12, 11])
        #expect(servers.ticks.map(\.label) == ["10", "11", "12"])
        #expect(servers.low == 9.7 && servers.high == 12.3)
        let stock = ValueAxis(unit: .plain(""), values: [100, 300, 600, 1000, 2000])
        #expect(stock.ticks.map(\.label) == ["100", "300", "600", "1,000", "2,000"])
        let hours = ValueAxis(unit: .seconds, values: [1800, 3600, 5400])
        #expect(hours.ticks.map(\.label) == ["0.5 h", "1.0 h", "1.5 h"])
    }

    @Test func valueAxesTickInThePlannersUnit() {
        let hours = ValueAxis(unit: .seconds, minimum: 0, maximum: 134_578)
        #expect(hours.ticks.map(\.label) == ["0 h", "10 h", "20 h", "30 h", "40 h"])
        #expect(hours.ticks.map(\.value) == [0, 36_000, 72_000, 108_000, 144_000])
        let share = ValueAxis(unit: .fraction, minimum: 0.9588, maximum: 0.9836)
        #expect(share.ticks.map(\.label) == ["95%", "96%", "97%", "98%", "99%"])
        let money = ValueAxis(unit: .money("RMB"), minimum: 0, maximum: 193_300_000, includingZero: true)
        #expect(money.ticks.map(\.label) == ["RMB 0", "RMB 50M", "RMB 100M", "RMB 150M", "RMB 200M"])
        let visitors = ValueAxis(unit: .count("visitors"), minimum: 0, maximum: 180_000)
        #expect(visitors.ticks.map(\.label) == ["0", "50k", "100k", "150k", "200k"])
        let half = ValueAxis(unit: .count("units"), minimum: 0, maximum: 1.8)
        #expect(half.ticks.map(\.label) == ["0", "0.5", "1.0", "1.5", "2.0"])   // zero reads 0
    }
}

struct WallClockTests {
    let launch = WallClock(iso8601: "2017-08-07T08:00:00+08:00")

    @Test func readsTheStartMoment() {
        #expect(launch == WallClock(epochSeconds: 1_502_064_000, utcOffset: 28_800))   // 2017-08-07T00:00Z
        #expect(WallClock(iso8601: "2026-11-11T08:00Z")?.utcOffset == 0)
        #expect(WallClock(iso8601: "2017-13-07T08:00:00+08:00") == nil)
        #expect(WallClock(iso8601: "tomorrow") == nil)
    }

    @Test func localTimesAndDays() {
        let show = launch?.local(at: 12 * 3600)
        #expect(show?.clockText == "20:00")
        #expect(show?.dayText == "Mon 7 Aug")                // 7 August 2017 was a Monday
        #expect(launch?.local(at: 16 * 3600).dayText == "Tue 8 Aug")
        #expect(launch?.local(at: 16 * 3600 - 60).clockText == "23:59")
        #expect(WallClock(iso8601: "2024-02-28T12:00:00-05:00")?.local(at: 86_400).dayText == "Thu 29 Feb")
    }

    @Test func clockTicksFallOnRoundLocalTimes() {
        // 08:00 to 08:00 the next day: 3-hour ticks (24 h / 3 h = 8 fit), at multiples of 3 h after local midnight
        let axis = TimeAxis(minimum: 0, maximum: 86_400, clock: launch)
        #expect(axis.ticks.map(\.label) == ["09:00", "12:00", "15:00", "18:00", "21:00", "00:00", "03:00", "06:00"])
        #expect(axis.ticks.map(\.dayLabel) == ["Mon 7 Aug", nil, nil, nil, nil, "Tue 8 Aug", nil, nil])
        #expect(axis.ticks.first?.value == 3_600)
        let late = TimeAxis(minimum: 1_000, maximum: 5_000, clock: launch)  // 08:16:40 … 09:23:20: 15-minute ticks
        #expect(late.ticks.map(\.label) == ["08:30", "08:45", "09:00", "09:15"])
        #expect(late.ticks.first?.value == 1_800)
    }

    @Test func withoutAClockTicksAreElapsedTime() {
        let axis = TimeAxis(minimum: 0, maximum: 3 * 86_400, clock: nil)
        #expect(axis.ticks.map(\.label) == ["0 d", "1 d", "2 d", "3 d"])
    }
}
