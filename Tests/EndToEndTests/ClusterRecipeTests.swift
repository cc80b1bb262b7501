import Foundation
import Testing
import _TwinTestSupport

/// The cluster recipes of `Docs/cluster.md`, run here with the scheduler simulated: the
/// Slurm array script once per task index, the Kubernetes Indexed Job's container command
/// once per completion index, each a separate process, then their merge steps. The merged
/// results must equal one unsharded sweep's, byte for byte.
@Suite struct ClusterRecipeTests {
  let binary = Bundle.main.bundleURL.appendingPathComponent("community-twin").path
  let shards = 3

  func withSweep(_ body: (_ directory: URL, _ sweep: String, _ reference: Data) throws -> Void) throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let sweep = try SweepCommandTests().writeSweep(to: directory)
    let whole = directory.appendingPathComponent("whole").path
    #expect(try execute(at: binary, ["sweep", sweep, "--out", whole, "--quiet"]).status == 0)
    #expect(try execute(at: binary, ["merge", whole, "--out", whole + "-merged"]).status == 0)
    let reference = try Data(contentsOf: URL(fileURLWithPath: whole + "-merged/points.csv"))
    try body(directory, sweep, reference)
  }

  @Test func slurmArrayScriptAndMergeScript() throws {
    try withSweep { directory, sweep, reference in
      let out = directory.appendingPathComponent("slurm").path
      let settings = ["COMMUNITY_TWIN": binary, "SWEEP": sweep, "OUT": out, "SHARDS": "\(shards)"]
      let script = packageRoot.appendingPathComponent("Docs/cluster/sweep.slurm").path
      for task in 0..<shards {
        // The last task as if resubmitted alone (sbatch --array=2): Slurm's count is then 1.
        let count = task == shards - 1 ? 1 : shards
        let result = try execute(
          at: "/bin/bash", [script],
          environment: settings.merging(
            ["SLURM_ARRAY_TASK_ID": "\(task)", "SLURM_ARRAY_TASK_COUNT": "\(count)", "SLURM_CPUS_PER_TASK": "1"]) { $1 }
        )
        #expect(result.status == 0, "task \(task): \(result.stderr)")
      }
      let unset = try execute(
        at: "/bin/bash", [script],
        environment: ["COMMUNITY_TWIN": binary, "SWEEP": sweep, "OUT": out, "SLURM_ARRAY_TASK_ID": "0"])
      #expect(unset.status != 0 && unset.stderr.contains("set SHARDS to the number of shards"))
      let merge = try execute(
        at: "/bin/bash", [packageRoot.appendingPathComponent("Docs/cluster/merge.slurm").path], environment: settings)
      #expect(merge.status == 0, "\(merge.stderr)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/merged/points.csv")) == reference)
      #expect(FileManager.default.fileExists(atPath: out + "/merged/indices.csv"))
    }
  }

  /// The shell commands in the manifest's `args: - >-` blocks (YAML folded scalars: lines
  /// joined with spaces), in document order.
  static func containerCommands(in yaml: String) -> [String] {
    var commands: [String] = []
    let lines = yaml.components(separatedBy: "\n")
    var i = 0
    while i < lines.count {
      if lines[i].trimmingCharacters(in: .whitespaces) == "- >-" {
        let indent = lines[i].prefix { $0 == " " }.count
        var parts: [String] = []
        i += 1
        while i < lines.count, lines[i].prefix(while: { $0 == " " }).count > indent {
          parts.append(lines[i].trimmingCharacters(in: .whitespaces))
          i += 1
        }
        commands.append(parts.joined(separator: " "))
      } else {
        i += 1
      }
    }
    return commands
  }

  @Test func kubernetesIndexedJobCommands() throws {
    try withSweep { directory, sweep, reference in
      let yaml = try String(
        contentsOf: packageRoot.appendingPathComponent("Docs/cluster/sweep-job.yaml"), encoding: .utf8)
      #expect(yaml.contains("completionMode: Indexed"))
      let commands = Self.containerCommands(in: yaml)
      #expect(commands.count == 2)
      // The volume mounted at /data becomes a scratch folder holding the sweep file.
      let data = directory.appendingPathComponent("data").path
      try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: sweep, toPath: data + "/sweep.json")
      func local(_ command: String) -> String {
        command.replacingOccurrences(of: "community-twin", with: binary).replacingOccurrences(of: "/data", with: data)
      }
      // The merge Job starts at once (Jobs have no dependencies) and waits for the shards.
      let merge = Process()
      merge.executableURL = URL(fileURLWithPath: "/bin/sh")
      merge.arguments = ["-c", local(commands[1])]
      merge.environment = ProcessInfo.processInfo.environment.merging(["POLL_SECONDS": "1"]) { $1 }
      merge.standardOutput = FileHandle.nullDevice
      try merge.run()
      for index in 0..<shards {
        let result = try execute(
          at: "/bin/sh", ["-c", local(commands[0])],
          environment: ["JOB_COMPLETION_INDEX": "\(index)", "SHARD_COUNT": "\(shards)"])
        #expect(result.status == 0, "pod \(index): \(result.stderr)")
        #expect(index == shards - 1 || merge.isRunning, "the merge finished before shard \(index + 1) of \(shards)")
      }
      let deadline = Date().addingTimeInterval(120)
      while merge.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
      #expect(!merge.isRunning && merge.terminationStatus == 0, "the waiting merge did not finish")
      // A pod retried after finishing resumes: nothing to redo, nothing duplicated.
      let retried = try execute(
        at: "/bin/sh", ["-c", local(commands[0])],
        environment: ["JOB_COMPLETION_INDEX": "1", "SHARD_COUNT": "\(shards)"])
      #expect(retried.status == 0, "\(retried.stderr)")
      #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/out/merged/points.csv")) == reference)
    }
  }
}
