/// The order of events that fall due at the same instant — one rule for
/// every model kind, so that a tie never depends on which event happened to
/// be scheduled first:
///
/// 1. `release`: service completions and other releases (a server, a chat
///    slot, a picker frees up; a parcel is handed over);
/// 2. `capacity`: changes of capacity and bookkeeping (shift changes,
///    outages, truck departures, waves, the end of the warm-up);
/// 3. `abandonment`: patience running out, holds and payment windows expiring;
/// 4. `arrival`: arrivals and everything else.
///
/// Within a class, events keep the order they were scheduled in. So a
/// customer arriving at the instant a server finishes is served, not blocked;
/// a waiting customer whose patience ends at the instant a server frees up is
/// served, not lost.
public enum TieClass: UInt8, Sendable, Comparable, CaseIterable {
    /// Releases go first: service completions, freed servers, slots and pickers, parcels handed over.
    case release = 0
    /// Then changes of capacity and bookkeeping: shift changes, outages, truck departures, waves, the end of warm-up.
    case capacity = 1
    /// Then patience, holds and payment windows running out.
    case abandonment = 2
    /// Last, arrivals and every other event.
    case arrival = 3

    /// Whether `a` goes before `b` at the same instant.
    public static func < (a: TieClass, b: TieClass) -> Bool { a.rawValue < b.rawValue }

    /// The key that orders the `count`-th scheduled event of this class among
    /// events due at the same time: the class in the top 8 bits, the
    /// scheduling order below, so one comparison decides.
    @inlinable public func orderingKey(_ count: UInt64) -> UInt64 {
        UInt64(rawValue) << 56 | (count & 0x00ff_ffff_ffff_ffff)
    }
}

/// An event a calendar can hold: it says which class it belongs to when it
/// ties with others at the same instant.
public protocol TimedEvent {
    /// The event's place among events due at the same instant.
    var tieClass: TieClass { get }
}
