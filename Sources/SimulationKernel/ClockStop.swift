/// A run ended because its clock stood still: `events` events fell due at
/// one instant, `time`, the last of them from `process`. A model whose events
/// take no time (a loop of zero service times, say) would otherwise run for
/// ever without reaching its horizon; the engine stops it instead and the
/// run is reported as an error naming the process.
public struct ClockStop: Sendable, Equatable, CustomStringConvertible {
    /// The instant the clock stood at, in the model's time unit.
    public let time: Double
    /// Events handled at that instant.
    public let events: Int
    /// The process of the last of them, in the model's words (e.g. `arrival at station 'a'`).
    public let process: String

    /// A stop at instant `time` after `events` events there, the last from `process`.
    public init(time: Double, events: Int, process: String) {
        self.time = time
        self.events = events
        self.process = process
    }

    /// The error message a run reports: where the clock stopped and what to look for in the model.
    public var description: String {
        "the clock stopped at t = \(time): \(events) events fell due at that one instant, the last \(process); "
            + "a model whose events take no time cannot reach its horizon (look for zero times in its distributions and routing)"
    }
}
