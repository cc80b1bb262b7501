import Foundation
import Testing
import _TwinTestSupport

/// `community-twin init` as a user runs it: the starter file validates and runs as written,
/// names its base and schema by paths relative to itself, takes a Chinese name, and is never
/// written over an existing file (73); a bad name is a usage error (64), a missing base a data
/// error (65).
@Suite struct InitCommandTests {
  private static let scenarios = packageRoot.appendingPathComponent("Scenarios")

  @Test func theStarterValidatesAndRunsAsWritten() throws {
    try withTemporaryDirectory { directory in
      let base = Self.scenarios.appendingPathComponent("baseline.json").path
      let written = try execute(
        "community-twin", ["init", "和平街道", "--base", base, "--out", "mine/和平街道.json"], in: directory)
      #expect(written.status == 0, "\(written.stderr)")
      #expect(written.stderr == "Wrote mine/和平街道.json\n")
      let file = directory.appendingPathComponent("mine/和平街道.json")
      let fields = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
      let folder = file.deletingLastPathComponent()
      for (key, target) in [("base", "baseline.json"), ("$schema", "scenario.schema.json")] {
        let relative = try #require(fields[key] as? String)
        #expect(!relative.hasPrefix("/"), "\(key) is relative to the file")
        let resolved = folder.appendingPathComponent(relative).standardizedFileURL
        #expect(resolved == Self.scenarios.appendingPathComponent(target).standardizedFileURL)
      }
      #expect(fields["name"] as? String == "和平街道")
      // Each object of the starter explains its keys.
      for key in ["comment", "run", "communities", "interventions"] { #expect(fields[key] != nil, "\(key)") }
      #expect((fields["run"] as? [String: Any])?["comment"] is String)

      let validated = try execute("community-twin", ["validate", "mine/和平街道.json"], in: directory)
      #expect(validated.status == 0, "\(validated.stderr)")
      #expect(validated.stdout.contains("levers: staffing from day 0, devolution from day 0"))
      let run = try execute(
        "community-twin",
        ["run", "mine/和平街道.json", "--replications", "1", "--days", "5", "--warmup-days", "0", "--quiet"],
        in: directory)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("results/和平街道").path))
    }
  }

  @Test func anExistingFileIsNeverReplaced() throws {
    try withTemporaryDirectory { directory in
      let base = Self.scenarios.appendingPathComponent("baseline.json").path
      try Data("{}".utf8).write(to: directory.appendingPathComponent("east.json"))
      let refused = try execute("community-twin", ["init", "east", "--base", base], in: directory)
      #expect(refused.status == 73)
      #expect(refused.stderr.contains("east.json exists; init never replaces a file"))
      #expect(try String(contentsOf: directory.appendingPathComponent("east.json"), encoding: .utf8) == "{}")
    }
  }

  @Test func aBadNameIsAUsageErrorAndAMissingBaseADataError() throws {
    try withTemporaryDirectory { directory in
      let badName = try execute("community-twin", ["init", "east/west"], in: directory)
      #expect(badName.status == 64)
      #expect(badName.stderr.contains("'east/west' is not a scenario name"))
      let noBase = try execute("community-twin", ["init", "east"], in: directory)
      #expect(noBase.status == 65)
      #expect(noBase.stderr.contains("no base scenario at Scenarios/baseline.json"))
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("east.json").path))
    }
  }

  /// Run in the repository, the default base is the shipped baseline, named relative to the
  /// new file.
  @Test func theDefaultBaseIsTheShippedBaseline() throws {
    try withTemporaryDirectory { directory in
      let out = directory.appendingPathComponent("east.json").path
      let written = try execute("community-twin", ["init", "east", "--out", out], in: packageRoot)
      #expect(written.status == 0, "\(written.stderr)")
      let fields = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
      let relative = try #require(fields["base"] as? String)
      #expect(
        directory.appendingPathComponent(relative).standardizedFileURL
          == Self.scenarios.appendingPathComponent("baseline.json").standardizedFileURL)
    }
  }
}
