import Foundation
import ModelSpec

/// Publishes finished results so that a crash at any point leaves something
/// `--resume` finishes, and never a half-written results folder:
///
/// 1. the files are written into `STAGING/publish/` (marked as results the
///    moment it is made; a `publish/` left by a crash is removed first);
/// 2. an old results folder being replaced (`--force`) is moved aside into
///    `STAGING/replaced`;
/// 3. `STAGING/publish` is renamed to `FOLDER` — the one step that makes the
///    results appear, complete, at once;
/// 4. `STAGING`, with the run records, is removed (its mark last).
///
/// Before step 3 the run records are all in `STAGING`, so `--resume`
/// publishes again; after it, `FOLDER` is complete and carries the inputs'
/// fingerprint, so `--resume` only removes what is left of `STAGING`.
enum Publication {
    /// Writes the results files of `results` and publishes them as `folder`.
    /// With `report`, `report.html` too, made from the files just written (as `runway report` would).
    static func publish(_ results: ExperimentResults, staging: String, folder: String, fingerprint: String,
                        started: Date, commandLine: [String], report: Bool = true) throws {
        let plan = results.plan
        let publishing = staging + "/publish"
        let replaced = staging + "/replaced"
        for leftover in [publishing, replaced] where FileSystem.exists(leftover) {
            try FileSystem.remove(leftover)
        }
        try FileSystem.createFolder(publishing)
        try FolderMark(kind: .results, fingerprint: fingerprint).write(into: publishing)
        CrashPoint.reach("publish")
        func file(_ name: String, _ text: String) throws {
            try FileSystem.write(text, to: publishing + "/" + name)
            CrashPoint.reach("publish")
        }
        func stream(_ name: String, _ body: (inout FileWriter) throws -> Void) throws {
            var writer = try FileWriter(path: publishing + "/" + name)
            try body(&writer)
            try writer.commit()
            CrashPoint.reach("publish")
        }
        try file("summary.json", ResultFiles.summaryJSON(results))
        try file("summary.csv", ResultFiles.summaryCSV(results))
        try stream("replications.csv") { try ResultFiles.writeReplicationsCSV(results, to: &$0) }
        if plan.experiment.scenarios.count > 1 { try file("comparisons.csv", ResultFiles.comparisonsCSV(results)) }
        if let precision = results.precision { try file("precision.csv", precision.csv(results)) }
        if plan.experiment.outputs.seriesBucket != nil {
            try stream("timeseries.csv") { try ResultFiles.writeTimeseriesCSV(results, to: &$0) }
            try stream("timeseries_summary.csv") { try ResultFiles.writeTimeseriesSummaryCSV(results, to: &$0) }
        }
        // Tables the model kind declares besides its metrics (a row per brand …).
        for breakdown in plan.catalogue.breakdowns {
            try stream(breakdown.name + ".csv") { try ResultFiles.writeBreakdownCSV(results, name: breakdown.name, to: &$0) }
        }
        let manifest = Manifest(commandLine: commandLine, started: started, finished: Date(), events: results.totalEvents)
        try file("manifest.json", manifest.json(for: plan, replicationRule: results.precision?.rule))
        try file("datapackage.json", DataPackage.json(plan, precision: results.precision != nil))
        if report { try file("report.html", try ResultsReport.html(folder: publishing)) }
        try replace(folder, with: publishing, setAsideIn: replaced)
        try FolderMark.removeMarkedFolder(staging)
        CrashPoint.reach("publish")
    }

    /// Renames `source` to `folder`, first moving an existing `folder` (one
    /// Runway made: the caller has checked) to `aside`, which the caller removes.
    static func replace(_ folder: String, with source: String, setAsideIn aside: String) throws {
        if FileSystem.exists(folder) {
            try FileSystem.move(folder, to: aside)
            CrashPoint.reach("publish")
        }
        try FileSystem.move(source, to: folder)
        CrashPoint.reach("publish")
    }
}
