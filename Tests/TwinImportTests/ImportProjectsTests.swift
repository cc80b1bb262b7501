import Foundation
import ScenarioFiles
import Testing
import TwinImport
import _TwinTestSupport

/// `projects.csv`, the projects under construction of a warm start: every bad cell at its
/// `file:line:column` with the allowed values, all at once and nothing written; good rows
/// become `initial_state.projects` as the scenario reader reads it, and `export` checks and
/// writes them back.
@Suite struct ImportProjectsTests {
  private static let header = "community,category,days_left,scope_requests\n"
  /// The baseline's need categories with a `project`, in its order.
  private static let projectCategories =
    "elderly_care, childcare, meals, parking_transport, environment_sanitation, repairs_infrastructure, "
    + "culture_leisure"

  @Test func anUnknownOrEmptyCommunityIsReportedAtItsCell() throws {
    let problems = try ImportFixtures.problems([
      "projects.csv": Self.header + "和平理社区,meals,60,\n,meals,60,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "projects.csv:2:1: community = \"和平理社区\": no such community in communities.csv; "
          + "did you mean '和平里社区'? (allowed: \"和平里社区\", \"安定门社区\")",
        "projects.csv:3:1: community = \"\": is empty (allowed: \"和平里社区\", \"安定门社区\")",
      ])
  }

  @Test func aCategoryWithoutAProjectUnknownOrEmptyListsTheCategoriesWithOne() throws {
    let problems = try ImportFixtures.problems([
      "projects.csv": Self.header + "和平里社区,health,60,\n安定门社区,repairs_infrastructur,60,\n和平里社区,,60,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "projects.csv:2:2: category = \"health\": this need category has no project in the base scenario "
          + "(allowed: \(Self.projectCategories))",
        "projects.csv:3:2: category = \"repairs_infrastructur\": no such need category; "
          + "did you mean 'repairs_infrastructure'? (allowed: \(Self.projectCategories))",
        "projects.csv:4:2: category = \"\": is empty (allowed: \(Self.projectCategories))",
      ])
  }

