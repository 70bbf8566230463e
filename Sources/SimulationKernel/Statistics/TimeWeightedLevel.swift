/// A level that changes at points in time (queue length, busy servers, stock
/// on hand): its time-average and maximum since `start`.
public struct TimeWeightedLevel: Sendable, BitwiseCopyable {
    @usableFromInline var _value: Double
    /// The current level, in the unit of what is counted (customers, units, servers).
    @inlinable public var value: Double { _value }
    @usableFromInline var _maximum: Double
    /// Highest level since the last reset, in the same unit.
    @inlinable public var maximum: Double { _maximum }
    @usableFromInline var area = 0.0
    @usableFromInline var lastChange: Double
    /// When observation started.
    public private(set) var start: Double

    /// A level `value` observed from time `start`.
    public init(value: Double = 0, at start: Double = 0) {
        self._value = value
        self._maximum = value
        self.lastChange = start
        self.start = start
    }

    /// Sets the level at time `now`.
    @inlinable
    public mutating func set(_ newValue: Double, at now: Double) {
        area += value * (now - lastChange)
        lastChange = now
        _value = newValue
        if newValue > maximum { _maximum = newValue }
    }

    /// Adds `delta` to the level at time `now`.
    @inlinable
    public mutating func add(_ delta: Double, at now: Double) {
        set(value + delta, at: now)
    }

    /// Time-average of the level over [start, now].
    public func mean(at now: Double) -> Double {
        let span = now - start
        guard span > 0 else { return value }
        return (area + value * (now - lastChange)) / span
    }

    /// Forgets the history, keeping the current level (at the end of the warm-up).
    public mutating func reset(at now: Double) {
        area = 0
        lastChange = now
        start = now
        _maximum = value
    }
}
