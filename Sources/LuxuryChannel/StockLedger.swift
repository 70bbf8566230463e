/// Flash-sale stock per product: units on hand and units held by carts and
/// orders. A reservation succeeds only while on-hand exceeds reserved, so
/// stock never goes negative and is never sold twice.
struct StockLedger {
    private(set) var onHand: [Int32]
    private(set) var reserved: [Int32]
    /// Units held by open reservations, over all products.
    private(set) var totalReserved = 0
    private(set) var peakReserved = 0
    let initialUnits: Int
    /// Returned units put back on sale.
    private(set) var restockedUnits = 0

    init(stock: [Int32]) {
        onHand = stock
        reserved = Array(repeating: 0, count: stock.count)
        initialUnits = stock.reduce(0) { $0 + Int($1) }
    }

    func available(_ p: Int) -> Bool { onHand[p] > reserved[p] }

    /// Holds one unit of `p`; false when none is free.
    mutating func reserve(_ p: Int) -> Bool {
        guard onHand[p] > reserved[p] else { return false }
        reserved[p] += 1
        totalReserved += 1
        if totalReserved > peakReserved { peakReserved = totalReserved }
        return true
    }

    /// A held unit is sold.
    mutating func commit(_ p: Int) {
        reserved[p] -= 1
        onHand[p] -= 1
        totalReserved -= 1
    }

    /// A held unit goes back on sale.
    mutating func release(_ p: Int) {
        reserved[p] -= 1
        totalReserved -= 1
    }

    /// A returned unit goes back on sale.
    mutating func restock(_ p: Int) {
        onHand[p] += 1
        restockedUnits += 1
    }

    var unitsOnHand: Int { onHand.reduce(0) { $0 + Int($1) } }
}
