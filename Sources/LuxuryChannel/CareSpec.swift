import SimulationKernel

/// Customer care: why customers get in touch, a bot that answers some of
/// them, and chat agents on a daily shift plan.
public struct Care: Sendable {
    /// The reasons for contacts, in file order.
    public var reasons: [ContactReason]
    /// Share (0–1) of contacts a bot answers completely; the rest wait for an agent.
    public var botContainment: Double
    /// Agents on duty: a daily plan (shift starts are local times of day) with dated changes.
    public var agents: ShiftPlan
    /// Chats one agent handles at once.
    public var concurrency: Int
    /// Seconds a waiting customer waits before giving up.
    public var patience: Distribution
    /// Seconds: a contact answered within this wait counts toward the service level.
    public var serviceLevelTarget: Double
    /// 24 factors for the local hours 00–23: a contact due at local hour h is
    /// written then with probability factor(h) ÷ the largest factor, else its
    /// delay is drawn again (nil: contacts come whenever they are due).
    public var hourly: [Double]?
}

/// Why customers get in touch, how often per order, when, and how long an agent takes.
public struct ContactReason: Sendable {
    /// The event a contact follows: an order's payment, its delivery, a
    /// returned unit's arrival, a channel visit (browsing, before buying) or
    /// a viewer joining a show.
    public enum Anchor: String, Sendable, CaseIterable {
        /// The five anchors, as model files write them under `after:`.
        case order, delivery, `return`, visit, viewer

        /// The key a reason gives its rate under: `per-order` (per paid
        /// order, per delivered order, per returned unit), `per-visit`, `per-viewer`.
        public var rateKey: String {
            switch self {
            case .order, .delivery, .return: return "per-order"
            case .visit: return "per-visit"
            case .viewer: return "per-viewer"
            }
        }
    }
    /// The reason's name (`order-status`, `refunds` …).
    public var name: String
    /// Mean contacts per anchor event (per paid order, per delivery, per
    /// returned unit, per visit, per viewer; Poisson).
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
        agents.schedule(clock: clock, serversPerStaff: concurrency)
    }
}
