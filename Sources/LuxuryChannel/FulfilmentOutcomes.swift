/// Shipping and delivery over every paid order of a run, finished or not:
/// times to the truck and to the door (unfinished orders censored at the
/// run's end), shares over the orders whose outcome is decided, and counts of
/// the unfinished.
struct FulfilmentOutcomes {
    /// Seconds from payment to truck departure, and to the door (all and by tier).
    var orderToShip = CensoredDurations()
    var orderToDoor = CensoredDurations()
    var orderToDoorByTier: [CensoredDurations]
    /// Paid orders not on a truck, and not at the door, at the end.
    var unshipped = 0
    var undelivered = 0
    /// Orders on their carrier's first truck after payment, and orders whose
    /// first truck has left (with them or without them).
    var onCutoff = 0
    var cutoffDecided = 0
    /// Orders at the door within the SLA, and orders delivered or past the
    /// SLA undelivered (the rest are pending).
    var onTime = 0
    var deliveryDecided = 0

    /// The outcomes of `orders` at the end of a run (`end`, seconds).
    init(orders: [Order], trucks: CarrierSchedule, fulfilment: Fulfilment, end: Double) {
        orderToDoorByTier = fulfilment.tiers.map { _ in CensoredDurations() }
        for order in orders where order.state == .paid {
            let paid = order.paidAt
            let firstTruck = trucks.firstDeparture(of: Int(order.carrier), onOrAfter: paid)
            if order.shippedAt <= end {
                orderToShip.record(order.shippedAt - paid)
                cutoffDecided += 1
                if order.shippedAt == firstTruck { onCutoff += 1 }
            } else {
                orderToShip.recordUnfinished(after: end - paid)
                unshipped += 1
                // Its first truck has left without it: the cut-off was missed.
                if firstTruck != nil { cutoffDecided += 1 }
            }
            let tier = Int(order.tier)
            if order.deliveredAt <= end {
                orderToDoor.record(order.deliveredAt - paid)
                orderToDoorByTier[tier].record(order.deliveredAt - paid)
                deliveryDecided += 1
                if order.deliveredAt - paid <= fulfilment.sla[tier] { onTime += 1 }
            } else {
                orderToDoor.recordUnfinished(after: end - paid)
                orderToDoorByTier[tier].recordUnfinished(after: end - paid)
                undelivered += 1
                // Past its promise and still not at the door: late.
                if end - paid > fulfilment.sla[tier] { deliveryDecided += 1 }
            }
        }
    }

    /// `part ÷ whole`, NaN over nothing.
    static func share(_ part: Int, of whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : .nan }
}
