/// Flash-sale stock per product: units on hand and units held by carts and
/// orders. A reservation succeeds only while on-hand exceeds reserved, so
/// stock never goes negative and is never sold twice.
///
/// It also follows each stock pool (a brand's browsing products, a look's
/// products): units on hand, and when the pool first sold out — every unit
/// it had sold — and which products ever sold out.
struct StockLedger {
    private(set) var onHand: [Int32]
    private(set) var reserved: [Int32]
    /// Units held by open reservations, over all products.
    private(set) var totalReserved = 0
    private(set) var peakReserved = 0
    let initialUnits: Int
    /// Returned units put back on sale.
    private(set) var restockedUnits = 0
    /// Pool of each product, units on hand in each pool, and when each pool
    /// first had none left (0 for a pool that started empty; ∞: never).
    private let pool: [Int32]
    private(set) var poolOnHand: [Int32]
    private(set) var poolSoldOutAt: [Double]
    /// Whether each product ever had no unit on hand.
    private(set) var everSoldOut: [Bool]

    /// Stock of each product, in `pools` pools (`pool[p]` for product p).
    init(stock: [Int32], pool: [Int32], pools: Int) {
        onHand = stock
        reserved = Array(repeating: 0, count: stock.count)
        initialUnits = stock.reduce(0) { $0 + Int($1) }
        self.pool = pool
        poolOnHand = Array(repeating: 0, count: pools)
        for p in stock.indices { poolOnHand[Int(pool[p])] += stock[p] }
        poolSoldOutAt = poolOnHand.map { $0 == 0 ? 0 : .infinity }
        everSoldOut = stock.map { $0 == 0 }
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

    /// A held unit is sold at `now`.
    mutating func commit(_ p: Int, at now: Double) {
        reserved[p] -= 1
        onHand[p] -= 1
        totalReserved -= 1
        if onHand[p] == 0 { everSoldOut[p] = true }
        let k = Int(pool[p])
        poolOnHand[k] -= 1
        if poolOnHand[k] == 0 && poolSoldOutAt[k] == .infinity { poolSoldOutAt[k] = now }
    }

    /// A held unit goes back on sale.
    mutating func release(_ p: Int) {
        reserved[p] -= 1
        totalReserved -= 1
    }

    /// A returned unit goes back on sale.
    mutating func restock(_ p: Int) {
        onHand[p] += 1
        poolOnHand[Int(pool[p])] += 1
        restockedUnits += 1
    }

    var unitsOnHand: Int { onHand.reduce(0) { $0 + Int($1) } }
}
