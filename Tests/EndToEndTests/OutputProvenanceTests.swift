import FileFormats
import Foundation
import Testing
import _TwinTestSupport

/// The outputs beyond `run`, `compare`, `sweep` and `merge` record the build too: `warmup`'s
/// `provenance.json` beside `warmup.csv`, `sensitivity.json`, `calibrate`'s `calibrated.json`
/// (its comment) and `provenance.json`, and a checkpoint's header, which `run --from` and
/// `compare --from` check like `--resume` checks a folder; and a folder that already holds
/// results is refused with one status (65) by `sweep` and `calibrate` alike.
@Suite struct OutputProvenanceTests {
  private static let mmc = packageRoot.appendingPathComponent("Scenarios/validation/mmc.json").path
  /// `SOURCE_DATE_EPOCH` for a start time the tests can name.
  private static let epoch = ["SOURCE_DATE_EPOCH": "1796400000"]
  private static let started = "2026-12-04T16:00:00Z"

  /// The version `--version` prints (`0.4.0 (commit …)`) and the commit.
  private static func build() throws -> (version: String, commit: String) {
    let parts = try execute("community-twin", ["--version"]).stdout.split(separator: " ")
    return (String(parts[0]), String(parts[2].dropLast(2)))
  }

  /// Runs community-twin with `arguments` in `directory`, its start fixed by ``epoch``.
  private static func run(_ arguments: [String], in directory: URL) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    try execute(
      at: Bundle.main.bundleURL.appendingPathComponent("community-twin").path, arguments, environment: epoch,
      in: directory)
  }

  /// The `provenance` object of `root`.
  private static func provenance(in root: [String: Any]) throws -> [String: Any] {
    try #require(root["provenance"] as? [String: Any])
  }

  /// The JSON object in the file at `url`.
  private static func object(_ url: URL) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  /// Expects `provenance` to record this build, this system, the compiler, a command line of
  /// `command` and the start ``started``.
  private static func expectThisBuild(
    _ provenance: [String: Any], command: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let (version, commit) = try build()
    #expect(provenance["tool"] as? String == "community-twin", sourceLocation: sourceLocation)
    #expect(provenance["version"] as? String == version, sourceLocation: sourceLocation)
    #expect(provenance["commit"] as? String == commit, sourceLocation: sourceLocation)
    #expect(provenance["os"] as? String == "linux", sourceLocation: sourceLocation)
    #expect(provenance["architecture"] as? String == "x86_64", sourceLocation: sourceLocation)
    #expect((provenance["os_version"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
    #expect((provenance["swift"] as? String)?.hasPrefix("6.") == true, sourceLocation: sourceLocation)
    #expect((provenance["command_line"] as? [String])?.dropFirst().first == command, sourceLocation: sourceLocation)
    #expect(provenance["started"] as? String == started, sourceLocation: sourceLocation)
  }

  @Test func warmupWritesProvenanceBesideItsUnchangedTable() throws {
    try withTemporaryDirectory { directory in
      let ran = try Self.run(
        ["warmup", Self.mmc, "--replications", "2", "--days", "20", "--window", "2", "--out", "w", "--quiet"],
        in: directory)
      #expect(ran.status == 0, "\(ran.stderr)")
      #expect(ran.stderr == "Wrote w/warmup.csv, provenance.json\n")
      try Self.expectThisBuild(
        try Self.provenance(in: try Self.object(directory.appendingPathComponent("w/provenance.json"))),
        command: "warmup")
      let csv = try String(contentsOf: directory.appendingPathComponent("w/warmup.csv"), encoding: .utf8)
      #expect(csv.hasPrefix("metric,day,mean,moving_average\n"))
      #expect(!csv.contains("#") && !csv.contains("provenance"))
    }
  }

  @Test func sensitivityJSONRecordsTheBuildThatAnalysedTheSweep() throws {
    try withTemporaryDirectory { directory in
      let sweep = try SweepCommandTests().writeSweep(to: directory, replications: 2, days: 2)
      let swept = try Self.run(["sweep", sweep, "--out", "s", "--quiet"], in: directory)
      #expect(swept.status == 0, "\(swept.stderr)")
      let analysed = try Self.run(["sensitivity", "s"], in: directory)
      #expect(analysed.status == 0, "\(analysed.stderr)")
      let root = try Self.object(directory.appendingPathComponent("s/sensitivity.json"))
      #expect(root["sweep"] as? String == "cli-sweep" && root["indices"] is [Any])
      try Self.expectThisBuild(try Self.provenance(in: root), command: "sensitivity")
    }
  }

  @Test func calibrateNamesItsBuildInTheCalibratedScenarioAndBesideTheTables() throws {
    try withTemporaryDirectory { directory in
      let (scenario, targets, parameters) = try CalibrateCommandTests.files(in: directory)
      let ran = try Self.run(
        [
          "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "2",
          "--replications", "1", "--rounds", "0", "--out", "cal", "--quiet",
        ], in: directory)
      #expect(ran.status == 0, "\(ran.stderr)")
      try Self.expectThisBuild(
        try Self.provenance(in: try Self.object(directory.appendingPathComponent("cal/provenance.json"))),
        command: "calibrate")
      let calibrated = try Self.object(directory.appendingPathComponent("cal/calibrated.json"))
      let comment = try #require(calibrated["comment"] as? String)
      let (version, commit) = try Self.build()
      #expect(comment.hasPrefix("Written by community-twin \(version) (commit \(commit.prefix(12))) on linux x86_64 ("))
      #expect(comment.contains(", Swift 6.") && comment.contains("; started \(Self.started): "), "\(comment)")
      #expect(comment.contains(" calibrate \(scenario) --targets \(targets) "), "\(comment)")
      let again = try execute(
        "community-twin", ["run", "cal/calibrated.json", "--replications", "1", "--quiet", "--out", "r"],
        in: directory)
      #expect(again.status == 0, "\(again.stderr)")
    }
  }

  /// The header of the checkpoint file at `url` (`CheckpointFile`'s layout: magic, version,
  /// the header's and the state's lengths, the header).
  private static func checkpointHeader(_ url: URL) throws -> [String: Any] {
    let bytes = Array(try Data(contentsOf: url))
    let length = (0..<8).reduce(0) { $0 | Int(bytes[12 + $1]) << (8 * $1) }
    return try #require(
      try JSONSerialization.jsonObject(with: Data(bytes[28..<(28 + length)])) as? [String: Any])
  }

  /// The checkpoint at `url` as an older version (0.3.9) would have written it: its
  /// provenance's version replaced (same length) and the checksum made right again.
  private static func pretendOlderVersion(_ url: URL) throws {
    let (version, _) = try build()
    var bytes = Array(try Data(contentsOf: url))
    let length = (0..<8).reduce(0) { $0 | Int(bytes[12 + $1]) << (8 * $1) }
    let edited = Array(
      String(decoding: bytes[28..<(28 + length)], as: UTF8.self)
        .replacing("\"version\": \"\(version)\"", with: "\"version\": \"0.3.9\"").utf8)
    #expect(edited.count == length, "the header keeps its length")
    bytes.replaceSubrange(28..<(28 + length), with: edited)
    bytes.replaceSubrange((bytes.count - 32)..., with: SHA256.hash(bytes.dropLast(32)))
    try Data(bytes).write(to: url)
  }

  @Test func aCheckpointRecordsItsBuildAndAnotherBuildsIsRefusedUnlessAllowed() throws {
    try withTemporaryDirectory { directory in
      let length = ["--replications", "2", "--days", "6", "--warmup-days", "2", "--drain-days", "0"]
      let made = try Self.run(
        ["run", Self.mmc] + length + ["--checkpoint-day", "4", "--checkpoint", "c.ckpt", "--out", "r", "--quiet"],
        in: directory)
      #expect(made.status == 0, "\(made.stderr)")
      let header = try Self.checkpointHeader(directory.appendingPathComponent("c.ckpt"))
      try Self.expectThisBuild(try Self.provenance(in: header), command: "run")
      let same = try execute("community-twin", ["run", "--from", "c.ckpt", "--out", "same", "--quiet"], in: directory)
      #expect(same.status == 0, "\(same.stderr)")

      try Self.pretendOlderVersion(directory.appendingPathComponent("c.ckpt"))
      #expect(
        try Self.provenance(in: try Self.checkpointHeader(directory.appendingPathComponent("c.ckpt")))["version"]
          as? String == "0.3.9")
      let (version, _) = try Self.build()
      for command in [["run", "--from", "c.ckpt"], ["compare", Self.mmc, Self.mmc, "--from", "c.ckpt"]] {
        let refused = try execute("community-twin", command + ["--out", "x", "--quiet"], in: directory)
        #expect(refused.status == 65, "\(command[0]): \(refused.stderr)")
        #expect(refused.stderr.contains("c.ckpt holds results of community-twin 0.3.9 (commit "), "\(refused.stderr)")
        #expect(refused.stderr.contains("not of this one, community-twin \(version) (commit "))
        #expect(refused.stderr.contains("--allow-other-version"))
        let allowed = try execute(
          "community-twin", command + ["--allow-other-version", "--out", "y-\(command[0])", "--quiet"], in: directory)
        #expect(allowed.status == 0, "\(command[0]): \(allowed.stderr)")
      }
    }
  }

  /// Without `--resume`, a folder that already holds runs (here another build's) is refused
  /// with exit 65 by both commands that keep a log of runs, and kept as it was.
  @Test func sweepAndCalibrateRefuseAFolderWithRunsWithTheSameStatus() throws {
    try withTemporaryDirectory { directory in
      let sweep = try SweepCommandTests().writeSweep(to: directory, replications: 1, days: 2)
      #expect(try execute("community-twin", ["sweep", sweep, "--out", "s", "--quiet"], in: directory).status == 0)
      let manifest = directory.appendingPathComponent("s/manifest.json")
      let (version, _) = try Self.build()
      let text = try String(contentsOf: manifest, encoding: .utf8)
      try Data(text.replacing("\"version\": \"\(version)\"", with: "\"version\": \"0.3.9\"").utf8).write(to: manifest)
      let log = try Data(contentsOf: directory.appendingPathComponent("s/runs.jsonl"))
      let sweptAgain = try execute("community-twin", ["sweep", sweep, "--out", "s", "--quiet"], in: directory)
      #expect(sweptAgain.status == 65 && sweptAgain.stderr.contains("--resume"), "\(sweptAgain.stderr)")
      #expect(try Data(contentsOf: directory.appendingPathComponent("s/runs.jsonl")) == log)

      let (scenario, targets, parameters) = try CalibrateCommandTests.files(in: directory)
      let command = [
        "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "2",
        "--replications", "1", "--rounds", "0", "--out", "cal", "--quiet",
      ]
      #expect(try execute("community-twin", command, in: directory).status == 0)
      let calibration = directory.appendingPathComponent("cal/provenance.json")
      let recorded = try String(contentsOf: calibration, encoding: .utf8)
      try Data(recorded.replacing("\"version\": \"\(version)\"", with: "\"version\": \"0.3.9\"").utf8)
        .write(to: calibration)
      let calibratedAgain = try execute("community-twin", command, in: directory)
      #expect(calibratedAgain.status == 65 && calibratedAgain.stderr.contains("--resume"), "\(calibratedAgain.stderr)")
    }
  }
}
