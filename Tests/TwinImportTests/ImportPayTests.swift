import Foundation
import ScenarioFiles
import Testing
import TwinImport
import _TwinTestSupport

/// `staff.csv`'s `pay_ratio` column, a community's own pay ratio of a role: every bad cell at
/// its `file:line:column`, written into the scenario file beside the posts as
/// `{"posts", "pay_ratio"}`, and back.
@Suite struct ImportPayTests {
  private static let header = "community,role,posts,pay_ratio\n"

  @Test func aPayRatioOutOfRangeOrNotANumberSaysTheRange() throws {
    let problems = try ImportFixtures.problems([
      "staff.csv": Self.header + "和平里社区,community_worker,40,-0.1\n和平里社区,grid_worker,8,10.5\n"
        + "安定门社区,community_worker,50,70%\n安定门社区,grid_workr,12,x\n"
    ])
    #expect(
      problems.map(\.description) == [
        "staff.csv:2:4: pay_ratio = \"-0.1\": out of range (allowed: 0 ... 10)",
        "staff.csv:3:4: pay_ratio = \"10.5\": out of range (allowed: 0 ... 10)",
        "staff.csv:4:4: pay_ratio = \"70%\": not a number (allowed: 0 ... 10)",
        "staff.csv:5:2: role = \"grid_workr\": no such role; did you mean 'grid_worker'? "
          + "(allowed: community_worker, grid_worker, volunteer, security_guard)",
        "staff.csv:5:4: pay_ratio = \"x\": not a number (allowed: 0 ... 10)",
      ])
  }

  /// A stated pay ratio is written beside the role's posts, a role without one as its posts
  /// alone; the scenario pays it; export writes the table back in canonical form, and its
  /// import gives the same file.
  @Test func aStatedPayIsWrittenBesideThePostsAndComesBack() throws {
    try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": ImportFixtures.communities,
          "staff.csv": "role,pay_ratio,community,posts\n grid_worker ,,和平里社区,8\ncommunity_worker,0.750,和平里社区,40\n",
        ], in: directory)
      let first = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: first)
      #expect(
        try String(contentsOf: first, encoding: .utf8).contains(
          "\"staff\": {\"community_worker\": {\"posts\": 40, \"pay_ratio\": 0.75}, \"grid_worker\": 8}"))
      let scenario = try ScenarioFile.load(first)
      let worker = try #require(scenario.roles.firstIndex { $0.id == "community_worker" })
      let grid = try #require(scenario.roles.firstIndex { $0.id == "grid_worker" })
      #expect(scenario.payRatio(ofRole: worker, in: scenario.communities[0]) == 0.75)
      #expect(scenario.payRatio(ofRole: grid, in: scenario.communities[0]) == scenario.roles[grid].payRatio)
      #expect(scenario.payRatio(ofRole: worker, in: scenario.communities[1]) == scenario.roles[worker].payRatio)
      let tables = directory.appendingPathComponent("exported")
      try DistrictExport.run(scenario: first, output: tables)
      #expect(
        try String(contentsOf: tables.appendingPathComponent("staff.csv"), encoding: .utf8)
          == Self.header + "和平里社区,community_worker,40,0.75\n和平里社区,grid_worker,8,\n")
      let second = directory.appendingPathComponent("again.json")
      _ = try DistrictImport.run(folder: tables, base: ImportFixtures.base, name: "d", output: second)
      #expect(try Data(contentsOf: second) == Data(contentsOf: first))
    }
  }

  @Test func exportReportsABadStaffStatementAtItsKeyPathAndWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let scenario = directory.appendingPathComponent("district.json")
      let json = """
        {"base": "\(ImportFixtures.base.path)", "name": "d", "communities": [
          {"name": "和平里社区", "residents": 8000, "cohort_shares": {"elderly": 1},
           "staff": {"community_worker": {"post": 40, "pay_ratio": 0.7}, "grid_worker": {"posts": 8, "pay_ratio": 11}}}
        ]}
        """
      try Data(json.utf8).write(to: scenario)
      let tables = directory.appendingPathComponent("tables")
      let error = #expect(throws: ScenarioFileError.self) { try DistrictExport.run(scenario: scenario, output: tables) }
      #expect(
        error?.problems.map(\.keyPath) == [
          "communities[0].staff.community_worker.posts", "communities[0].staff.community_worker.post",
          "communities[0].staff.grid_worker.pay_ratio",
        ])
      #expect(error?.problems[1].message == "unknown key 'post'; did you mean 'posts'?")
      #expect(error?.problems[2].allowed == "0 ... 10")
      #expect(!FileManager.default.fileExists(atPath: tables.path))
    }
  }

  /// A `staff.csv` from before the `pay_ratio` column (three columns) still imports: every
  /// role is paid the base's ratio.
  @Test func aStaffTableWithoutThePayColumnStillImports() throws {
    try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": ImportFixtures.communities,
          "staff.csv": "community,role,posts\n和平里社区,community_worker,40\n",
        ], in: directory)
      let output = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: output)
      let scenario = try ScenarioFile.load(output)
      let worker = try #require(scenario.roles.firstIndex { $0.id == "community_worker" })
      #expect(scenario.posts(ofRole: worker, in: scenario.communities[0]) == 40)
      #expect(scenario.payRatio(ofRole: worker, in: scenario.communities[0]) == scenario.roles[worker].payRatio)
    }
  }
}
