import CSupport
import Foundation

/// How many CPUs a process may use: the default of `--jobs`.
///
/// The CPUs of its affinity mask (what `nproc` counts, so `taskset -c 0`
/// gives 1), lowered to the CPU quota of its control groups, rounded up: the
/// cgroup v2 `cpu.max` and the v1 `cpu.cfs_quota_us` ÷ `cpu.cfs_period_us`
/// of its group and every group above it (a container limited to 1.5 CPUs
/// gives 2). Never below 1. Where there are no affinity masks (macOS), the
/// active processors.
public enum AvailableCPUs {
    /// The CPUs process `pid` may use (0: this process).
    public static func count(process pid: Int32 = 0) -> Int {
        let proc = pid == 0 ? "/proc/self" : "/proc/\(pid)"
        return count(affinity: inAffinityMask(process: pid),
                     quota: quota(cgroups: contents(of: proc + "/cgroup"), mountInfo: contents(of: proc + "/mountinfo")))
    }

    /// `affinity` CPUs lowered to `quota` (in CPUs) rounded up; never below 1.
    public static func count(affinity: Int, quota: Double?) -> Int {
        guard let quota else { return max(1, affinity) }
        return max(1, min(affinity, Int(quota.rounded(.up))))
    }

    /// The CPUs in the affinity mask of process `pid` (0: the calling thread);
    /// the active processors where the system has no affinity masks.
    public static func inAffinityMask(process pid: Int32 = 0) -> Int {
        let count = Int(runway_cpus_in_affinity_mask(pid))
        return count > 0 ? count : ProcessInfo.processInfo.activeProcessorCount
    }

    /// The tightest CPU quota, in CPUs (quota ÷ period), over a process's
    /// control groups and their ancestors; nil when none sets one.
    ///
    /// - Parameters:
    ///   - cgroups: the text of `/proc/PID/cgroup` (`ID:CONTROLLERS:PATH` lines;
    ///     `0::PATH` is the v2 group).
    ///   - mountInfo: the text of `/proc/PID/mountinfo`, which says where each
    ///     hierarchy is mounted; the quota files are read from there.
    public static func quota(cgroups: String, mountInfo: String) -> Double? {
        var tightest: Double?
        for mount in mountInfo.split(separator: "\n").compactMap(CgroupMount.init) {
            let group: Substring?
            switch mount.version {
            case .v2: group = groupPath(in: cgroups) { $0 == "0" && $1.isEmpty }
            case .v1: group = groupPath(in: cgroups) { $0 != "0" && $1.contains("cpu") }
            }
            guard let group else { continue }
            for folder in mount.folders(from: group) {
                if let cpus = mount.version.quota(in: folder), cpus < tightest ?? .infinity { tightest = cpus }
            }
        }
        return tightest
    }

    /// The path of the first `/proc/PID/cgroup` line whose hierarchy id and
    /// controllers satisfy `matches`.
    private static func groupPath(in cgroups: String, where matches: (Substring, [Substring]) -> Bool) -> Substring? {
        for line in cgroups.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            if matches(fields[0], fields[1].split(separator: ",")) { return fields[2] }
        }
        return nil
    }

    fileprivate static func contents(of path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

/// A mounted control-group hierarchy that can hold a CPU quota: cgroup v2, or
/// a v1 hierarchy with the `cpu` controller. Read from a `mountinfo` line.
private struct CgroupMount {
    enum Version {
        case v1, v2

        /// The quota set in `folder`, in CPUs; nil when none is.
        func quota(in folder: String) -> Double? {
            switch self {
            case .v2:
                // "max 100000" (no limit) or "QUOTA PERIOD", in microseconds.
                let fields = AvailableCPUs.contents(of: folder + "/cpu.max").split(whereSeparator: \.isWhitespace)
                guard fields.count == 2, let quota = Double(fields[0]), let period = Double(fields[1]),
                      quota > 0, period > 0 else { return nil }
                return quota / period
            case .v1:
                // The quota is -1 when there is none.
                let text = { AvailableCPUs.contents(of: folder + "/" + $0).trimmingCharacters(in: .whitespacesAndNewlines) }
                guard let quota = Double(text("cpu.cfs_quota_us")), let period = Double(text("cpu.cfs_period_us")),
                      quota > 0, period > 0 else { return nil }
                return quota / period
            }
        }
    }

    let version: Version
    /// The group, within the hierarchy, that is mounted (`/` when all of it is).
    let root: Substring
    let mountPoint: Substring

    /// `ID PARENT MAJOR:MINOR ROOT MOUNT-POINT OPTIONS [TAGS…] - TYPE SOURCE SUPER-OPTIONS`.
    init?(_ line: Substring) {
        let fields = line.split(separator: " ")
        guard let dash = fields.firstIndex(of: "-"), dash >= 6, fields.count >= dash + 4 else { return nil }
        switch fields[dash + 1] {
        case "cgroup2": version = .v2
        case "cgroup" where fields[dash + 3].split(separator: ",").contains("cpu"): version = .v1
        default: return nil
        }
        root = fields[3]
        mountPoint = fields[4]
    }

    /// The folders of `group` and of every group above it that this mount shows.
    func folders(from group: Substring) -> [String] {
        let base = mountPoint.hasSuffix("/") ? String(mountPoint.dropLast()) : String(mountPoint)
        let within: [Substring]
        if root == "/" {
            within = group.split(separator: "/")
        } else if group == root || group.hasPrefix(root + "/") {
            within = group.dropFirst(root.count).split(separator: "/")
        } else {
            // A namespaced view whose path is not under the mount's root: only the mount itself.
            within = []
        }
        var folders = [base]
        var path = base
        for name in within {
            path += "/" + name
            folders.append(path)
        }
        return folders
    }
}
