import ArgumentParser
import Experiments

/// `--shard I/N`: the parser refuses anything but 0 ≤ I < N (exit status 64).
extension ShardSlice: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    public static var defaultValueDescription: String { "I/N" }
}

/// `--mode exact|statistical`; the parser lists the values in the help.
extension BaselineCheck.Mode: ExpressibleByArgument {}
