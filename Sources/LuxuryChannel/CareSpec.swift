import SimulationKernel

/// Customer care: why customers get in touch, a bot that answers some of
/// them, and chat agents on a daily shift plan.
public struct Care: Sendable {
    /// The reasons for contacts, in file order.
    public var reasons: [ContactReason]
    /// Share (0–1) of contacts a bot answers completely; the rest wait for an agent.
    public var botContainment: Double
    /// Agents on duty from each local time of day (seconds after midnight), repeating daily.
    public var agents: [Schedule<Int>.Piece]
    /// Chats one agent handles at once.
    public var concurrency: Int
    /// Seconds a waiting customer waits before giving up.
    public var patience: Distribution
    /// Seconds: a contact answered within this wait counts toward the service level.
    public var serviceLevelTarget: Double
}

/// Why customers get in touch, how often per order, when, and how long an agent takes.
public struct ContactReason: Sendable {
    /// The event a contact follows: the order's payment, its delivery, or a return's arrival.
    public enum Anchor: String, Sendable, CaseIterable { case order, delivery, `return` }
    /// The reason's name (`order-status`, `refunds` …).
    public var name: String
    /// Mean contacts per anchor event (per paid order, per delivery, per return; Poisson).
    public var perOrder: Double
    /// The event the contacts follow.
    public var anchor: Anchor
    /// Seconds from the anchor event to the contact.
    public var delay: Distribution
    /// Seconds an agent spends on one chat of this reason.
    public var handleTime: Distribution
}

extension Care {
    /// Chat slots on duty over a run: agents × concurrency, on the local clock.
    func slots(clock: LocalClock) -> Schedule<Int> {
        .daily(agents.map { .init(from: $0.from, value: $0.value * concurrency) }, clock: clock)
    }
}
