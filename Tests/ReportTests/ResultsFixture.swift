import Foundation
@testable import Report

/// A small results folder written by hand: a sweep over two server counts,
/// two scenarios (one named with a comma), a metric that is not a number at one
/// point, a time series of three replications over two hourly buckets.
enum ResultsFixture {
    static let summary = """
        experiment,scenario,stations[desk].servers,metric,unit,mean,sd,ci95_low,ci95_high,n
        desk,baseline,10,desk.wait_mean,s,37.67,13.76,27.83,47.51,3
        desk,baseline,10,desk.utilization,fraction,0.9712,0.01,0.9588,0.9836,3
        desk,baseline,11,desk.wait_mean,s,12.5,3,10,15,3
        desk,baseline,11,desk.utilization,fraction,0.9,0.01,0.88,0.92,3
        desk,"busy, day",10,desk.wait_mean,s,120,20,100,140,3
        desk,"busy, day",10,desk.utilization,fraction,0.99,0.01,0.98,1,3
        desk,"busy, day",11,desk.wait_mean,s,,,,,3
        desk,"busy, day",11,desk.utilization,fraction,0.95,0.01,0.94,0.96,3

        """

    static let comparisons = """
        experiment,scenario,baseline,stations[desk].servers,metric,unit,baseline_mean,scenario_mean,difference,ci95_low,ci95_high,n
        desk,"busy, day",baseline,10,desk.wait_mean,s,37.67,120,82.33,70,94,3
        desk,"busy, day",baseline,10,desk.utilization,fraction,0.9712,0.99,0.0188,0.01,0.03,3
        desk,"busy, day",baseline,11,desk.wait_mean,s,12.5,,,,,3
        desk,"busy, day",baseline,11,desk.utilization,fraction,0.9,0.95,0.05,0.04,0.06,3

        """

    static var timeseries: String {
        var lines = ["scenario,stations[desk].servers,replication,bucket_start,bucket_start_s,metric,unit,value"]
        for scenario in ["baseline", "\"busy, day\""] {
            for servers in ["10", "11"] {
                for r in 0..<3 {
                    lines.append("\(scenario),\(servers),\(r),2026-11-11T08:00:00+08:00,0,desk.queue_mean,customers,\(r + 1)")
                    lines.append("\(scenario),\(servers),\(r),2026-11-11T09:00:00+08:00,3600,desk.queue_mean,customers,\(2 * (r + 1))")
                }
                lines.append("\(scenario),\(servers),mean,2026-11-11T08:00:00+08:00,0,desk.queue_mean,customers,2")
                lines.append("\(scenario),\(servers),mean,2026-11-11T09:00:00+08:00,3600,desk.queue_mean,customers,4")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let manifest = """
        {
          "runway_version": "0.2.0",
          "git_commit": "ecb0ba492da8820ac052d3dd04fac6a7755b4fad",
          "experiment": "desk",
          "input_files": [
            {"path": "experiments/desk.yaml", "sha256": "6a158cda5cc7ccf358c4fefdd02ae9e631aae650f3c067609224b588e06b2d29"},
            {"path": "models/help-desk.yaml", "sha256": "7f5670a30f04cc8ff0c9c576a8b90ad6460d4a0efe8c2035396ca3291e8cc173"}
          ],
          "seed": 7,
          "replications": 3,
          "scenarios": ["baseline", "busy, day"],
          "runs": 12,
          "command_line": ["runway", "run", "experiments/desk.yaml"],
          "started": "2026-11-29T09:06:42Z",
          "finished": "2026-11-29T09:06:50Z",
          "wall_seconds": 8.469,
          "events": 48275636
        }

        """

    /// A fresh folder holding the files named (all four by default).
    static func folder(files: [String: String]? = nil) -> String {
        let path = NSTemporaryDirectory() + "runway-report-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let all = files ?? ["summary.csv": summary, "comparisons.csv": comparisons, "timeseries.csv": timeseries, "manifest.json": manifest]
        for (name, text) in all {
            FileManager.default.createFile(atPath: (path as NSString).appendingPathComponent(name), contents: Data(text.utf8))
        }
        return path
    }
}
