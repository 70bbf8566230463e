import SimulationKernel

// Plain test events: all in the arrival class, so ties keep scheduling order.
extension Int: TimedEvent {
    public var tieClass: TieClass { .arrival }
}

extension String: TimedEvent {
    public var tieClass: TieClass { .arrival }
}

/// A test event with a label and a chosen tie class.
struct ClassedEvent: TimedEvent, Equatable {
    let label: Int
    let tieClass: TieClass
}
