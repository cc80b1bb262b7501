import Foundation
import Testing
import _TwinTestSupport

/// `run --checkpoint-day D --checkpoint FILE`, `run --from FILE` and `compare … --from FILE`
/// as a user runs them: the continued run writes the uninterrupted run's files byte for byte,
/// a compare of forks the compare from day 0's, and mistakes exit 64 or 65 naming the cause.
@Suite struct CheckpointCommandTests {
  private static let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
  /// The baseline's community, 2 replications of 20 days after a 10-day warm-up and a drain
  /// of at most 5.
  private static let length = ["--replications", "2", "--days", "20", "--warmup-days", "10", "--drain-days", "5"]

  /// The baseline with devolution from day 18 (after the checkpoint at day 15), as a file.
  private static func devolutionFromDay18(in directory: URL) throws -> String {
    let file = directory.appendingPathComponent("devolution-from-day-18.json")
    try Data(
      """
      {"base": "\(baseline)", "name": "devolution-from-day-18",
       "interventions": [{"lever": "devolution", "start_day": 18, "threshold_cny": 500000,
                          "local_approval_working_days": 3, "admin_cut": 0.4}]}
      """.utf8
    ).write(to: file)
    return file.path
  }

  @Test func aRunGoesOnFromItsCheckpointToTheSameFilesAndForksCompareAsFromDayZero() throws {
    try withTemporaryDirectory { directory in
      let checkpoint = directory.appendingPathComponent("today.ckpt").path
      let whole = try execute(
        "community-twin",
        ["run", Self.baseline] + Self.length + [
          "--checkpoint-day", "15", "--checkpoint", checkpoint, "--threads", "1", "--out", "whole", "--quiet",
        ], in: directory)
      #expect(whole.status == 0, "\(whole.stderr)")
      #expect(whole.stderr.contains("Wrote checkpoint \(checkpoint) (day 15, 2 replications)"))
      let header = String(decoding: try Data(contentsOf: URL(fileURLWithPath: checkpoint)).prefix(600), as: UTF8.self)
      #expect(header.hasPrefix("CTWINCKP") && header.contains("\"scenario\": \"baseline\""))

      let continued = try execute(
        "community-twin", ["run", "--from", checkpoint, "--threads", "2", "--out", "continued", "--quiet"],
        in: directory)
      #expect(continued.status == 0, "\(continued.stderr)")
      #expect(continued.stdout == whole.stdout)
      for name in ["summary.json", "replications.csv", "timeseries.csv", "distributions.csv"] {
        let a = try String(contentsOf: directory.appendingPathComponent("whole/\(name)"), encoding: .utf8)
        let b = try String(contentsOf: directory.appendingPathComponent("continued/\(name)"), encoding: .utf8)
        #expect(withoutProvenance(a) == withoutProvenance(b), "\(name) differs")
      }

      let fork = try Self.devolutionFromDay18(in: directory)
      let forked = try execute(
        "community-twin", ["compare", Self.baseline, fork, "--from", checkpoint, "--out", "forked", "--quiet"],
        in: directory)
      #expect(forked.status == 0, "\(forked.stderr)")
      #expect(forked.stderr.contains("note: \(fork) runs 20 days after a 10-day warm-up"))
      let fresh = try execute(
        "community-twin", ["compare", Self.baseline, fork] + Self.length + ["--out", "fresh", "--quiet"],
        in: directory)
      #expect(fresh.status == 0, "\(fresh.stderr)")
      #expect(forked.stdout == fresh.stdout)
      let a = try Data(contentsOf: directory.appendingPathComponent("forked/comparison.csv"))
      let b = try Data(contentsOf: directory.appendingPathComponent("fresh/comparison.csv"))
      #expect(a == b)
    }
  }

