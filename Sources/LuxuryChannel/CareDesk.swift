import SimulationKernel

/// Customer care during a replication: the agents' chat slots, the contacts
/// waiting for or chatting with an agent, and what became of them.
struct CareDesk {
    /// Chat slots (agents × concurrency) and the line of contacts waiting for one.
    var slots: StaffedStation<Int32>
    /// Every contact that reached the agents, in arrival order.
    var contacts: [CareContact] = []
    /// Contacts that reached the agent queue.
    var toAgents = 0
    /// Contacts a bot answered completely.
    var botContained = 0
    /// Contacts an agent answered, and those answered within the target.
    var answered = 0
    var answeredInTarget = 0
    /// Contacts who gave up waiting.
    var abandoned = 0
    /// Waits of answered contacts, seconds.
    var wait = Tally()
    /// Contacts waiting for an agent.
    var queue = TimeWeightedLevel()

    /// A desk staffed by `care`'s agents on `clock` until `end`.
    init(_ care: Care, clock: LocalClock, until end: Double) {
        slots = StaffedStation(schedule: care.slots(clock: clock), until: end)
    }
}

/// A customer waiting for, or chatting with, an agent.
struct CareContact {
    /// When the contact reached the agent queue, seconds.
    var arrival: Double
    /// Index of its reason.
    var reason: Int16
    /// Still waiting for an agent.
    var waiting: Bool
    /// Tells stale patience timers apart.
    var visit: UInt32
    /// Seconds an agent will spend on the chat, and seconds the customer will
    /// wait before giving up, drawn on arrival (common random numbers).
    var handleTime: Double
    var patience: Double
}
