import Foundation
import ScenarioFiles
import Testing
import TwinImport
import _TwinTestSupport

/// `import` then `export` gives the example tables back byte for byte, and importing what
/// `export` wrote gives the same scenario file.
@Suite struct ImportRoundTripTests {
  private static let tableNames = [
    "communities.csv", "staff.csv", "facilities.csv", "funds.csv", "open_cases.csv", "vacancies.csv",
    "recent_hires.csv", "satisfaction.csv", "projects.csv", "proposals.csv", "occupancy.csv",
  ]

  private static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

  @Test func theExampleComesBackByteForByteAndReimportsToTheSameFile() throws {
    try withTemporaryDirectory { directory in
      let first = directory.appendingPathComponent("district.json")
      let written = try DistrictImport.run(
        folder: ImportFixtures.example, base: ImportFixtures.base, name: "和平街道", output: first)
      #expect(written.communities == 6 && written.name == "和平街道")

      let tables = directory.appendingPathComponent("tables")
      let files = try DistrictExport.run(scenario: first, output: tables)
      #expect(files.map(\.lastPathComponent) == Self.tableNames)
      for name in Self.tableNames {
        #expect(
          try Self.bytes(tables.appendingPathComponent(name))
            == Self.bytes(ImportFixtures.example.appendingPathComponent(name)), "\(name)")
      }

      let second = directory.appendingPathComponent("again.json")
      _ = try DistrictImport.run(folder: tables, base: ImportFixtures.base, name: "和平街道", output: second)
      #expect(try Self.bytes(second) == Self.bytes(first))
    }
  }

  @Test func theImportedFileStatesWhatTheTablesSayInTheBaseOrder() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: ImportFixtures.example, base: ImportFixtures.base, name: nil, output: output)
      let text = try String(contentsOf: output, encoding: .utf8)
      let top = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let base = try #require(top["base"] as? String)
      #expect(!base.hasPrefix("/"))
      #expect(directory.appendingPathComponent(base).standardizedFileURL == ImportFixtures.base.standardizedFileURL)
      // The JSON Schema beside the base, as the presets and init name it, first.
      let schema = try #require(top["$schema"] as? String)
      #expect(text.hasPrefix("{\n  \"$schema\": "))
      #expect(
        directory.appendingPathComponent(schema).standardizedFileURL
          == ImportFixtures.base.deletingLastPathComponent().appendingPathComponent("scenario.schema.json")
          .standardizedFileURL)
      #expect(top["name"] as? String == "example")
      #expect(
        text.contains(
          """
              {
                "name": "和平里社区",
                "residents": 8000,
                "cohort_shares": {"elderly": 0.38, "adults": 0.3, "families": 0.12, "youth": 0.2},
                "staff": {"community_worker": 40, "grid_worker": 8},
                "facilities": {"elderly_station": {"places": 40}, "canteen": {"places": 60, "opens_hour": 7, "closes_hour": 19}},
                "annual_cny_per_resident": {"government": 650, "donations": 60},
                "opening_balance_cny": {"government": 200000, "donations": 50000}
              },
          """))
      #expect(
        text.hasSuffix(
          """
              "satisfaction": [
                {"community": "和平里社区", "index": 62.5},
                {"community": "安定门社区", "index": 58},
                {"community": "交道口社区", "index": 66},
                {"community": "东四社区", "index": 69.5}
              ],
              "projects": [
                {"community": "和平里社区", "category": "repairs_infrastructure", "days_left": 45},
                {"community": "和平里社区", "category": "meals", "days_left": 120, "scope_requests": 5},
                {"community": "交道口社区", "category": "repairs_infrastructure", "days_left": 90, "scope_requests": 20},
                {"community": "朝阳门社区", "category": "parking_transport", "days_left": 180}
              ],
              "proposals": [
                {"community": "和平里社区", "category": "elderly_care", "cost_cny": 150000, "waited_days": 20, "levels_left": 2},
                {"community": "北新桥社区", "category": "parking_transport", "cost_cny": 80000, "waited_days": 35.5, "levels_left": 3, "scope_requests": 40}
              ],
              "occupancy": [
                {"community": "和平里社区", "facility": "childcare", "occupied": 28},
                {"community": "安定门社区", "facility": "childcare", "occupied": 52},
                {"community": "安定门社区", "facility": "parking", "occupied": 210}
              ]
            }
          }

          """))
      // A community that states nothing but its make-up has only the three required keys.
      #expect(
        text.contains(
          """
                "name": "朝阳门社区",
                "residents": 10500,
                "cohort_shares": {"elderly": 0.2, "adults": 0.42, "families": 0.18, "youth": 0.2}
              }
          """))
    }
  }

  @Test func theDefaultOutputIsNamedAfterTheFolderBesideIt() {
    let folder = URL(fileURLWithPath: "/data/和平街道 (2026)")
    let name = DistrictImport.defaultName(forFolder: folder)
    #expect(name == "和平街道-2026")
    #expect(DistrictImport.defaultOutput(forFolder: folder, name: name).path == "/data/和平街道-2026.json")
    let here = URL(fileURLWithPath: "/data/和平街道/.")
    #expect(DistrictImport.defaultOutput(forFolder: here, name: "和平街道").path == "/data/和平街道.json")
  }

  @Test func theTemplatesAreTheCanonicalHeadersOfTheBaseline() throws {
    try withTemporaryDirectory { directory in
      // The baseline's one community, exported: its row, and the other tables' headers alone.
      try DistrictExport.run(scenario: ImportFixtures.base, output: directory)
      for name in Self.tableNames {
        let exported = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        let template = try String(contentsOf: ImportFixtures.templates.appendingPathComponent(name), encoding: .utf8)
        #expect(exported.hasPrefix(template), "\(name)")
        #expect(
          exported == (name == "communities.csv" ? template + "Community A,8000,0.22,0.35,0.18,0.25\n" : template))
      }
    }
  }

  @Test func byteOrderMarkCRLFAndQuotedFieldsWithCommasAndChineseAreRead() throws {
    try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": "\u{FEFF}name,youth,residents,elderly,adults,families\r\n"
            + "\"和平里社区, 北区\",0.2,8000,0.38,0.3,0.12\r\n"
            + "\"东四 \"\"六条\"\"\r\n社区\",1, 7200 ,,,\r\n" + ",,,,,\r\n",
          "staff.csv": "\u{FEFF}community,pay_ratio,posts,role\r\n\"和平里社区, 北区\", 0.70 ,8,grid_worker\r\n",
        ], in: directory)
      let output = directory.appendingPathComponent("district.json")
      _ = try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "x", output: output)
      let tables = directory.appendingPathComponent("exported")
      try DistrictExport.run(scenario: output, output: tables)
      #expect(
        try String(contentsOf: tables.appendingPathComponent("communities.csv"), encoding: .utf8)
          == "name,residents,elderly,adults,families,youth\n\"和平里社区, 北区\",8000,0.38,0.3,0.12,0.2\n"
          + "\"东四 \"\"六条\"\"\r\n社区\",7200,0,0,0,1\n")
      #expect(
        try String(contentsOf: tables.appendingPathComponent("staff.csv"), encoding: .utf8)
          == "community,role,posts,pay_ratio\n\"和平里社区, 北区\",grid_worker,8,0.7\n")
    }
  }

  @Test func exportReportsEveryBadCommunityValueAtItsKeyPathAndWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let scenario = directory.appendingPathComponent("district.json")
      let json = """
        {"base": "\(ImportFixtures.base.path)", "name": "d", "communities": [
          {"name": "和平里社区", "residents": 8000, "cohort_shares": {"elderly": 0.5, "adults": 0.5},
           "staff": {"grid_workr": 3}, "facilities": {"canteen": {"places": -1, "opens_hour": 8}},
           "opening_balance_cny": {"government": "lots"}, "budget": 1}
        ]}
        """
      try Data(json.utf8).write(to: scenario)
      let tables = directory.appendingPathComponent("tables")
      let error = #expect(throws: ScenarioFileError.self) { try DistrictExport.run(scenario: scenario, output: tables) }
      #expect(
        error?.problems.map(\.keyPath) == [
          "communities[0].staff.grid_workr", "communities[0].facilities.canteen.places",
          "communities[0].opening_balance_cny.government", "communities[0].budget",
        ])
      #expect(error?.problems.first?.message == "no such role; did you mean 'grid_worker'?")
      #expect(!FileManager.default.fileExists(atPath: tables.path))
    }
  }
}
