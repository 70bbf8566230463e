import Experiments
import Foundation
import Testing

@Suite("runway check")
struct RegressionCheckTests {
    static let model = deskModel

    func results(model: String, in folder: String) throws -> ExperimentResults {
        write(model, to: "m.yaml", in: folder)
        let path = write("""
            name: regress
            model: m.yaml
            horizon: 3000
            warmup: 100
            replications: 10
            seed: 3
            """, to: "e.yaml", in: folder)
        return execute(try ExperimentLoader.plan(path: path), jobs: 2)
    }

    @Test("An unchanged model passes, exactly and statistically; the baseline file reads back bit for bit")
    func unchangedPasses() throws {
        let folder = temporaryFolder()
        let first = try results(model: Self.model, in: folder)
        let file = write(Baseline(results: first).json(manifest: "{}"), to: "b.json", in: folder)
        let stored = try Baseline(path: file)
        let again = try results(model: Self.model, in: folder)
        #expect(!BaselineCheck(baseline: stored, results: again, mode: .exact).drifted)
        #expect(!BaselineCheck(baseline: stored, results: again, mode: .statistical).drifted)
    }

    /// Slower service (mean 1 → 1.1) raises the wait far beyond chance and
    /// beyond the 2% tolerance: the check must fail and name the metric.
    @Test("A changed model parameter makes the check fail")
    func changedParameterFails() throws {
        let folder = temporaryFolder()
        let stored = Baseline(results: try results(model: Self.model, in: folder))
        let changed = try results(model: Self.model.replacingOccurrences(of: "mean: 1}", with: "mean: 1.1}"), in: folder)
        let check = BaselineCheck(baseline: stored, results: changed, mode: .statistical)
        #expect(check.drifted)
        let wait = check.rows.first { $0.metric == "desk.wait_mean" }
        #expect(wait?.status == .drifted)
        #expect((wait?.relativeChange ?? 0) > 0.1)
        // Arrivals do not depend on service times (own random stream): no drift there.
        #expect(check.rows.first { $0.metric == "desk.arrivals" }?.status == .same)
        let xml = check.junit(experiment: "regress")
        #expect(xml.contains("<testcase classname=\"regress.baseline\" name=\"desk.wait_mean\">"))
        #expect(xml.contains("<failure"))
        #expect(BaselineCheck(baseline: stored, results: changed, mode: .exact).drifted)
    }

    @Test("A new metric or a missing scenario counts as drift")
    func missingAndNew() throws {
        let folder = temporaryFolder()
        let stored = Baseline(results: try results(model: Self.model, in: folder))
        let twoStations = Self.model + """

              - name: review
                service: {dist: exponential, mean: 0.5}
                servers: 1
            """
        let check = BaselineCheck(baseline: stored, results: try results(model: twoStations, in: folder), mode: .statistical)
        #expect(check.rows.contains { $0.status == .new && $0.metric == "review.wait_mean" })
    }

    /// A baseline edited to hold `null` (not a number) where the rerun
    /// measures a finite value must be flagged in both modes. (`1e999` is
    /// not a double: such a baseline is refused as damaged, see BaselineFileTests.)
    @Test("A value finite on one side and not on the other is drift", arguments: ["null"])
    func nonFiniteIsDrift(replacement: String) throws {
        let folder = temporaryFolder()
        let first = try results(model: Self.model, in: folder)
        var text = Baseline(results: first).json(manifest: "{}")
        // The first value of desk.wait_mean becomes non-finite.
        let marker = "\"desk.wait_mean\": {\"unit\": \"s\", \"values\": ["
        let start = try #require(text.range(of: marker)).upperBound
        let end = try #require(text[start...].firstIndex(of: ","))
        text.replaceSubrange(start..<end, with: replacement)
        let stored = try Baseline(path: write(text, to: "b.json", in: folder))
        for mode in [BaselineCheck.Mode.exact, .statistical] {
            let check = BaselineCheck(baseline: stored, results: first, mode: mode)
            let row = check.rows.first { $0.metric == "desk.wait_mean" }
            #expect(row?.status == .drifted, "\(mode)")
            #expect(row?.reason.contains("replication 0") == true)
            #expect(check.rows.filter { $0.status == .drifted }.count == 1)
        }
    }
}
