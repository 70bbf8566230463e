/// A table a model kind reports besides its metrics: one row per member of a
/// population too large for the summary — a channel's 3,000 brands — with
/// key columns naming the row and value columns, each a metric-like column
/// (unit, range, kind, definition). Experiments summarise it across
/// replications row by row (mean, interval, n) into `<name>.csv`.
///
/// The rows are the model's (known when it is built), so every replication
/// reports the same rows in the same order; a replication reports only the values.
public struct BreakdownDefinition: Sendable, Equatable {
    /// The table's name, and its file's (`breakdowns` → `breakdowns.csv`).
    public let name: String
    /// What one row stands for, in one line.
    public let definition: String
    /// Names of the columns that identify a row (`brand`, `category`).
    public let keyColumns: [String]
    /// Each row's key values, in `keyColumns` order.
    public let rows: [[String]]
    /// The value columns (a definition's `name` is the column's name).
    public let columns: [MetricDefinition]

    /// A table `name` of `rows` (each with a value per key column) and value `columns`.
    public init(name: String, definition: String, keyColumns: [String], rows: [[String]], columns: [MetricDefinition]) {
        precondition(rows.allSatisfy { $0.count == keyColumns.count }, "every row has a value for each key column")
        self.name = name
        self.definition = definition
        self.keyColumns = keyColumns
        self.rows = rows
        self.columns = columns
    }
}
