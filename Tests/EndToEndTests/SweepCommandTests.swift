import Foundation
import Testing
import _TwinTestSupport

/// `sweep`, `merge` and `sensitivity` as a cluster and a user meet them: shard processes
/// run separately (a simulated job array). Interrupted sweeps: ``SweepResumeTests``.
@Suite struct SweepCommandTests {
  /// A sweep over the devolution preset: 2 × 3 grid × `replications`, `days` days, no warm-up,
  /// a drain of at most 3 days; the first parameter has a label.
  func writeSweep(to directory: URL, replications: Int = 2, days: Int = 5) throws -> String {
    let text = """
      {
        "name": "cli-sweep",
        "base": "\(packageRoot.appendingPathComponent("Scenarios/devolution.json").path)",
        "parameters": [
          {"path": "workforce.roles[community_worker].per_1000", "levels": [3, 5], "label": "社工"},
          {"path": "interventions[devolution].threshold_cny", "range": [0, 900000], "steps": 3}
        ],
        "design": {"kind": "grid"},
        "replications": \(replications),
        "run": {"days": \(days), "warmup_days": 0, "drain_days": 3},
        "metrics": ["response.all.mean_days", "satisfaction.index", "requests.resolved"]
      }
      """
    let url = directory.appendingPathComponent("sweep.json")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// What a Slurm job array or a Kubernetes Indexed Job does (Docs/cluster.md): N processes,
  /// each `sweep --shard $INDEX/$COUNT` into its own folder, then one `merge`. The merged
  /// `points.csv` and `runs.jsonl` equal those of one unsharded sweep, byte for byte.
  @Test func simulatedJobArrayMergesToTheUnshardedResult() throws {
    try withTemporaryDirectory { directory in
      let sweep = try writeSweep(to: directory)
      let whole = directory.appendingPathComponent("whole").path
      #expect(try execute("community-twin", ["sweep", sweep, "--out", whole, "--quiet"]).status == 0)
      #expect(try execute("community-twin", ["merge", whole, "--out", whole + "-merged"]).status == 0)
      let count = 4
      var shards: [String] = []
      for index in 0..<count {  // separate processes, as array tasks are
        let folder = directory.appendingPathComponent("shard-\(index)").path
        let result = try execute(
          "community-twin", ["sweep", sweep, "--shard", "\(index)/\(count)", "--out", folder, "--threads", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        shards.append(folder)
      }
      let merged = directory.appendingPathComponent("merged").path
      let merge = try execute("community-twin", ["merge"] + shards + ["--out", merged])
      #expect(merge.status == 0, "\(merge.stderr)")
      #expect(merge.stdout.contains("12 of 12 runs"))
      for file in ["points.csv", "runs.jsonl"] {
        let a = try Data(contentsOf: URL(fileURLWithPath: merged).appendingPathComponent(file))
        let b = try Data(contentsOf: URL(fileURLWithPath: whole + "-merged").appendingPathComponent(file))
        #expect(a == b, "\(file)")
      }
      // A missing shard makes merge fail loudly, naming the runs.
      let partial = try execute("community-twin", ["merge"] + shards.dropLast() + ["--out", merged + "-partial"])
      #expect(partial.status == 65)
      #expect(partial.stdout.contains("Missing runs: 3, 7, 11."))
      let sensitivity = try execute("community-twin", ["sensitivity", merged])
      #expect(sensitivity.status == 0, "\(sensitivity.stderr)")
      #expect(sensitivity.stdout.contains("first-order Sobol"))
      // The label, kept through the shards' manifests and the merge, names the parameter in
      // the printed summary; the files keep the key path.
      #expect(sensitivity.stdout.contains("  社工 (workforce.roles[community_worker].per_1000): SRC "))
      #expect(sensitivity.stdout.contains("\n  interventions[devolution].threshold_cny: SRC "))
      let indices = try String(contentsOfFile: merged + "/indices.csv", encoding: .utf8)
      #expect(indices.contains(",workforce.roles[community_worker].per_1000,") && !indices.contains("社工"))
    }
  }
}
