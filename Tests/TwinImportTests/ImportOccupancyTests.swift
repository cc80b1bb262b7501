import Foundation
import ScenarioFiles
import Testing
import TwinImport
import _TwinTestSupport

/// `occupancy.csv`, the places taken at the start of a warm start's round-the-clock
/// facilities: every bad cell at its `file:line:column` with the allowed values, all at once
/// and nothing written; good rows become `initial_state.occupancy`, and `export` checks and
/// writes them back.
@Suite struct ImportOccupancyTests {
  private static let header = "community,facility,occupied\n"

  @Test func anUnknownFacilityOrCommunityIsReportedAtItsCell() throws {
    let problems = try ImportFixtures.problems([
      "occupancy.csv": Self.header + "和平里社区,chidcare,3\n和平理社区,childcare,3\n"
    ])
    #expect(
      problems.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0) \($0.columnName ?? "")" } == [
        "occupancy.csv:2:2 facility", "occupancy.csv:3:1 community",
      ])
    #expect(problems.first?.description.contains("did you mean 'childcare'?") == true)
  }

  @Test func aFacilityThatClosesAtNightIsReported() throws {
    let problems = try ImportFixtures.problems([
      "facilities.csv": "community,facility,places,opens_hour,closes_hour\n安定门社区,childcare,,7,24\n",
      "occupancy.csv": Self.header + "和平里社区,canteen,3\n安定门社区,childcare,3\n和平里社区,childcare,3\n",
    ])
    #expect(
      problems.map(\.description) == [
        "occupancy.csv:2:2: facility = \"canteen\": canteen closes at night in 和平里社区 (facilities.csv or the base's "
          + "hours): only a facility open round the clock has occupants when the run starts "
          + "(allowed: a facility open 0-24 every day)",
        "occupancy.csv:3:2: facility = \"childcare\": childcare closes at night in 安定门社区 (facilities.csv or the "
          + "base's hours): only a facility open round the clock has occupants when the run starts "
          + "(allowed: a facility open 0-24 every day)",
      ])
  }

  @Test func occupiedOutsideTheRangeOrNotAWholeNumberIsReported() throws {
    let problems = try ImportFixtures.problems([
      "facilities.csv": "community,facility,places,opens_hour,closes_hour\n安定门社区,childcare,60,,\n",
      "occupancy.csv": Self.header + "安定门社区,childcare,61\n和平里社区,childcare,-1\n和平里社区,parking,half\n"
        + "安定门社区,parking,\n",
    ])
    #expect(
      problems.map(\.description) == [
        "occupancy.csv:2:3: occupied = \"61\": more than the 60 places of childcare in 安定门社区 (facilities.csv or "
          + "the base's capacity_per_1000) (allowed: a whole number 0 ... 60)",
        "occupancy.csv:3:3: occupied = \"-1\": out of range (allowed: a whole number 0 ... 10000000)",
        "occupancy.csv:4:3: occupied = \"half\": not a number (allowed: a whole number 0 ... 10000000)",
        "occupancy.csv:5:3: occupied = \"\": is empty (allowed: a whole number 0 ... 10000000)",
      ])
  }

  @Test func aSecondRowForAFacilityIsReported() throws {
    let problems = try ImportFixtures.problems([
      "occupancy.csv": Self.header + "和平里社区,parking,3\n和平里社区,parking,4\n"
    ])
    #expect(
      problems.map(\.description) == [
        "occupancy.csv:3:2: facility = \"parking\": a second row for 和平里社区 and parking (the first is line 2) "
          + "(allowed: one row per community and facility)"
      ])
  }

  @Test func goodRowsBecomeInitialStateOccupancyAndExportWritesThemBack() throws {
    try withTemporaryDirectory { directory in
      let table = Self.header + "安定门社区,parking,210\n和平里社区,childcare,0\n"
      let folder = try ImportFixtures.tables(
        ["communities.csv": ImportFixtures.communities, "occupancy.csv": table], in: directory)
      let output = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "d", output: output)
      #expect(
        try String(contentsOf: output, encoding: .utf8).hasSuffix(
          """
            "initial_state": {
              "occupancy": [
                {"community": "安定门社区", "facility": "parking", "occupied": 210},
                {"community": "和平里社区", "facility": "childcare", "occupied": 0}
              ]
            }
          }

          """))
      let scenario = try ScenarioFile.load(output)
      let parking = try #require(scenario.facilities.firstIndex { $0.id == "parking" })
      let childcare = try #require(scenario.facilities.firstIndex { $0.id == "childcare" })
      #expect(
        scenario.initialState.occupancy == [
          .init(community: 1, facility: parking, occupied: 210), .init(community: 0, facility: childcare, occupied: 0),
        ])
      let tables = directory.appendingPathComponent("exported")
      try DistrictExport.run(scenario: output, output: tables)
      #expect(try String(contentsOf: tables.appendingPathComponent("occupancy.csv"), encoding: .utf8) == table)
    }
  }

  @Test func exportReportsBadOccupancyAtItsKeyPathsAndWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let scenario = directory.appendingPathComponent("district.json")
      let json = """
        {"base": "\(ImportFixtures.base.path)", "name": "d", "communities": [
          {"name": "和平里社区", "residents": 8000, "cohort_shares": {"elderly": 1},
           "facilities": {"childcare": {"places": 10}}}
        ], "initial_state": {
          "occupancy": [
            {"community": "和平里社区", "facility": "childcare", "occupied": 11},
            {"community": "和平里社区", "facility": "canteen", "occupied": 1},
            {"community": "和平里社区", "facility": "childcare", "occupied": 2},
            {"community": "和平里社区", "facility": "parkin", "occupied": 2}
          ]
        }}
        """
      try Data(json.utf8).write(to: scenario)
      let tables = directory.appendingPathComponent("tables")
      let error = #expect(throws: ScenarioFileError.self) { try DistrictExport.run(scenario: scenario, output: tables) }
      #expect(
        error?.problems.map(\.keyPath) == [
          "initial_state.occupancy[0].occupied", "initial_state.occupancy[1].facility",
          "initial_state.occupancy[2].facility", "initial_state.occupancy[3].facility",
        ])
      #expect(error?.problems[0].allowed == "0 ... 10")
      #expect(error?.problems[3].message == "no such facility; did you mean 'parking'?")
      #expect(!FileManager.default.fileExists(atPath: tables.path))
    }
  }
}
