import Foundation
import Testing
import _TwinTestSupport

/// `community-twin import` and `export` as a user runs them: a district named in Chinese from
/// its folder's name through to `run`'s output folder, problems on stderr with exit 65 and
/// nothing written, and the example's round trip through the binary.
@Suite struct ImportCommandTests {
  private static let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path

  @Test func aDistrictNamedInChineseImportsAndRunsIntoAFolderOfItsName() throws {
    try withTemporaryDirectory { directory in
      let folder = directory.appendingPathComponent("和平街道 (2026)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(
        "name,residents,elderly,adults,families,youth\n和平里社区,600,0.38,0.3,0.12,0.2\n东四社区,400,0.3,0.35,0.15,0.2\n"
          .utf8
      ).write(to: folder.appendingPathComponent("communities.csv"))

      let imported = try execute(
        "community-twin", ["import", folder.lastPathComponent, "--base", Self.baseline], in: directory)
      #expect(imported.status == 0, "\(imported.stderr)")
      #expect(imported.stdout == "和平街道-2026: 2 communities\n")
      #expect(imported.stderr == "Wrote 和平街道-2026.json\n")

      let run = try execute(
        "community-twin",
        ["run", "和平街道-2026.json", "--replications", "1", "--days", "5", "--warmup-days", "0", "--quiet"],
        in: directory)
      #expect(run.status == 0, "\(run.stderr)")
      let summary = directory.appendingPathComponent("results/和平街道-2026/summary.json")
      #expect(FileManager.default.fileExists(atPath: summary.path))
    }
  }

  @Test func badTablesListEveryProblemExitWith65AndWriteNothing() throws {
    try withTemporaryDirectory { directory in
      let folder = directory.appendingPathComponent("tables")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data("name,residents,elderly,adults,families,youth\n和平里社区,8k,0.38,0.3,0.12,0.2\n".utf8)
        .write(to: folder.appendingPathComponent("communities.csv"))
      try Data("community,role,posts,pay_ratio\n和平里社区,grid_workr,3,\n".utf8).write(
        to: folder.appendingPathComponent("staff.csv"))
      let output = directory.appendingPathComponent("district.json")
      let result = try execute(
        "community-twin", ["import", folder.path, "--base", Self.baseline, "--out", output.path])
      #expect(result.status == 65)
      #expect(result.stdout.isEmpty)
      #expect(
        result.stderr == """
          community-twin: error: \(folder.path): 2 problems:
            communities.csv:2:2: residents = "8k": not a number (allowed: a whole number 1 ... 10000000)
            staff.csv:2:2: role = "grid_workr": no such role; did you mean 'grid_worker'? \
          (allowed: community_worker, grid_worker, volunteer, security_guard)

          """)
      #expect(!FileManager.default.fileExists(atPath: output.path))
    }
  }

  @Test func theExampleExportsBackToItsOwnTables() throws {
    try withTemporaryDirectory { directory in
      let example = packageRoot.appendingPathComponent("Scenarios/import/example")
      let scenario = directory.appendingPathComponent("example.json")
      let imported = try execute(
        "community-twin", ["import", example.path, "--base", Self.baseline, "--out", scenario.path])
      #expect(imported.status == 0, "\(imported.stderr)")
      let tables = directory.appendingPathComponent("tables")
      let exported = try execute("community-twin", ["export", scenario.path, "--out", tables.path])
      #expect(exported.status == 0, "\(exported.stderr)")
      #expect(
        exported.stderr
          == "Wrote \(tables.path)/communities.csv, staff.csv, facilities.csv, funds.csv, open_cases.csv, vacancies.csv, "
          + "recent_hires.csv, satisfaction.csv, projects.csv, proposals.csv, occupancy.csv\n"
      )
      for name in [
        "communities.csv", "staff.csv", "facilities.csv", "funds.csv", "open_cases.csv", "vacancies.csv",
        "recent_hires.csv", "satisfaction.csv", "projects.csv", "proposals.csv", "occupancy.csv",
      ] {
        #expect(
          try Data(contentsOf: tables.appendingPathComponent(name))
            == Data(contentsOf: example.appendingPathComponent(name)), "\(name)")
      }
    }
  }

  @Test func theImportedExampleStartsWithItsOpenCasesAndFinishesItsProjectsOnTime() throws {
    try withTemporaryDirectory { directory in
      let example = packageRoot.appendingPathComponent("Scenarios/import/example")
      func rows(_ table: String) throws -> [[Substring]] {
        try String(contentsOf: example.appendingPathComponent(table), encoding: .utf8).split(separator: "\n")
          .dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
      }
      // The count column is the last; an empty count is 1 case.
      let expected = try rows("open_cases.csv").reduce(0) { $0 + (Int($1.last ?? "") ?? 1) }
      // Days left is the third column; a run of 46 days sees the projects due by then complete, and plans
      // none of its own (the baseline's planning cycle is a year): the proposals awaiting approval are not
      // proposed in the run.
      let days = 46.0
      let due = try rows("projects.csv").filter { Double($0[2]).map { $0 <= days } ?? false }.count
      let imported = try execute(
        "community-twin", ["import", example.path, "--base", Self.baseline, "--out", "example.json"], in: directory)
      #expect(imported.status == 0, "\(imported.stderr)")
      let run = try execute(
        "community-twin",
        [
          "run", "example.json", "--replications", "1", "--days", String(Int(days)), "--warmup-days", "0",
          "--drain-days", "0", "--quiet",
        ],
        in: directory)
      #expect(run.status == 0, "\(run.stderr)")
      let summary = try JSONSerialization.jsonObject(
        with: Data(contentsOf: directory.appendingPathComponent("results/example/summary.json")))
      let metrics = try #require((summary as? [String: Any])?["metrics"] as? [[String: Any]])
      func mean(_ name: String) -> Double? { metrics.first { $0["name"] as? String == name }?["mean"] as? Double }
      #expect(expected == 106)
      #expect(mean("warm_start.open_cases") == Double(expected))
      #expect(due == 1)
      #expect(mean("projects.proposed") == 0)
      #expect(mean("projects.completed") == Double(due))
    }
  }
}
