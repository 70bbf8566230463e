import Foundation
import SimulationKernel

/// Customer care during a replication: the agents' chat slots, the contacts
/// waiting for or chatting with an agent, and what became of them.
struct CareDesk {
    /// Chat slots (agents × concurrency) and the line of contacts waiting for one.
    var slots: StaffedStation<Int32>
    /// Every contact, from when it was prompted, in the order they were prompted.
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

    /// The reasons as the hot path reads them (no copy of a reason per event).
    let reasons: ContactRates
    let peakHourly: Double

    /// A desk staffed by `care`'s agents on `clock` until `end`.
    init(_ care: Care, clock: LocalClock, until end: Double) {
        slots = StaffedStation(schedule: care.slots(clock: clock), until: end)
        reasons = ContactRates(care.reasons)
        peakHourly = care.hourly?.max() ?? 1
    }
}

/// The contact reasons flattened for events: which follow each anchor, each
/// one's rate, and the totals per channel visit and per show viewer.
struct ContactRates {
    /// Reasons with a positive rate following each anchor (by `Anchor.index`).
    let following: [[Int]]
    /// Mean contacts per anchor event of each reason.
    let rate: [Double]
    /// Mean contacts per channel visit and per show viewer, over their reasons;
    /// and the chance a visit prompts none (e^−perVisit).
    let perVisit: Double
    let perViewer: Double
    let noVisitContact: Double

    init(_ reasons: [ContactReason]) {
        let rate = reasons.map(\.perOrder)
        let following = ContactReason.Anchor.allCases.map { anchor in
            reasons.indices.filter { reasons[$0].anchor == anchor && reasons[$0].perOrder > 0 }
        }
        self.rate = rate
        self.following = following
        perVisit = following[ContactReason.Anchor.visit.index].reduce(0) { $0 + rate[$1] }
        perViewer = following[ContactReason.Anchor.viewer.index].reduce(0) { $0 + rate[$1] }
        noVisitContact = Foundation.exp(-perVisit)
    }

    /// The reason among `anchor`'s that a uniform `u` picks, in proportion to their rates.
    func pick(_ anchor: ContactReason.Anchor, u: Double, total: Double) -> Int {
        let ks = following[anchor.index]
        var x = u * total
        for k in ks {
            x -= rate[k]
            if x < 0 { return k }
        }
        return ks[ks.count - 1]
    }
}

extension ContactReason.Anchor {
    /// Position among `allCases`.
    var index: Int {
        switch self {
        case .order: return 0
        case .delivery: return 1
        case .return: return 2
        case .visit: return 3
        case .viewer: return 4
        }
    }
}

/// A customer's contact with care, from when an order prompts it to its end.
struct CareContact {
    /// Where a contact is in its life.
    enum State: UInt8 {
        /// Prompted, not yet arrived; a bot will not answer it.
        case due
        /// Prompted, not yet arrived; a bot will answer it completely.
        case withBot
        /// Waiting for an agent.
        case waiting
        /// Chatting with an agent.
        case chatting
        /// Answered (by a bot or an agent).
        case done
        /// Gave up waiting.
        case abandoned
    }
    /// When the contact arrives (reaches the bot or the agent queue), seconds.
    var arrival: Double
    /// Index of its reason.
    var reason: Int16
    var state: State
    /// Tells stale patience timers apart.
    var visit: UInt32 = 0
    /// Seconds an agent will spend on the chat, and seconds the customer will
    /// wait before giving up: the contact's own draws.
    var handleTime: Double
    var patience: Double

    /// A contact of reason `reason` arriving at `arrival`.
    init(arrival: Double, reason: Int16, state: State, handleTime: Double, patience: Double) {
        self.arrival = arrival
        self.reason = reason
        self.state = state
        self.handleTime = handleTime
        self.patience = patience
    }

    /// Not finished at the end of a run: due, waiting or chatting.
    var isPending: Bool { state == .due || state == .withBot || state == .waiting || state == .chatting }
}
