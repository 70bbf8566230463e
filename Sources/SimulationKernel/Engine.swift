/// A model that reacts to its own events: the engine hands it each event in
/// time order together with the calendar, on which it schedules new ones.
///
/// `Event` is a value type the model defines (usually an `enum`), so the
/// engine's loop is specialised for it: no closures, no dynamic dispatch and
/// no allocation per event. A model may be noncopyable, so that it can own
/// flat memory for its hot state.
public protocol EventHandler: ~Copyable {
    /// The model's event type (usually an `enum` of what can happen), with its tie class.
    associatedtype Event: TimedEvent
    /// Reacts to `event`, which happens at `calendar.now`.
    mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>)
}

extension EventCalendar {
    /// Runs `model` until no event is due at or before `horizon`, then moves the
    /// clock to `horizon`. Returns the number of events handled.
    ///
    /// A run whose clock stands still — `eventsAtOneInstantLimit` events at one
    /// instant — is stopped there: `stoppedClock` then holds the instant and
    /// the last event, and the clock stays where it stopped. Counting costs
    /// one comparison an event and allocates nothing. Handled events are
    /// added to `EventTally` every `EventTally.block` events, for progress
    /// lines during a long run.
    @inlinable
    @discardableResult
    public mutating func run<Model: EventHandler & ~Copyable>(_ model: inout Model, until horizon: Double) -> Int
    where Model.Event == Event {
        var handled = 0
        var instant = _now
        var atInstant = 0
        while let event = next(notAfter: horizon) {
            if _now != instant {
                instant = _now
                atInstant = 0
            } else {
                atInstant &+= 1
                if atInstant >= Self.eventsAtOneInstantLimit {
                    _stoppedClock = StoppedClock(time: _now, events: atInstant, event: event)
                    EventTally.add(handled & (EventTally.block - 1))
                    return handled
                }
            }
            model.handle(event, calendar: &self)
            handled += 1
            if handled & (EventTally.block - 1) == 0 { EventTally.add(EventTally.block) }
        }
        advance(to: horizon)
        EventTally.add(handled & (EventTally.block - 1))
        return handled
    }

    /// Events at one instant after which a run counts as stalled (ten million).
    @inlinable public static var eventsAtOneInstantLimit: Int { 10_000_000 }
}

/// Where and on which event a run's clock stood still (see `EventCalendar.run`).
public struct StoppedClock<Event> {
    /// The instant.
    public let time: Double
    /// Events taken at it.
    public let events: Int
    /// The event taken last (not handled).
    public let event: Event

    @usableFromInline init(time: Double, events: Int, event: Event) {
        self.time = time
        self.events = events
        self.event = event
    }
}