  @Test func mistakesExitWithTheirStatusAndSayWhy() throws {
    try withTemporaryDirectory { directory in
      let checkpoint = directory.appendingPathComponent("today.ckpt").path
      let half = try execute(
        "community-twin", ["run", Self.baseline, "--checkpoint-day", "15", "--quiet"], in: directory)
      #expect(half.status == 64 && half.stderr.contains("--checkpoint-day needs --checkpoint FILE"), "\(half.stderr)")
      let late = try execute(
        "community-twin",
        ["run", Self.baseline] + Self.length + ["--checkpoint-day", "30", "--checkpoint", checkpoint, "--quiet"],
        in: directory)
      #expect(late.status == 64 && late.stderr.contains("checkpoint day = 30: must be a day 1 … 29"), "\(late.stderr)")
      let nowhere = try execute(
        "community-twin",
        ["run", Self.baseline] + Self.length + ["--checkpoint-day", "5", "--checkpoint", "no/such/folder/x.ckpt"],
        in: directory)
      #expect(nowhere.status == 73 && nowhere.stderr.contains("no/such/folder"), "\(nowhere.stderr)")

      let made = try execute(
        "community-twin",
        ["run", Self.baseline] + Self.length + ["--checkpoint-day", "15", "--checkpoint", checkpoint, "--quiet"],
        in: directory)
      #expect(made.status == 0, "\(made.stderr)")
      let reseeded = try execute("community-twin", ["run", "--from", checkpoint, "--seed", "3"], in: directory)
      #expect(reseeded.status == 64 && reseeded.stderr.contains("--seed cannot be given with --from"))

      let changed = directory.appendingPathComponent("changed.json")
      try Data(#"{"base": "\#(Self.baseline)", "satisfaction": {"relaxation_days": 200}}"#.utf8).write(to: changed)
      let past = try execute("community-twin", ["run", changed.path, "--from", checkpoint], in: directory)
      #expect(past.status == 65, "\(past.stderr)")
      #expect(past.stderr.contains("\(changed.path): differs from the checkpoint's scenario in satisfaction"))

      var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: checkpoint)))
      bytes[bytes.count / 2] ^= 1
      try Data(bytes).write(to: URL(fileURLWithPath: checkpoint))
      let corrupted = try execute("community-twin", ["run", "--from", checkpoint], in: directory)
      #expect(corrupted.status == 65 && corrupted.stderr.contains("corrupted"), "\(corrupted.stderr)")
    }
  }

  /// A scenario with a `base` file: the run from its checkpoint, without the scenario file,
  /// records the same file, SHA-256 and base files, so its `summary.json` is byte-identical
  /// too.
  @Test func aChildScenarioKeepsItsBaseFilesThroughTheCheckpoint() throws {
    try withTemporaryDirectory { directory in
      try Data(
        """
        {"base": "\(Self.baseline)", "name": "small", "run": {"days": 8, "warmup_days": 4, "drain_days": 2},
         "communities": [{"name": "A", "residents": 1000,
                          "cohort_shares": {"elderly": 0.22, "adults": 0.35, "families": 0.18, "youth": 0.25}}]}
        """.utf8
      ).write(to: directory.appendingPathComponent("small.json"))
      let whole = try execute(
        "community-twin",
        [
          "run", "small.json", "--replications", "2", "--checkpoint-day", "6", "--checkpoint", "s.ckpt", "--out", "a",
          "--quiet",
        ], in: directory)
      #expect(whole.status == 0, "\(whole.stderr)")
      let continued = try execute(
        "community-twin", ["run", "--from", "s.ckpt", "--out", "b", "--quiet"], in: directory)
      #expect(continued.status == 0, "\(continued.stderr)")
      let a = try String(contentsOf: directory.appendingPathComponent("a/summary.json"), encoding: .utf8)
      let b = try String(contentsOf: directory.appendingPathComponent("b/summary.json"), encoding: .utf8)
      #expect(withoutProvenance(a) == withoutProvenance(b) && a.contains("baseline.json"))
    }
  }
}
