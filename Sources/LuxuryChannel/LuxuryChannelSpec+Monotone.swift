import SimulationKernel

extension LuxuryChannelSpec {
    /// The inputs in which a luxury metric's expected value is declared
    /// monotone (goal seek bisects on them). Each is checked under common
    /// random numbers, replication by replication, in `MonotoneResponseTests`:
    /// demand is drawn per visitor, viewer and order whatever the stock or
    /// staff, so more stock can only serve more of the same demand, and more
    /// agents answer the same contacts sooner. Shipping times are left out:
    /// with full trucks, an order packed sooner can take the last slot from
    /// another warehouse's parcel.
    static let monotoneInputs: [String: [MonotoneResponse]] = [
        "sales.lost_units": [MonotoneResponse(.decreasing, in: "catalogue.stock-per-product")],
        "sales.lost_units_live": [MonotoneResponse(.decreasing, in: "show.looks.stock-per-product")],
        "care.service_level": [MonotoneResponse(.increasing, in: "care.agents")],
    ]
}
