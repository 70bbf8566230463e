/// Flash-sale stock per product: units on hand and units held by carts and
/// orders. A reservation succeeds only while on-hand exceeds reserved, so
/// stock never goes negative and is never sold twice.
///
/// It also follows each stock pool (a brand's browsing products, a look's
/// products): its units free to buy, and when the pool first sold out — no
/// unit free, every one sold or held, as a shopper sees it — and which
/// products ever sold out that way. Held units released later (an expired
/// cart, an unpaid order) make a product available again; the first sell-out stays recorded.
struct StockLedger {
    private(set) var onHand: [Int32]
    private(set) var reserved: [Int32]
    /// Units held by open reservations, over all products.
    private(set) var totalReserved = 0
    private(set) var peakReserved = 0
    let initialUnits: Int
    /// Returned units put back on sale.
    private(set) var restockedUnits = 0
    /// Pool of each product, units free to buy in each pool, and when each
    /// pool first had none free (0 for a pool that started empty; ∞: never).
    private let pool: [Int32]
    private(set) var poolFree: [Int32]
    private(set) var poolSoldOutAt: [Double]
    /// Whether each product ever had no unit free to buy.
    private(set) var everSoldOut: [Bool]

    /// Stock of each product, in `pools` pools (`pool[p]` for product p).
    init(stock: [Int32], pool: [Int32], pools: Int) {
        onHand = stock
        reserved = Array(repeating: 0, count: stock.count)
        initialUnits = stock.reduce(0) { $0 + Int($1) }
        self.pool = pool
        poolFree = Array(repeating: 0, count: pools)
        for p in stock.indices { poolFree[Int(pool[p])] += stock[p] }
        poolSoldOutAt = poolFree.map { $0 == 0 ? 0 : .infinity }
        everSoldOut = stock.map { $0 == 0 }
    }

    func available(_ p: Int) -> Bool { onHand[p] > reserved[p] }

    /// Holds one unit of `p` at `now`; false when none is free.
    mutating func reserve(_ p: Int, at now: Double) -> Bool {
        guard onHand[p] > reserved[p] else { return false }
        reserved[p] += 1
        totalReserved += 1
        if totalReserved > peakReserved { peakReserved = totalReserved }
        if onHand[p] == reserved[p] { everSoldOut[p] = true }
        let k = Int(pool[p])
        poolFree[k] -= 1
        if poolFree[k] == 0 && poolSoldOutAt[k] == .infinity { poolSoldOutAt[k] = now }
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
        poolFree[Int(pool[p])] += 1
    }

    /// A returned unit goes back on sale.
    mutating func restock(_ p: Int) {
        onHand[p] += 1
        poolFree[Int(pool[p])] += 1
        restockedUnits += 1
    }

    var unitsOnHand: Int { onHand.reduce(0) { $0 + Int($1) } }
}
