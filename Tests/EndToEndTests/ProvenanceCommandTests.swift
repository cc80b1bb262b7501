import Foundation
import Testing
import _TwinTestSupport

/// Every output records the build, system, command line and start (`provenance`), and results
/// of another build are refused by `merge`, `sweep --resume` and `calibrate --resume` unless
/// `--allow-other-version`, with a message naming both builds.
@Suite struct ProvenanceCommandTests {
  private static let mmc = packageRoot.appendingPathComponent("Scenarios/validation/mmc.json").path

  /// The `provenance` object of the JSON file at `url`.
  private static func provenance(_ url: URL) throws -> [String: Any] {
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    return try #require(root["provenance"] as? [String: Any])
  }

  /// The version `--version` prints (`0.4.0 (commit …)`) and the commit.
  private static func build() throws -> (version: String, commit: String) {
    let printed = try execute("community-twin", ["--version"]).stdout
    let parts = printed.split(separator: " ")
    return (String(parts[0]), String(parts[2].dropLast(2)))
  }

  /// `file`'s text with the recorded version replaced by 0.3.9.
  private static func pretendOlderVersion(_ file: URL) throws {
    let (version, _) = try build()
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data(text.replacing("\"version\": \"\(version)\"", with: "\"version\": \"0.3.9\"").utf8).write(to: file)
  }

  @Test func runAndCompareRecordTheBuildTheSystemTheCommandLineAndAFixableStart() throws {
    let (version, commit) = try Self.build()
    #expect(commit == "unknown" || (commit.count == 40 && commit.allSatisfy(\.isHexDigit)), "\(commit)")
    try withTemporaryDirectory { directory in
      let run = try execute(
        at: Bundle.main.bundleURL.appendingPathComponent("community-twin").path,
        ["run", Self.mmc, "--replications", "2", "--days", "3", "--drain-days", "0", "--out", "r", "--format", "json"],
        environment: ["SOURCE_DATE_EPOCH": "1796400000"], in: directory)
      #expect(run.status == 0, "\(run.stderr)")
      let summary = directory.appendingPathComponent("r/summary.json")
      let provenance = try Self.provenance(summary)
      #expect(provenance["tool"] as? String == "community-twin")
      #expect(provenance["version"] as? String == version)
      #expect(provenance["commit"] as? String == commit)
      #expect(provenance["os"] as? String == "linux" && provenance["architecture"] as? String == "x86_64")
      #expect((provenance["swift"] as? String)?.hasPrefix("6.") == true)
      #expect((provenance["command_line"] as? [String])?.dropFirst().first == "run")
      #expect(provenance["started"] as? String == "2026-12-04T16:00:00Z")
      #expect(run.stdout == (try String(contentsOf: summary, encoding: .utf8)), "--format json prints the file")

      let compare = try execute(
        "community-twin",
        ["compare", Self.mmc, Self.mmc, "--replications", "2", "--days", "3", "--drain-days", "0", "--out", "c"],
        in: directory)
      #expect(compare.status == 0, "\(compare.stderr)")
      let started = try #require(
        try Self.provenance(directory.appendingPathComponent("c/comparison.json"))["started"] as? String)
      #expect(started.count == 20 && started.hasSuffix("Z") && started.dropFirst(10).hasPrefix("T"), "\(started)")
    }
  }

  /// The commit the build embedded is the checkout's HEAD (as `git` says, where it is
  /// installed and the package is a repository; `unknown` without one).
  @Test func theEmbeddedCommitIsTheCheckoutsHead() throws {
    let (_, commit) = try Self.build()
    guard FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(".git").path) else {
      #expect(commit == "unknown")
      return
    }
    guard
      let git = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return }
    let head = try execute(at: git, ["-C", packageRoot.path, "rev-parse", "HEAD"])
    #expect(head.status == 0 && commit == head.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "\(commit)")
  }

  @Test func mergeRefusesShardsOfAnotherVersionUnlessAllowed() throws {
    try withTemporaryDirectory { directory in
      let sweep = try SweepCommandTests().writeSweep(to: directory, replications: 1, days: 2)
      for shard in 0..<2 {
        let ran = try execute(
          "community-twin", ["sweep", sweep, "--shard", "\(shard)/2", "--out", "s\(shard)", "--quiet"], in: directory)
        #expect(ran.status == 0, "\(ran.stderr)")
      }
      let (version, _) = try Self.build()
      #expect(
        try Self.provenance(directory.appendingPathComponent("s0/manifest.json"))["version"] as? String == version)
      try Self.pretendOlderVersion(directory.appendingPathComponent("s1/manifest.json"))
      let refused = try execute("community-twin", ["merge", "s0", "s1", "--out", "all"], in: directory)
      #expect(refused.status == 65, "\(refused.stderr)")
      #expect(refused.stderr.contains("s1 holds results of community-twin 0.3.9 (commit "), "\(refused.stderr)")
      #expect(refused.stderr.contains("not of this one, community-twin \(version) (commit "))
      #expect(refused.stderr.contains("--allow-other-version"))
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("all").path))
      let allowed = try execute(
        "community-twin", ["merge", "s0", "s1", "--out", "all", "--allow-other-version"], in: directory)
      #expect(allowed.status == 0, "\(allowed.stderr)")
      let merged = try Self.provenance(directory.appendingPathComponent("all/manifest.json"))
      #expect(merged["version"] as? String == version)
      #expect((merged["command_line"] as? [String])?.contains("merge") == true)
    }
  }

  @Test func sweepResumeRefusesRunsOfAnotherVersionUnlessAllowed() throws {
    try withTemporaryDirectory { directory in
      let sweep = try SweepCommandTests().writeSweep(to: directory, replications: 1, days: 2)
      let ran = try execute("community-twin", ["sweep", sweep, "--out", "s", "--quiet"], in: directory)
      #expect(ran.status == 0, "\(ran.stderr)")
      try Self.pretendOlderVersion(directory.appendingPathComponent("s/manifest.json"))
      let refused = try execute("community-twin", ["sweep", sweep, "--out", "s", "--resume", "--quiet"], in: directory)
      #expect(refused.status == 65, "\(refused.stderr)")
      #expect(refused.stderr.contains("s holds results of community-twin 0.3.9"), "\(refused.stderr)")
      let allowed = try execute(
        "community-twin", ["sweep", sweep, "--out", "s", "--resume", "--allow-other-version", "--quiet"],
        in: directory)
      #expect(allowed.status == 0 && allowed.stdout.contains("Ran 0 runs"), "\(allowed.stdout)\(allowed.stderr)")
    }
  }

  @Test func calibrateResumeRefusesRunsOfAnotherVersionUnlessAllowed() throws {
    try withTemporaryDirectory { directory in
      let (scenario, targets, parameters) = try CalibrateCommandTests.files(in: directory)
      let command = [
        "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "2",
        "--replications", "1", "--rounds", "0", "--out", "cal", "--quiet",
      ]
      let first = try execute("community-twin", command + ["--shard", "0/2"], in: directory)
      #expect(first.status == 0, "\(first.stderr)")
      try Self.pretendOlderVersion(directory.appendingPathComponent("cal/shard-0-of-2/provenance.json"))
      let refused = try execute("community-twin", command + ["--resume"], in: directory)
      #expect(refused.status == 65, "\(refused.stderr)")
      #expect(refused.stderr.contains("shard-0-of-2 holds results of community-twin 0.3.9"), "\(refused.stderr)")
      let allowed = try execute("community-twin", command + ["--resume", "--allow-other-version"], in: directory)
      #expect(allowed.status == 0, "\(allowed.stderr)")
    }
  }
}
