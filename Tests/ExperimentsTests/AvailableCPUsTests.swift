import Experiments
import Foundation
import Testing

@Suite("CPUs a process may use (the default --jobs)")
struct AvailableCPUsTests {
    @Test("This process's affinity mask counts what nproc counts")
    func affinityMatchesNproc() throws {
        let nproc = try output(of: ["nproc"])
        #expect(AvailableCPUs.inAffinityMask() == Int(nproc))
    }

    @Test("A process started under taskset -c 0 may use 1 CPU")
    func tasksetLimitsToOne() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // taskset sets the mask before it runs sh; "ready" on stdout says it has.
        process.arguments = ["taskset", "-c", "0", "sh", "-c", "echo ready; exec cat"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("ready\n") {
            let chunk = output.fileHandleForReading.availableData
            try #require(!chunk.isEmpty, "the child ended before it was ready")
            seen += chunk
        }
        #expect(AvailableCPUs.inAffinityMask(process: process.processIdentifier) == 1)
        #expect(AvailableCPUs.count(process: process.processIdentifier) == 1)
    }

    @Test("cgroup v2: the tightest cpu.max of the group and the groups above it")
    func cgroupV2Quota() throws {
        let root = temporaryFolder()
        try put("150000 100000\n", at: "unified/batch/cpu.max", in: root)
        try put("max 100000\n", at: "unified/batch/job/cpu.max", in: root)
        let mountInfo = "41 31 0:38 / \(root)/unified rw,relatime - cgroup2 cgroup2 rw\n"
        let quota = AvailableCPUs.quota(cgroups: "0::/batch/job\n", mountInfo: mountInfo)
        #expect(quota == 1.5)
        #expect(AvailableCPUs.count(affinity: 8, quota: quota) == 2)
        #expect(AvailableCPUs.count(affinity: 1, quota: quota) == 1)
    }

    @Test("cgroup v1: cpu.cfs_quota_us ÷ cpu.cfs_period_us of the cpu hierarchy; -1 is no quota")
    func cgroupV1Quota() throws {
        let root = temporaryFolder()
        try put("50000\n", at: "cpu,cpuacct/job/cpu.cfs_quota_us", in: root)
        try put("100000\n", at: "cpu,cpuacct/job/cpu.cfs_period_us", in: root)
        try put("-1\n", at: "cpu,cpuacct/cpu.cfs_quota_us", in: root)
        try put("100000\n", at: "cpu,cpuacct/cpu.cfs_period_us", in: root)
        let mountInfo = """
            32 31 0:29 / \(root)/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct
            35 31 0:32 / \(root)/memory rw,relatime - cgroup cgroup rw,memory
            """
        let cgroups = "5:memory:/elsewhere\n4:cpu,cpuacct:/job\n0::/\n"
        let quota = AvailableCPUs.quota(cgroups: cgroups, mountInfo: mountInfo)
        #expect(quota == 0.5)
        #expect(AvailableCPUs.count(affinity: 4, quota: quota) == 1)
    }

    @Test("A mount of part of the hierarchy (a container's view) reads the quota at its mount point")
    func mountedSubtree() throws {
        let root = temporaryFolder()
        try put("200000 100000\n", at: "cgroup/cpu.max", in: root)
        let mountInfo = "900 800 0:38 /kubepods/pod1 \(root)/cgroup ro,nosuid - cgroup2 cgroup2 rw\n"
        #expect(AvailableCPUs.quota(cgroups: "0::/kubepods/pod1\n", mountInfo: mountInfo) == 2)
    }

    @Test("No quota anywhere: the affinity mask alone, and never below 1")
    func noQuota() throws {
        let root = temporaryFolder()
        try put("max 100000\n", at: "unified/cpu.max", in: root)
        let mountInfo = "41 31 0:38 / \(root)/unified rw - cgroup2 cgroup2 rw\n"
        #expect(AvailableCPUs.quota(cgroups: "0::/\n", mountInfo: mountInfo) == nil)
        #expect(AvailableCPUs.quota(cgroups: "", mountInfo: "") == nil)
        #expect(AvailableCPUs.count(affinity: 3, quota: nil) == 3)
        #expect(AvailableCPUs.count(affinity: 0, quota: 0.01) == 1)
    }

    private func put(_ text: String, at path: String, in root: String) throws {
        let file = root + "/" + path
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: false, encoding: .utf8)
    }

    private func output(of command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
