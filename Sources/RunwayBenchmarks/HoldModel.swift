import SimulationKernel

/// The classic *hold* benchmark of event calendars (Vaucher & Duval, 1975):
/// `pending` events are kept in the calendar; handling one schedules another
/// at now + Exp(1). It measures the calendar and the engine loop alone.
public struct HoldModel: EventHandler {
    /// The hold model's only event.
    public struct Tick: Sendable, TimedEvent {
        /// The tick.
        @inlinable public init() {}
        /// Ticks tie in scheduling order.
        @inlinable public var tieClass: TieClass { .arrival }
    }

    /// The stream's generator; the caller keeps the stream alive.
    @usableFromInline let random: RandomGenerator

    /// A hold model drawing its increments from `stream`, which must outlive it.
    public init(stream: RandomStream) { random = stream.rng }

    /// Schedules the next tick an Exp(1) time from now.
    @inlinable
    public mutating func handle(_ event: Tick, calendar: inout EventCalendar<Tick>) {
        calendar.schedule(Tick(), after: random.exponential(mean: 1))
    }

    /// Fills a calendar with `pending` events, handles `events` of them and
    /// returns the seconds that took (the filling excluded) and the final clock.
    public static func run(pending: Int, events: Int, seed: UInt64) -> (seconds: Double, clock: Double) {
        let stream = RandomStream(seed: seed)
        var calendar = EventCalendar<Tick>()
        for _ in 0..<pending { calendar.schedule(Tick(), at: stream.exponential(mean: 1)) }
        let clock = ContinuousClock()
        let started = clock.now
        var model = HoldModel(stream: stream)
        var handled = 0
        while handled < events, let event = calendar.next() {
            model.handle(event, calendar: &calendar)
            handled += 1
        }
        withExtendedLifetime(stream) {}
        return (seconds(clock.now - started), calendar.now)
    }

    /// The same on the 4-ary heap reference calendar.
    public static func runOnHeap(pending: Int, events: Int, seed: UInt64) -> (seconds: Double, clock: Double) {
        let stream = RandomStream(seed: seed)
        var calendar = HeapEventCalendar<Tick>()
        for _ in 0..<pending { calendar.schedule(Tick(), at: stream.exponential(mean: 1)) }
        let clock = ContinuousClock()
        let started = clock.now
        var handled = 0
        let random = stream.rng
        while handled < events, calendar.next() != nil {
            calendar.schedule(Tick(), after: random.exponential(mean: 1))
            handled += 1
        }
        return (seconds(clock.now - started), calendar.now)
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
