import ModelSpec
import SimulationKernel

/// The `runs/` folder of a run in progress or of a shard: one record per
/// finished run, `v<variant>-r<replication>.run`, each written atomically.
public struct RunRecordFolder: Sendable {
    /// The folder's path (`…/runs`).
    public let path: String
    let plan: RunPlan

    /// The record folder at `path` of `plan`'s runs; nothing is read or made yet.
    public init(path: String, plan: RunPlan) {
        self.path = path
        self.plan = plan
    }

    /// The record file name of `key`.
    public static func fileName(_ key: RunKey) -> String { "v\(key.variant)-r\(key.replication).run" }

    /// The run a record file name stands for, if it is one.
    static func key(fromFileName name: String) -> RunKey? {
        guard name.hasPrefix("v"), name.hasSuffix(".run") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: "-")
        guard parts.count == 2, parts[1].hasPrefix("r"), let v = Int(parts[0]), let r = Int(parts[1].dropFirst()),
              String(v) == parts[0], String(r) == parts[1].dropFirst() else { return nil }
        return RunKey(variant: v, replication: r)
    }

    /// The record path of `key`.
    public func file(of key: RunKey) -> String { path + "/" + Self.fileName(key) }

    /// Saves the observations of run `key`.
    public func save(_ o: Observations, of key: RunKey) throws {
        try FileSystem.write(RunRecord.encode(o), to: file(of: key))
    }

    /// The observations of run `key`; nil when it has no record. A record
    /// that is there but cannot be trusted (damaged, cut short, of another
    /// model) throws an error naming the file and line.
    public func observations(of key: RunKey) throws -> Observations? {
        let file = file(of: key)
        guard let bytes = FileSystem.contents(of: file) else {
            if FileSystem.exists(file) { throw LocatedError("cannot read the run record", file: file) }
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LocatedError("the run record is not UTF-8 text: damaged", file: file)
        }
        return try RunRecord.decode(text, file: file, catalogue: plan.variants[key.variant].model.metricCatalogue,
                                    series: plan.experiment.outputs.seriesBucket != nil)
    }

    /// The runs of `keys` whose records are there and trusted, as a set of
    /// plan positions (one bit a run). `untrusted` hears of each record that
    /// is there but cannot be trusted (it will be run again). The folder is
    /// listed entry by entry, so ten million records take no list in memory.
    public func trustedRuns(of keys: RunKeys, untrusted: (LocatedError) -> Void) throws -> RunSet {
        var trusted = RunSet(count: keys.planned)
        try FileSystem.forEachEntry(of: path) { name in
            guard let key = Self.key(fromFileName: name), keys.holds(key) else { return }
            do {
                if try observations(of: key) != nil { trusted.insert(keys.planIndex(of: key)) }
            } catch let error as LocatedError {
                untrusted(error)
            }
        }
        return trusted
    }
}

/// A set of runs by their position in the plan, one bit each.
public struct RunSet: Sendable {
    private var words: [UInt64]
    /// Runs in the set.
    public private(set) var count = 0

    /// An empty set for a plan of `count` runs.
    public init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    /// Adds the run at plan position `index` (0 ≤ index < the plan's run count).
    public mutating func insert(_ index: Int) {
        let (w, b) = (index / 64, UInt64(1) << UInt64(index % 64))
        if words[w] & b == 0 {
            words[w] |= b
            count += 1
        }
    }

    /// Whether the run at plan position `index` is in the set.
    public func contains(_ index: Int) -> Bool {
        index / 64 < words.count && words[index / 64] & (UInt64(1) << UInt64(index % 64)) != 0
    }
}
