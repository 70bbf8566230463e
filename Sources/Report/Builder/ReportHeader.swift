extension ReportBuilder {
    /// The header: what ran, how, when, with which inputs.
    var header: HTMLPage.Header {
        let m = results.manifest
        var facts: [(term: String, value: String)] = []
        if let model = context.modelPath ?? m?.inputFiles.last?.path { facts.append(("Model", model)) }
        let scenarios = results.scenarios
        if !scenarios.isEmpty {
            facts.append(("Scenarios", scenarios.enumerated().map { $0 == 0 && scenarios.count > 1 && $1 != "baseline" ? $1 + " (baseline)" : $1 }
                .joined(separator: ", ")))
        }
        for (i, column) in results.sweepColumns.enumerated() {
            var seen = Set<String>()
            let values = results.variants.map { $0.sweep.count > i ? $0.sweep[i] : "" }.filter { seen.insert($0).inserted }
            facts.append(("Swept", "\(column): \(values.joined(separator: ", "))"))
        }
        if let seed = m?.seed { facts.append(("Seed", seed)) }
        if let n = replications { facts.append(("Replications", String(n))) }
        if let runs = m?.runs { facts.append(("Runs", String(runs))) }
        if let finished = m?.finished { facts.append(("Run finished", Self.readableUTC(finished))) }
        if let wall = m?.wallSeconds {
            var text = PlannerUnit.seconds.format(wall) + " wall time"
            if let events = m?.events { text += ", " + PlannerUnit.plain("events").format(Double(events)) }
            facts.append(("Took", text))
        }
        if let version = m?.runwayVersion {
            facts.append(("Runway", version + (m?.gitCommit.map { " (commit \($0.prefix(12)))" } ?? "")))
        }
        for file in m?.inputFiles ?? [] { facts.append(("Input", "\(file.path) — SHA-256 \(file.sha256)")) }
        if let command = m?.commandLine, !command.isEmpty { facts.append(("Command", command.joined(separator: " "))) }
        return HTMLPage.Header(title: results.experiment, lead: context.description, facts: facts)
    }

    /// `2026-11-29T09:06:50Z` → `2026-11-29 09:06 UTC`; other text unchanged.
    static func readableUTC(_ iso: String) -> String {
        guard iso.count == 20, iso.hasSuffix("Z"), let t = iso.firstIndex(of: "T") else { return iso }
        return String(iso[..<t]) + " " + String(iso[iso.index(after: t)...].prefix(5)) + " UTC"
    }
}
