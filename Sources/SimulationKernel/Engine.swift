/// A model that reacts to its own events: the engine hands it each event in
/// time order together with the calendar, on which it schedules new ones.
///
/// `Event` is a value type the model defines (usually an `enum`), so the
/// engine's loop is specialised for it: no closures, no dynamic dispatch and
/// no allocation per event. A model may be noncopyable, so that it can own
/// flat memory for its hot state.
public protocol EventHandler: ~Copyable {
    associatedtype Event: TimedEvent
    /// Reacts to `event`, which happens at `calendar.now`.
    mutating func handle(_ event: Event, calendar: inout EventCalendar<Event>)
}

extension EventCalendar {
    /// Runs `model` until no event is due at or before `horizon`, then moves the
    /// clock to `horizon`. Returns the number of events handled.
    @inlinable
    @discardableResult
    public mutating func run<Model: EventHandler & ~Copyable>(_ model: inout Model, until horizon: Double) -> Int
    where Model.Event == Event {
        var handled = 0
        while let event = next(notAfter: horizon) {
            model.handle(event, calendar: &self)
            handled += 1
        }
        advance(to: horizon)
        return handled
    }
}
