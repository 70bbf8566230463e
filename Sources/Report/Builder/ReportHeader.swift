extension ReportBuilder {
    /// The header: what ran, how, when (the day), with which inputs. Only facts
    /// that the inputs and results fix: the wall time and the command line
    /// stay in `manifest.json`, so the same inputs give the same report.
    var header: HTMLPage.Header {
        let m = results.manifest
        var facts: [(term: String, value: String)] = []
        if let model = context.modelPath ?? m?.model ?? m?.inputFiles.last?.path { facts.append(("Model", Self.tidy(model))) }
        let scenarios = results.scenarios
        if !scenarios.isEmpty {
            facts.append(("Scenarios", scenarios.enumerated().map { $0 == 0 && scenarios.count > 1 && $1 != "baseline" ? $1 + " (baseline)" : $1 }
                .joined(separator: ", ")))
        }
        for axis in sweepAxes {
            // One fact per axis (a zip is one): its paths, then its points by label, else by value.
            var seen = Set<[String]>()
            let points = results.variants.map { v in axis.map { v.sweep.count > $0 ? v.sweep[$0] : "" } }.filter { seen.insert($0).inserted }
            let names = points.map { axisLabel($0, axis: axis, single: sweepAxes.count == 1) }
            facts.append(("Swept", axis.map { results.sweepColumns[$0] }.joined(separator: ", ") + ": " + names.joined(separator: "; ")))
        }
        if let start = m?.start { facts.append(("Start", WallClock(iso8601: start).map(Self.readable) ?? start)) }
        if let horizon = m?.horizonSeconds { facts.append(("Horizon", PlannerUnit.seconds.format(horizon) + " of demand")) }
        if let warmup = m?.warmupSeconds, warmup > 0 { facts.append(("Warm-up", PlannerUnit.seconds.format(warmup) + ", discarded")) }
        if let runOff = m?.runOffSeconds, let horizon = m?.horizonSeconds {
            facts.append(("Run-off", runOff > 0
                ? PlannerUnit.seconds.format(runOff) + " after the horizon, no new demand (runs end at " + PlannerUnit.seconds.format(horizon + runOff) + ")"
                : "none (runs end at the horizon)"))
        }
        if let bucket = m?.bucketSeconds { facts.append(("Time buckets", PlannerUnit.seconds.format(bucket))) }
        if let seed = m?.seed { facts.append(("Seed", seed)) }
        if let n = replications {
            // A goal gives each point a first batch and more while it is undecided; staffing gives each plan it tries the same.
            let what = results.goal != nil ? " a point at first (goal.csv gives each point's)"
                : results.staffing != nil ? " for each plan tried" : ""
            facts.append(("Replications", String(n) + what))
        }
        if let runs = m?.runs { facts.append(("Runs", String(runs))) }
        if let finished = m?.finished { facts.append(("Date", String(finished.prefix(10)) + " (UTC; manifest.json has the times)")) }
        if let version = m?.runwayVersion {
            facts.append(("Runway", version + (m?.gitCommit.map { " (commit \($0.prefix(12)))" } ?? "")))
        }
        for file in m?.inputFiles ?? [] { facts.append(("Input", "\(Self.tidy(file.path)) — SHA-256 \(file.sha256)")) }
        return HTMLPage.Header(title: results.experiment, lead: context.description ?? m?.description, facts: facts)
    }

    /// A path with its `dir/..` and `.` steps resolved by name (`experiments/../models/m.yaml` → `models/m.yaml`).
    static func tidy(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// `Mon 7 Aug 2017 08:00 (UTC+08:00)`.
    static func readable(_ clock: WallClock) -> String {
        let t = clock.local(at: 0)
        let offset = clock.utcOffset
        let sign = offset < 0 ? "−" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(t.dayText) \(t.year) \(t.clockText) (UTC\(sign)\(two(hours)):\(two(minutes)))"
    }

    /// `2026-11-29T09:06:50Z` → `2026-11-29 09:06 UTC`; other text unchanged.
    static func readableUTC(_ iso: String) -> String {
        guard iso.count == 20, iso.hasSuffix("Z"), let t = iso.firstIndex(of: "T") else { return iso }
        return String(iso[..<t]) + " " + String(iso[iso.index(after: t)...].prefix(5)) + " UTC"
    }
}
