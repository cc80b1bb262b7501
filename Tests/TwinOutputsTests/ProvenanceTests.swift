import Foundation
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// The `provenance` object: written last in `summary.json` and a sweep's manifest, read back
/// whole, absent from files that predate it; a resume by another build is refused.
@Suite struct ProvenanceTests {
  static let provenance = Provenance(
    tool: "community-twin", version: "0.4.0", commit: String(repeating: "ab", count: 20), os: "linux",
    osVersion: "Debian GNU/Linux 12 (bookworm)", architecture: "x86_64", swift: "6.3.1",
    commandLine: ["community-twin", "sweep", "a b.json", "--out", "it's"], started: "2026-12-04T16:00:00Z")

  @Test func theCurrentProvenanceNamesThisBuildAndAFixableStart() {
    let current = Provenance.current(commit: "unknown")
    #expect(current.version == ToolVersion.current && current.commit == "unknown")
    #expect(current.swift.hasPrefix("6.") && !current.commandLine.isEmpty)
    #expect(Provenance.timestamp(Date(timeIntervalSince1970: 1_796_400_000)) == "2026-12-04T16:00:00Z")
    #expect(current.started.count == 20 && current.started.hasSuffix("Z"))
  }

  @Test func summaryJSONEndsWithItAndReadsItBack() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let summary = ExperimentSummary(
      scenarioName: "s", scenarioFile: "s.json", scenarioSHA256: "", seed: 1, replications: 0, days: 1, warmupDays: 0,
      metrics: [])
    let text = SummaryJSON.render(summary, provenance: Self.provenance)
    #expect(text.hasSuffix("    \"started\": \"2026-12-04T16:00:00Z\"\n  }\n}\n"))
    #expect(withoutProvenance(text) == SummaryJSON.render(summary))
    let url = directory.appendingPathComponent("summary.json")
    try Data(text.utf8).write(to: url)
    #expect(try Provenance.read(from: url) == Self.provenance)
    try Data(SummaryJSON.render(summary).utf8).write(to: url)
    #expect(try Provenance.read(from: url) == nil)
    #expect(
      Self.provenance.sentence
        == "community-twin 0.4.0 (commit abababababab) on linux x86_64 (Debian GNU/Linux 12 (bookworm)), Swift 6.3.1; "
        + "started 2026-12-04T16:00:00Z: community-twin sweep 'a b.json' --out 'it'\\''s'")
  }

  @Test func aSweepFolderRecordsItsBuildAndRefusesAnotherOnResume() throws {
    let sweep = try SweepTests.sweep()
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let shard = Shard("0/4")!
    _ = try SweepRunner(sweep: sweep, shard: shard, directory: directory, threads: 1, provenance: Self.provenance)
      .run(resume: false)
    #expect(try SweepManifest.read(from: directory).provenance == Self.provenance)
    var other = Self.provenance
    other.commit = String(repeating: "cd", count: 20)
    #expect(throws: BuildMismatch.self) {
      try SweepRunner(sweep: sweep, shard: shard, directory: directory, threads: 1, provenance: other)
        .run(resume: true)
    }
    let resumed = try SweepRunner(sweep: sweep, shard: shard, directory: directory, threads: 1, provenance: other)
      .run(resume: true, allowOtherBuild: true)
    #expect(resumed.ran == 0)
    // A folder without runs yet is this build's from now on.
    let empty = directory.appendingPathComponent("empty")
    _ = try SweepRunner(sweep: sweep, shard: Shard("1/4")!, directory: empty, threads: 1, provenance: Self.provenance)
      .run(resume: false)
    try Data().write(to: empty.appendingPathComponent("runs.jsonl"))
    _ = try SweepRunner(sweep: sweep, shard: Shard("1/4")!, directory: empty, threads: 1, provenance: other)
      .run(resume: true)
    #expect(try SweepManifest.read(from: empty).provenance == other)
    let mismatch = try #require(BuildMismatch.check(folder: "s", found: nil, current: other))
    #expect(mismatch.description.hasPrefix("s holds results of a build that recorded no version (before provenance)"))
    #expect(BuildMismatch.check(folder: "s", found: other, current: other) == nil)
  }

  /// `provenance.json` (``Provenance/fileText``) reads back whole; `warmup` writes it beside
  /// `warmup.csv`, which stays the same table.
  @Test func warmupWritesProvenanceJSONBesideItsCSV() throws {
    try withTemporaryDirectory { directory in
      try WarmupReport.write([], provenance: Self.provenance, to: directory)
      #expect(WarmupReport.fileNames == ["warmup.csv", "provenance.json"])
      let file = directory.appendingPathComponent(Provenance.fileName)
      #expect(try Provenance.read(from: file) == Self.provenance)
      #expect(Self.provenance.fileText.hasPrefix("{\n  \"provenance\": {\n    \"tool\": \"community-twin\""))
      #expect(
        try String(contentsOf: directory.appendingPathComponent("warmup.csv"), encoding: .utf8)
          == WarmupReport.csv([]))
    }
  }

  /// `sensitivity.json` ends with the provenance, still parses, and is otherwise the file
  /// without it.
  @Test func sensitivityJSONEndsWithIt() throws {
    try withTemporaryDirectory { directory in
      let manifest = SweepManifest(sweep: try SweepTests.sweep(), shard: .all)
      let plain = SensitivityReport.json(manifest: manifest, effects: [], indices: [])
      let text = SensitivityReport.json(manifest: manifest, effects: [], indices: [], provenance: Self.provenance)
      #expect(withoutProvenance(text) == plain && text != plain)
      #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
      try SensitivityReport.write(
        manifest: manifest, effects: [], indices: [], provenance: Self.provenance, to: directory)
      #expect(try Provenance.read(from: directory.appendingPathComponent("sensitivity.json")) == Self.provenance)
    }
  }
}
