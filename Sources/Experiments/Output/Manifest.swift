import Foundation

/// `manifest.json`: what produced a results folder, for reproducing it.
public struct Manifest: Sendable {
    /// Runway's version, written into every manifest.
    public static let runwayVersion = RunwayVersion.current

    /// The command's arguments that made the results.
    public var commandLine: [String]
    /// When the work began (the run, merge or baseline).
    public var started: Date
    /// When it finished.
    public var finished: Date
    /// Simulation events handled over all runs.
    public var events: Int

    /// A manifest of a run made by `commandLine` between `started` and `finished`, handling `events` events.
    public init(commandLine: [String], started: Date, finished: Date, events: Int) {
        self.commandLine = commandLine
        self.started = started
        self.finished = finished
        self.events = events
    }

    /// The manifest's JSON text for `plan`; `answerRuns` counts the runs a
    /// goal or staffing search spent, which its plan does not list;
    /// `replicationRule` is the rule the runs followed: a goal's first batch
    /// and most, or an `until` rule that was applied (nil: a fixed number).
    public func json(for plan: RunPlan, answerRuns: Int? = nil, replicationRule: ReplicationRule? = nil) -> String {
        let iso = ISO8601DateFormatter()
        let files = plan.experiment.inputFiles.map { path in
            JSONText.inlineObject([
                ("path", JSONText.string(path)),
                ("sha256", JSONText.string(FileManager.default.contents(atPath: path).map { SHA256.hex($0) } ?? "")),
            ])
        }
        let commit = Self.gitCommit(near: plan.experiment.inputFiles.first ?? ".")
        return JSONText.object([
            ("runway_version", JSONText.string(Self.runwayVersion)),
            ("git_commit", commit.map(JSONText.string) ?? "null"),
            ("experiment", JSONText.string(plan.experiment.name)),
            ("description", plan.experiment.description.map { JSONText.string($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? "null"),
            ("model", JSONText.string(OutputFolder.normalised(plan.experiment.modelPath))),
            ("input_files", JSONText.array(files, indent: 1)),
            ("start", plan.experiment.start.map { JSONText.string($0.iso8601(after: 0)) } ?? "null"),
            ("horizon_s", JSONText.number(plan.experiment.horizon)),
            ("warmup_s", JSONText.number(plan.experiment.warmup)),
            ("run_off_s", JSONText.number(plan.experiment.runOff)),
            ("timeseries_bucket_s", plan.experiment.outputs.seriesBucket.map(JSONText.number) ?? "null"),
            ("seed", String(plan.experiment.seed)),
            ("replications", String(plan.experiment.replications)),
            ("replication_rule", replicationRule.map(Self.ruleJSON) ?? "null"),
            ("stream_seeds", JSONText.string("per stream: SplitMix64(seed, replication) mixed with FNV-1a(stream name)")),
            ("scenarios", JSONText.array(plan.experiment.scenarios.map { JSONText.string($0.name) }, indent: 1)),
            ("runs", String(answerRuns ?? plan.runs.count)),
            ("command_line", JSONText.array(commandLine.map(JSONText.string), indent: 1)),
            ("started", JSONText.string(iso.string(from: started))),
            ("finished", JSONText.string(iso.string(from: finished))),
            ("wall_seconds", JSONText.number((finished.timeIntervalSince(started) * 1000).rounded() / 1000)),
            ("events", String(events)),
        ]) + "\n"
    }

    /// `{"min": 5, "max": 40}`, with the `until` targets when there are some.
    static func ruleJSON(_ rule: ReplicationRule) -> String {
        var pairs = [("min", String(rule.min)), ("max", String(rule.max))]
        if !rule.until.isEmpty {
            pairs.append(("until", "[" + rule.until.map { t in
                JSONText.inlineObject([("metric", JSONText.string(t.metric)), ("target_kind", JSONText.string(t.kind)),
                                       ("target", JSONText.number(t.targetValue))])
            }.joined(separator: ", ") + "]"))
        }
        return JSONText.inlineObject(pairs)
    }

    /// The commit of the git checkout holding `path`, when git is there to ask.
    static func gitCommit(near path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.isEmpty ? "." : folder, "rev-parse", "HEAD"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
