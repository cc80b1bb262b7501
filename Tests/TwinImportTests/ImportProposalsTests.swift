import Foundation
import ScenarioFiles
import Testing
import TwinImport
import _TwinTestSupport

/// `proposals.csv`, the projects awaiting approval of a warm start: every bad cell at its
/// `file:line:column` with the allowed values, all at once and nothing written; good rows
/// become `initial_state.proposals` as the scenario reader reads it, and `export` checks and
/// writes them back.
@Suite struct ImportProposalsTests {
  private static let header = "community,category,cost_cny,waited_days,levels_left,scope_requests\n"
  /// The baseline's need categories with a `project`, in its order.
  private static let projectCategories =
    "elderly_care, childcare, meals, parking_transport, environment_sanitation, repairs_infrastructure, "
    + "culture_leisure"

  @Test func anUnknownCommunityOrACategoryWithoutAProjectIsReportedAtItsCell() throws {
    let problems = try ImportFixtures.problems([
      "proposals.csv": Self.header + "和平理社区,meals,1000,10,2,\n和平里社区,health,1000,10,2,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "proposals.csv:2:1: community = \"和平理社区\": no such community in communities.csv; "
          + "did you mean '和平里社区'? (allowed: \"和平里社区\", \"安定门社区\")",
        "proposals.csv:3:2: category = \"health\": this need category has no project in the base scenario "
          + "(allowed: \(Self.projectCategories))",
      ])
  }

  @Test(arguments: ["0", "-5", "1e13", "cheap", ""])
  func aCostOutsideTheRangeOrNotANumberSaysTheRange(_ cost: String) throws {
    let problems = try ImportFixtures.problems(["proposals.csv": Self.header + "和平里社区,meals,\(cost),10,2,\n"])
    let what =
      cost.isEmpty ? "is empty" : Double(cost) == nil ? "not a number" : "out of range"
    #expect(
      problems.map(\.description) == ["proposals.csv:2:3: cost_cny = \"\(cost)\": \(what) (allowed: 0 < x ≤ 1e12)"])
  }

  @Test func waitedDaysAndLevelsLeftOutsideTheirRangesAreReported() throws {
    let problems = try ImportFixtures.problems([
      "proposals.csv": Self.header + "和平里社区,meals,1000,-1,0,\n安定门社区,meals,1000,3651,21,\n"
        + "和平里社区,meals,1000,a week,2.5,\n和平里社区,meals,1000,,,\n"
    ])
    let days = "(allowed: 0 ... 3650)"
    let levels = "(allowed: a whole number 1 ... 20)"
    #expect(
      problems.map(\.description) == [
        "proposals.csv:2:4: waited_days = \"-1\": out of range \(days)",
        "proposals.csv:2:5: levels_left = \"0\": out of range \(levels)",
        "proposals.csv:3:4: waited_days = \"3651\": out of range \(days)",
        "proposals.csv:3:5: levels_left = \"21\": out of range \(levels)",
        "proposals.csv:4:4: waited_days = \"a week\": not a number \(days)",
        "proposals.csv:4:5: levels_left = \"2.5\": not a whole number \(levels)",
        "proposals.csv:5:4: waited_days = \"\": is empty \(days)",
        "proposals.csv:5:5: levels_left = \"\": is empty \(levels)",
      ])
  }

  @Test func aScopeThatIsNotAWholeNumberInRangeIsReported() throws {
    let problems = try ImportFixtures.problems([
      "proposals.csv": Self.header + "和平里社区,meals,1000,10,2,-1\n和平里社区,meals,1000,10,2,some\n"
    ])
    let allowed = "(allowed: a whole number 0 ... 2147483647)"
    #expect(
      problems.map(\.description) == [
        "proposals.csv:2:6: scope_requests = \"-1\": out of range \(allowed)",
        "proposals.csv:3:6: scope_requests = \"some\": not a number \(allowed)",
      ])
  }

  @Test func aMisspelledColumnSuggestsTheRightOne() throws {
    let problems = try ImportFixtures.problems([
      "proposals.csv": "community,category,cost_cny,waited_days,level_left,scope_requests\n和平里社区,meals,1000,10,2,\n"
    ])
    let allowed = "(allowed: community, category, cost_cny, waited_days, levels_left, scope_requests)"
    #expect(
      problems.map(\.description) == [
        "proposals.csv:1: missing column \"levels_left\" \(allowed)",
        "proposals.csv:1:5: unknown column \"level_left\"; did you mean 'levels_left'? \(allowed)",
      ])
  }

  @Test func goodRowsBecomeInitialStateProposalsAndExportWritesThemBack() throws {
    try withTemporaryDirectory { directory in
      let table = Self.header + "安定门社区,parking_transport,450000,30,3,\n和平里社区,meals,1500.5,0,1,12\n"
      let folder = try ImportFixtures.tables(
        ["communities.csv": ImportFixtures.communities, "proposals.csv": table], in: directory)
      let output = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: output)
      #expect(
        try String(contentsOf: output, encoding: .utf8).hasSuffix(
          """
            "initial_state": {
              "proposals": [
                {"community": "安定门社区", "category": "parking_transport", "cost_cny": 450000, "waited_days": 30, "levels_left": 3},
                {"community": "和平里社区", "category": "meals", "cost_cny": 1500.5, "waited_days": 0, "levels_left": 1, "scope_requests": 12}
              ]
            }
          }

          """))
      let scenario = try ScenarioFile.load(output)
      let proposals = scenario.initialState.proposals
      #expect(proposals.map(\.community) == [1, 0])
      #expect(proposals.map { scenario.needs[$0.category].id } == ["parking_transport", "meals"])
      #expect(proposals.map(\.costCNY) == [450_000, 1_500.5])
      #expect(proposals.map(\.levelsLeft) == [3, 1])
      #expect(proposals.map(\.scope) == [nil, 12])
      let tables = directory.appendingPathComponent("exported")
      try DistrictExport.run(scenario: output, output: tables)
      #expect(try String(contentsOf: tables.appendingPathComponent("proposals.csv"), encoding: .utf8) == table)
    }
  }

  @Test func exportReportsBadProposalsAtTheirKeyPathsAndWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let scenario = directory.appendingPathComponent("district.json")
      let json = """
        {"base": "\(ImportFixtures.base.path)", "name": "d", "communities": [
          {"name": "和平里社区", "residents": 8000, "cohort_shares": {"elderly": 1}}
        ], "initial_state": {
          "proposals": [
            {"community": "和平里社区", "category": "health", "cost_cny": 0, "waited_days": 10, "levels_left": 2},
            {"community": "和平里社区", "category": "meals", "cost_cny": 10, "waited_days": -1, "levels_left": 30},
            {"community": "和平里社区", "category": "meals", "cost_cny": 10, "waited_days": 1, "levels_left": 2,
             "levels": 5}
          ]
        }}
        """
      try Data(json.utf8).write(to: scenario)
      let tables = directory.appendingPathComponent("tables")
      let error = #expect(throws: ScenarioFileError.self) { try DistrictExport.run(scenario: scenario, output: tables) }
      #expect(
        error?.problems.map(\.keyPath) == [
          "initial_state.proposals[0].category", "initial_state.proposals[0].cost_cny",
          "initial_state.proposals[1].waited_days", "initial_state.proposals[1].levels_left",
          "initial_state.proposals[2].levels",
        ])
      #expect(error?.problems[1].allowed == "0 < x ≤ 1e12")
      #expect(error?.problems[3].allowed == "a whole number 1 ... 20")
      #expect(!FileManager.default.fileExists(atPath: tables.path))
    }
  }
}