  @Test(arguments: ["0", "-5", "3651", "1e4"])
  func daysLeftOutsideTheRangeSaysTheRange(_ days: String) throws {
    let problems = try ImportFixtures.problems(["projects.csv": Self.header + "和平里社区,meals,\(days),\n"])
    #expect(
      problems.map(\.description) == [
        "projects.csv:2:3: days_left = \"\(days)\": out of range (allowed: 0 < x ≤ 3650)"
      ])
  }

  @Test func daysLeftThatIsNotANumberOrEmptyIsReported() throws {
    let problems = try ImportFixtures.problems([
      "projects.csv": Self.header + "和平里社区,meals,soon,\n安定门社区,meals,,\n和平里社区,meals,3个月,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "projects.csv:2:3: days_left = \"soon\": not a number (allowed: 0 < x ≤ 3650)",
        "projects.csv:3:3: days_left = \"\": is empty (allowed: 0 < x ≤ 3650)",
        "projects.csv:4:3: days_left = \"3个月\": not a number (allowed: 0 < x ≤ 3650)",
      ])
  }

  @Test func aScopeThatIsNotAWholeNumberInRangeIsReported() throws {
    let problems = try ImportFixtures.problems([
      "projects.csv": Self.header + "和平里社区,meals,60,2.5\n安定门社区,meals,60,-1\n"
        + "安定门社区,childcare,60,2147483648\n和平里社区,meals,60,all\n"
    ])
    let allowed = "(allowed: a whole number 0 ... 2147483647)"
    #expect(
      problems.map(\.description) == [
        "projects.csv:2:4: scope_requests = \"2.5\": not a whole number \(allowed)",
        "projects.csv:3:4: scope_requests = \"-1\": out of range \(allowed)",
        "projects.csv:4:4: scope_requests = \"2147483648\": out of range \(allowed)",
        "projects.csv:5:4: scope_requests = \"all\": not a number \(allowed)",
      ])
  }

  @Test func everyBadCellOfARowAndOfTheOtherTablesIsReportedAtOnce() throws {
    let problems = try ImportFixtures.problems([
      "satisfaction.csv": "community,index\n和平里社区,101\n",
      "projects.csv": Self.header + "东四社区,health,0,0.5\n",
    ])
    #expect(
      problems.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0) \($0.columnName ?? "")" } == [
        "satisfaction.csv:2:2 index", "projects.csv:2:1 community", "projects.csv:2:2 category",
        "projects.csv:2:3 days_left", "projects.csv:2:4 scope_requests",
      ])
  }

  @Test func aMisspelledColumnSuggestsTheRightOneAndTheTableIsNotRead() throws {
    let problems = try ImportFixtures.problems([
      "projects.csv": "community,category,day_left,scope_requests\n和平里社区,health,0,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "projects.csv:1: missing column \"days_left\" (allowed: community, category, days_left, scope_requests)",
        "projects.csv:1:3: unknown column \"day_left\"; did you mean 'days_left'? "
          + "(allowed: community, category, days_left, scope_requests)",
      ])
  }

  @Test func goodRowsBecomeInitialStateProjectsInTableOrder() throws {
    try withTemporaryDirectory { directory in
      // Repeated rows are two projects alike; an empty scope is the category's default.
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": ImportFixtures.communities,
          "projects.csv": Self.header + "安定门社区,parking_transport,180,\n和平里社区,repairs_infrastructure,45.5,0\n"
            + "安定门社区,parking_transport,180,\n",
        ], in: directory)
      let output = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: output)
      #expect(
        try String(contentsOf: output, encoding: .utf8).hasSuffix(
          """
            ],
            "initial_state": {
              "projects": [
                {"community": "安定门社区", "category": "parking_transport", "days_left": 180},
                {"community": "和平里社区", "category": "repairs_infrastructure", "days_left": 45.5, "scope_requests": 0},
                {"community": "安定门社区", "category": "parking_transport", "days_left": 180}
              ]
            }
          }

          """))
      let scenario = try ScenarioFile.load(output)
      let projects = scenario.initialState.projects
      let categories = projects.map { scenario.needs[$0.category].id }
      #expect(projects.map(\.community) == [1, 0, 1])
      #expect(categories == ["parking_transport", "repairs_infrastructure", "parking_transport"])
      #expect(projects.map(\.daysLeft) == [180, 45.5, 180])
      #expect(projects.map(\.scope) == [nil, 0, nil])
    }
  }

  @Test func nonCanonicalRowsExportInCanonicalFormAndReimportToTheSameFile() throws {
    try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": ImportFixtures.communities,
          "projects.csv": "\u{FEFF}scope_requests,days_left,community,category\r\n"
            + "20.0, 90.0 ,\"安定门社区\",repairs_infrastructure\r\n,4.5e1,和平里社区,meals\r\n,,,\r\n",
        ], in: directory)
      let first = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: first)
      let tables = directory.appendingPathComponent("exported")
      try DistrictExport.run(scenario: first, output: tables)
      #expect(
        try String(contentsOf: tables.appendingPathComponent("projects.csv"), encoding: .utf8)
          == Self.header + "安定门社区,repairs_infrastructure,90,20\n和平里社区,meals,45,\n")
      let second = directory.appendingPathComponent("again.json")
      _ = try DistrictImport.run(folder: tables, base: ImportFixtures.base, name: "d", output: second)
      #expect(try Data(contentsOf: second) == Data(contentsOf: first))
    }
  }

  @Test func exportReportsBadProjectsAtTheirKeyPathsAndWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let scenario = directory.appendingPathComponent("district.json")
      let json = """
        {"base": "\(ImportFixtures.base.path)", "name": "d", "communities": [
          {"name": "和平里社区", "residents": 8000, "cohort_shares": {"elderly": 1}}
        ], "initial_state": {
          "projects": [
            {"community": "和平里社区", "category": "health", "days_left": 0},
            {"community": "和平理社区", "category": "meal", "days_left": 30, "scope_requests": -1},
            {"community": "和平里社区", "category": "meals", "days_left": 30, "scope": 5}
          ]
        }}
        """
      try Data(json.utf8).write(to: scenario)
      let tables = directory.appendingPathComponent("tables")
      let error = #expect(throws: ScenarioFileError.self) { try DistrictExport.run(scenario: scenario, output: tables) }
      #expect(
        error?.problems.map(\.keyPath) == [
          "initial_state.projects[0].category", "initial_state.projects[0].days_left",
          "initial_state.projects[1].community", "initial_state.projects[1].category",
          "initial_state.projects[1].scope_requests", "initial_state.projects[2].scope",
        ])
      #expect(error?.problems[0].message == "this need category has no project in the base scenario")
      #expect(error?.problems[0].allowed == Self.projectCategories)
      #expect(error?.problems[1].allowed == "0 < x ≤ 3650")
      #expect(error?.problems[3].message == "no such need category; did you mean 'meals'?")
      #expect(!FileManager.default.fileExists(atPath: tables.path))
    }
  }
}
