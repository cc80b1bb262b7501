import Foundation
import ScenarioFiles
import Testing
import TwinImport
import _TwinTestSupport

/// `recent_hires.csv`, the filled posts held by staff still ramping up at a warm start:
/// every bad cell at its `file:line:column`, at most a community's filled posts of a role (its
/// posts less its vacancies), written as `initial_state.recent_hires` and back.
@Suite struct ImportRecentHiresTests {
  private static let header = "community,role,posts,tenure_days\n"
  private static let roles = "community_worker, grid_worker, volunteer, security_guard"

  @Test func everyBadCellIsReportedWithWhatIsAllowed() throws {
    let problems = try ImportFixtures.problems([
      "recent_hires.csv": Self.header + "和平理社区,community_workr,2.5,\n安定门社区,grid_worker,,-1\n"
        + "安定门社区,grid_worker,1,3651\n和平里社区,community_worker,1,a month\n"
    ])
    #expect(
      problems.map(\.description) == [
        "recent_hires.csv:2:1: community = \"和平理社区\": no such community in communities.csv; "
          + "did you mean '和平里社区'? (allowed: \"和平里社区\", \"安定门社区\")",
        "recent_hires.csv:2:2: role = \"community_workr\": no such role; did you mean 'community_worker'? "
          + "(allowed: \(Self.roles))",
        "recent_hires.csv:2:3: posts = \"2.5\": not a whole number (allowed: a whole number 0 ... 1000000)",
        "recent_hires.csv:2:4: tenure_days = \"\": is empty (allowed: 0 ... 3650)",
        "recent_hires.csv:3:3: posts = \"\": is empty (allowed: a whole number 0 ... 1000000)",
        "recent_hires.csv:3:4: tenure_days = \"-1\": out of range (allowed: 0 ... 3650)",
        "recent_hires.csv:4:4: tenure_days = \"3651\": out of range (allowed: 0 ... 3650)",
        "recent_hires.csv:5:4: tenure_days = \"a month\": not a number (allowed: 0 ... 3650)",
      ])
  }

  /// 40 community workers stated, 3 vacant: recent hires may hold 37, the rows together; 12
  /// grid workers by the base's per_1000 for 12,000 residents.
  @Test func recentHiresAboveACommunitysFilledPostsAreReportedAtTheCell() throws {
    let problems = try ImportFixtures.problems([
      "staff.csv": "community,role,posts,pay_ratio\n和平里社区,community_worker,40,\n",
      "vacancies.csv": "community,role,posts\n和平里社区,community_worker,3\n",
      "recent_hires.csv": Self.header + "和平里社区,community_worker,30,10\n和平里社区,community_worker,8,20\n"
        + "和平里社区,community_worker,7,20\n安定门社区,grid_worker,13,5\n",
    ])
    #expect(
      problems.map(\.description) == [
        "recent_hires.csv:3:3: posts = \"8\": more than the 7 filled posts of community_worker in 和平里社区 left "
          + "(its posts in staff.csv or the base's per_1000, less vacancies.csv and earlier rows) "
          + "(allowed: a whole number 0 ... 7)",
        "recent_hires.csv:5:3: posts = \"13\": more than the 12 filled posts of grid_worker in 安定门社区 left "
          + "(its posts in staff.csv or the base's per_1000, less vacancies.csv and earlier rows) "
          + "(allowed: a whole number 0 ... 12)",
      ])
  }

  @Test func aMisspelledColumnSuggestsTheRightOne() throws {
    let problems = try ImportFixtures.problems([
      "recent_hires.csv": "community,role,posts,tenure_day\n和平里社区,community_worker,3,10\n"
    ])
    #expect(
      problems.map(\.description) == [
        "recent_hires.csv:1: missing column \"tenure_days\" (allowed: community, role, posts, tenure_days)",
        "recent_hires.csv:1:4: unknown column \"tenure_day\"; did you mean 'tenure_days'? "
          + "(allowed: community, role, posts, tenure_days)",
      ])
  }

  /// Rows may repeat (hires of different tenure) and stay in order; the scenario file has
  /// them as `initial_state.recent_hires`, the scenario reads them, and export writes them
  /// back in canonical form, whose import gives the same file.
  @Test func goodRowsBecomeInitialStateRecentHiresAndComeBack() throws {
    try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": ImportFixtures.communities,
          "recent_hires.csv": "\u{FEFF}tenure_days,posts,role,community\r\n10.0,2,community_worker,安定门社区\r\n"
            + " 60.5 ,1.0,community_worker,安定门社区\r\n0,3,grid_worker,和平里社区\r\n",
        ], in: directory)
      let first = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: first)
      #expect(
        try String(contentsOf: first, encoding: .utf8).hasSuffix(
          """
            ],
            "initial_state": {
              "recent_hires": [
                {"community": "安定门社区", "role": "community_worker", "posts": 2, "tenure_days": 10},
                {"community": "安定门社区", "role": "community_worker", "posts": 1, "tenure_days": 60.5},
                {"community": "和平里社区", "role": "grid_worker", "posts": 3, "tenure_days": 0}
              ]
            }
          }

          """))
      let scenario = try ScenarioFile.load(first)
      let hires = scenario.initialState.recentHires
      #expect(hires.map(\.community) == [1, 1, 0])
      #expect(hires.map { scenario.roles[$0.role].id } == ["community_worker", "community_worker", "grid_worker"])
      #expect(hires.map(\.posts) == [2, 1, 3] && hires.map(\.tenureDays) == [10, 60.5, 0])
      let tables = directory.appendingPathComponent("exported")
      try DistrictExport.run(scenario: first, output: tables)
      #expect(
        try String(contentsOf: tables.appendingPathComponent("recent_hires.csv"), encoding: .utf8)
          == Self.header + "安定门社区,community_worker,2,10\n安定门社区,community_worker,1,60.5\n"
          + "和平里社区,grid_worker,3,0\n")
      let second = directory.appendingPathComponent("again.json")
      _ = try DistrictImport.run(folder: tables, base: ImportFixtures.base, name: "d", output: second)
      #expect(try Data(contentsOf: second) == Data(contentsOf: first))
    }
  }

  @Test func exportReportsBadRecentHiresAtTheirKeyPathsAndWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let scenario = directory.appendingPathComponent("district.json")
      let json = """
        {"base": "\(ImportFixtures.base.path)", "name": "d", "communities": [
          {"name": "和平里社区", "residents": 8000, "cohort_shares": {"elderly": 1}, "staff": {"community_worker": 10}}
        ], "initial_state": {
          "vacancies": [{"community": "和平里社区", "role": "community_worker", "posts": 4}],
          "recent_hires": [
            {"community": "和平里社区", "role": "community_worker", "posts": 5, "tenure_days": 30},
            {"community": "和平里社区", "role": "community_workr", "posts": 1, "tenure_days": -1, "tenure": 3},
            {"community": "和平里社区", "role": "community_worker", "posts": 2, "tenure_days": 30}
          ]
        }}
        """
      try Data(json.utf8).write(to: scenario)
      let tables = directory.appendingPathComponent("tables")
      let error = #expect(throws: ScenarioFileError.self) { try DistrictExport.run(scenario: scenario, output: tables) }
      #expect(
        error?.problems.map(\.keyPath) == [
          "initial_state.recent_hires[1].role", "initial_state.recent_hires[1].tenure_days",
          "initial_state.recent_hires[1].tenure", "initial_state.recent_hires[2].posts",
        ])
      #expect(error?.problems[0].message == "no such role; did you mean 'community_worker'?")
      #expect(error?.problems[1].allowed == "0 ... 3650")
      #expect(error?.problems[3].allowed == "0 ... 1")
      #expect(!FileManager.default.fileExists(atPath: tables.path))
    }
  }
}
