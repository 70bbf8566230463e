import Experiments
import Foundation
import ModelSpec
import Testing

/// The Kubernetes manifests under docs/kubernetes/ and the CI pipelines under
/// docs/ci/ parse as YAML and say what the README says they do.
@Suite("Scale-out and CI recipes")
struct ScaleOutRecipeTests {
    private func load(_ path: String) throws -> SpecNode {
        try SpecDocument.load(path: repositoryRoot + "/" + path)
    }

    @Test("The Indexed Job runs shard $JOB_COMPLETION_INDEX of `completions` of the experiment it is named after")
    func kubernetesJob() throws {
        let job = try load("docs/kubernetes/job.yaml")
        #expect(job["kind"]?.scalar == "Job")
        let spec = try #require(job["spec"])
        #expect(spec["completionMode"]?.scalar == "Indexed")
        let retries = try #require(spec["backoffLimitPerIndex"]?.scalar.flatMap { Int($0) })
        #expect(retries >= 1)
        let completions = try #require(spec["completions"]?.scalar.flatMap { Int($0) })

        let name = try #require(job["metadata"]?["name"]?.scalar)
        #expect(name.hasPrefix("runway-"))
        let experiment = String(name.dropFirst("runway-".count))
        let plan = try ExperimentLoader.plan(path: repositoryRoot + "/experiments/\(experiment).yaml")
        #expect(plan.experiment.name == experiment)
        #expect(completions <= plan.runs.count, "no shard should be empty")

        let container = try #require(spec["template"]?["spec"]?["containers"]?.items.first)
        let command = try #require(container["command"]?.items.compactMap(\.scalar).joined(separator: " "))
        #expect(command.contains("runway run experiments/\(experiment).yaml"))
        #expect(command.contains(#"--shard "$JOB_COMPLETION_INDEX/\#(completions)""#))
        #expect(command.contains(#"--out "results/\#(experiment).shard-$JOB_COMPLETION_INDEX""#))
        // A retried pod must resume its shard, never start it over or refuse it.
        #expect(command.contains("--resume") && !command.contains("--force"))
        for kind in ["requests", "limits"] {
            for resource in ["cpu", "memory"] {
                #expect(container["resources"]?[kind]?[resource]?.scalar != nil, "resources.\(kind).\(resource)")
            }
        }
        #expect(spec["template"]?["spec"]?["restartPolicy"]?.scalar == "Never")
    }

    @Test("The Job and the merge share one ReadWriteMany volume; the merge combines that experiment's shards")
    func kubernetesVolumeAndMerge() throws {
        let job = try load("docs/kubernetes/job.yaml")
        let merge = try load("docs/kubernetes/merge-job.yaml")
        let volume = try load("docs/kubernetes/volume.yaml")
        #expect(volume["kind"]?.scalar == "PersistentVolumeClaim")
        #expect(volume["spec"]?["accessModes"]?.items.compactMap(\.scalar) == ["ReadWriteMany"])
        let claim = try #require(volume["metadata"]?["name"]?.scalar)
        for manifest in [job, merge] {
            let volumes = manifest["spec"]?["template"]?["spec"]?["volumes"]?.items ?? []
            #expect(volumes.map { $0["persistentVolumeClaim"]?["claimName"]?.scalar } == [claim])
        }
        let experiment = try #require(job["metadata"]?["name"]?.scalar?.dropFirst("runway-".count))
        let container = try #require(merge["spec"]?["template"]?["spec"]?["containers"]?.items.first)
        let command = try #require(container["command"]?.items.compactMap(\.scalar).joined(separator: " "))
        #expect(command.contains("runway merge results/\(experiment).shard-"))
        #expect(command.contains("--out results/\(experiment) "))
    }

    @Test("The GitHub Actions workflow installs GSL, runs runway check --junit on every CI experiment and publishes JUnit")
    func githubActions() throws {
        let workflow = try load("docs/ci/github-actions.yml")
        #expect(workflow["on"] != nil)
        let jobs = workflow["jobs"]?.pairs ?? []
        let steps = jobs.flatMap { $0.value["steps"]?.items ?? [] }
        let scripts = steps.compactMap { $0["run"]?.scalar }.joined(separator: "\n")
        #expect(scripts.contains("libgsl-dev"))
        #expect(scripts.contains("experiments/ci/*.yaml"))
        #expect(scripts.contains("runway check"))
        #expect(scripts.contains("--junit"))
        #expect(steps.contains { $0["uses"]?.scalar?.contains("junit") == true })
    }

    @Test("The GitLab CI job installs GSL, runs runway check --junit on every CI experiment and reports JUnit")
    func gitlabCI() throws {
        let pipeline = try load("docs/ci/gitlab-ci.yml")
        let jobs = pipeline.pairs.map(\.value)
        let checking = try #require(jobs.first { $0["artifacts"]?["reports"]?["junit"] != nil })
        let scripts = ["before_script", "script"].flatMap { checking[$0]?.items ?? [] }.compactMap(\.scalar).joined(separator: "\n")
        #expect(scripts.contains("libgsl-dev"))
        #expect(scripts.contains("experiments/ci/*.yaml"))
        #expect(scripts.contains("runway check"))
        #expect(scripts.contains("--junit"))
        #expect(checking["artifacts"]?["when"]?.scalar == "always", "reports of a drifting check must be kept too")
    }
}

private extension SpecNode {
    /// The items; none unless the node is a list.
    var items: [SpecNode] {
        if case .sequence(let items) = value { return items }
        return []
    }

    /// The key and value pairs; none unless the node is a mapping.
    var pairs: [(key: SpecNode, value: SpecNode)] {
        if case .mapping(let pairs) = value { return pairs }
        return []
    }
}
