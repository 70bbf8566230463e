/// A station on a warehouse floor: the pickers or the packers of one warehouse.
public struct FloorStation: Sendable, Equatable {
    /// The two steps an order goes through on the floor, in order.
    public enum Step: UInt8, Sendable { case pick, pack }
    /// Index of the warehouse among the fulfilment's warehouses.
    public var warehouse: Int16
    /// Picking or packing.
    public var step: Step

    /// The `step` station of warehouse `warehouse`.
    public init(warehouse: Int16, step: Step) {
        self.warehouse = warehouse
        self.step = step
    }
}

/// A station whose staff follows a schedule: a warehouse floor station or the care desk.
public enum StaffedPost: Sendable, Equatable {
    /// Pickers or packers of a warehouse.
    case floor(FloorStation)
    /// The care agents' chat slots.
    case careDesk
}

/// What a floor station works on: a paid order (picked, then packed) or a
/// returned unit (received and checked at the pick station).
public enum FloorWork: Sendable, Equatable {
    /// An order, by its index in the replication's orders.
    case order(Int32)
    /// A returned unit, by its index in the replication's returns.
    case `return`(Int32)
}
