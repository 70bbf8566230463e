import ArgumentParser
import Experiments
import Report

/// `--shard I/N`: the parser refuses anything but 0 ≤ I < N (exit status 64).
/// The help's placeholder `<I/N>` is the option's `valueName`.
extension ShardSlice: ExpressibleByArgument {
    /// Parses `--shard`'s `I/N`; nil (a usage error) unless 0 ≤ I < N.
    public init?(argument: String) { self.init(argument) }
}

/// `--mode exact|statistical`; the parser lists the values in the help.
extension BaselineCheck.Mode: ExpressibleByArgument {}

/// `--format plain|markdown` for the results table.
extension ResultsTable.Format: ExpressibleByArgument {}

/// `--band interval|range`: what the report's time-series bands show.
enum BandChoice: String, ExpressibleByArgument, CaseIterable {
    /// The 95% interval of the mean (from timeseries_summary.csv).
    case interval
    /// 10% to 90% of the replications (from timeseries.csv).
    case range

    var kind: BandKind { self == .interval ? .meanInterval95 : .range10to90 }
}
