import Foundation
import Testing
import TwinImport
import _TwinTestSupport

/// Every bad cell of a district's tables is reported at its `file:line:column`, with the
/// column's name, the value and what is allowed; all problems at once; nothing is written.
@Suite struct ImportProblemTests {
  @Test func aCellThatIsNotANumberIsReportedAtItsCell() throws {
    let problems = try ImportFixtures.problems([
      "communities.csv": "name,residents,elderly,adults,families,youth\n和平里社区,8k,0.38,0.3,0.12,0.2\n"
    ])
    #expect(
      problems.map(\.description) == [
        "communities.csv:2:2: residents = \"8k\": not a number (allowed: a whole number 1 ... 10000000)"
      ])
  }

  @Test(arguments: ["\"8,000\"", "8k", "38%", "inf", "nan", "0x10", "1e", ".", "+-1", "1 000"])
  func onlyPlainDecimalsAreNumbers(_ residents: String) throws {
    let problems = try ImportFixtures.problems([
      "communities.csv": "name,residents,elderly,adults,families,youth\n和平里社区,\(residents),1,,,\n"
    ])
    #expect(problems.map(\.message) == ["not a number"])
  }

  @Test func textThatIsNotUTF8NamesItsFirstLine() throws {
    // "和平" in GBK, as a spreadsheet's plain "CSV" saves it on a Chinese system.
    let gbk: [UInt8] = [0xBA, 0xCD, 0xC6, 0xBD]
    let communities =
      Data("name,residents,elderly,adults,families,youth\n".utf8) + Data(gbk) + Data(",8000,1,,,\n".utf8)
    let problems = try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables([:], in: directory)
      try communities.write(to: folder.appendingPathComponent("communities.csv"))
      return #expect(throws: DistrictTablesError.self) {
        try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "x", output: nil)
      }?.problems ?? []
    }
    #expect(
      problems.map(\.description) == [
        "communities.csv:2: is not UTF-8 text (a spreadsheet's plain \"CSV\" may be GBK) "
          + "(allowed: UTF-8, as a spreadsheet saves \"CSV UTF-8\")"
      ])
  }

  @Test func aNumberOutOfRangeOrNotWholeSaysTheRange() throws {
    let problems = try ImportFixtures.problems([
      "staff.csv": "community,role,posts,pay_ratio\n和平里社区,grid_worker,-3,\n安定门社区,grid_worker,2.5,\n",
      "facilities.csv": "community,facility,places,opens_hour,closes_hour\n和平里社区,canteen,,24,\n",
    ])
    #expect(
      problems.map(\.description) == [
        "staff.csv:2:3: posts = \"-3\": out of range (allowed: a whole number 0 ... 1000000)",
        "staff.csv:3:3: posts = \"2.5\": not a whole number (allowed: a whole number 0 ... 1000000)",
        "facilities.csv:2:4: opens_hour = \"24\": out of range (allowed: a whole number 0 ... 23)",
      ])
  }

  @Test func anUnknownIdSuggestsTheClosestAndListsTheAllowed() throws {
    let problems = try ImportFixtures.problems([
      "communities.csv": ImportFixtures.communities + "东四社区,7200,0.33,0.32,0.15,0.2\n",
      "staff.csv":
        "community,role,posts,pay_ratio\n和平里社区,community_worker,40,\n安定门社区,grid_worker,8,\n东四社区,grid_workr,3,\n",
    ])
    #expect(
      problems.map(\.description) == [
        "staff.csv:4:2: role = \"grid_workr\": no such role; did you mean 'grid_worker'? "
          + "(allowed: community_worker, grid_worker, volunteer, security_guard)"
      ])
  }

  @Test func aRowNamingAnUnknownCommunitySuggestsTheClosestName() throws {
    let problems = try ImportFixtures.problems([
      "funds.csv": "community,source,annual_cny_per_resident,opening_balance_cny\n和平理社区,government,650,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "funds.csv:2:1: community = \"和平理社区\": no such community in communities.csv; did you mean '和平里社区'? "
          + "(allowed: \"和平里社区\", \"安定门社区\")"
      ])
  }

  @Test func aSecondRowForTheSameCommunityOrPairNamesTheFirst() throws {
    let problems = try ImportFixtures.problems([
      "communities.csv": ImportFixtures.communities + "和平里社区,9000,0.38,0.3,0.12,0.2\n",
      "staff.csv": "community,role,posts,pay_ratio\n和平里社区,grid_worker,8,\n和平里社区,grid_worker,9,\n",
    ])
    #expect(
      problems.map(\.description) == [
        "communities.csv:4:1: name = \"和平里社区\": a second row for this community (the first is line 2) "
          + "(allowed: each community once)",
        "staff.csv:3:2: role = \"grid_worker\": a second row for 和平里社区 and grid_worker (the first is line 2) "
          + "(allowed: one row per community and role)",
      ])
  }

  @Test func aMissingRequiredColumnOrFileIsReported() throws {
    let missingColumn = try ImportFixtures.problems(["staff.csv": "community,role,pay_ratio\n和平里社区,grid_worker,\n"])
    #expect(
      missingColumn.map(\.description) == [
        "staff.csv:1: missing column \"posts\" (allowed: community, role, posts, pay_ratio)"
      ])
    let missingFile = try withTemporaryDirectory { directory in
      let folder = try ImportFixtures.tables(["staff.csv": "community,role,posts,pay_ratio\n"], in: directory)
      return #expect(throws: DistrictTablesError.self) {
        try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: nil, output: nil)
      }
    }
    #expect(
      missingFile?.problems.map(\.description) == [
        "communities.csv: the file is missing; it is required "
          + "(allowed: a CSV file with the columns name, residents, elderly, adults, families, youth)"
      ])
  }

  @Test func anUnknownColumnIsReportedWithASuggestion() throws {
    let problems = try ImportFixtures.problems([
      "staff.csv": "community,role,posts,pay_ratio,post\n和平里社区,grid_worker,8,,9\n"
    ])
    #expect(
      problems.map(\.description) == [
        "staff.csv:1:5: unknown column \"post\"; did you mean 'posts'? (allowed: community, role, posts, pay_ratio)"
      ])
  }

  @Test func sharesThatDoNotAddUpToOneAreReportedForTheirRow() throws {
    let problems = try ImportFixtures.problems([
      "communities.csv": "name,residents,elderly,adults,families,youth\n和平里社区,8000,0.38,0.3,0.12,0.1\n"
    ])
    #expect(
      problems.map(\.description) == [
        "communities.csv:2: the cohort shares (elderly, adults, families, youth) add up to 0.9 "
          + "(allowed: shares that add up to 1 ± 0.000001)"
      ])
  }

  @Test func residentsOutOfRangeAreReported() throws {
    let problems = try ImportFixtures.problems([
      "communities.csv": "name,residents,elderly,adults,families,youth\n和平里社区,0,1,,,\n安定门社区,10000001,1,,,\n"
    ])
    #expect(problems.map { "\($0.line!):\($0.column!) \($0.message)" } == ["2:2 out of range", "3:2 out of range"])
  }

  @Test func hoursThatDoNotOpenBeforeTheyCloseAreReported() throws {
    // The base's canteen opens 11–14.
    let problems = try ImportFixtures.problems([
      "facilities.csv": "community,facility,places,opens_hour,closes_hour\n和平里社区,canteen,60,19,7\n"
        + "安定门社区,canteen,,15,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "facilities.csv:2:5: closes_hour = \"7\": not after opens_hour 19 (allowed: opens_hour < closes_hour)",
        "facilities.csv:3:4: opens_hour = \"15\": not before the base scenario's closes_hour 14 "
          + "(allowed: opens_hour < closes_hour)",
      ])
  }

  @Test func aFundsRowThatStatesNothingIsReported() throws {
    let problems = try ImportFixtures.problems([
      "funds.csv": "community,source,annual_cny_per_resident,opening_balance_cny\n和平里社区,government,,\n"
    ])
    #expect(
      problems.map(\.description) == [
        "funds.csv:2: states neither annual_cny_per_resident nor opening_balance_cny (allowed: at least one of them)"
      ])
  }

  @Test func everyProblemOfEveryTableIsReportedAtOnceInTableAndLineOrder() throws {
    let problems = try ImportFixtures.problems([
      "funds.csv": "community,source,annual_cny_per_resident,opening_balance_cny\n安定门社区,gov,-1,x\n",
      "communities.csv": "name,residents,elderly,adults,families,youth,extra\n和平里社区,8k,0.38,0.3,0.12,0.2,\n"
        + "安定门社区,12000,0.22,0.4,0.18,0.3,\n",
      "staff.csv": "community,role,posts,pay_ratio\n东四社区,grid_workr,3,\n",
      "facilities.csv": "community,facility,places\n",
    ])
    #expect(
      problems.map { "\($0.file):\($0.line.map(String.init) ?? ""):\($0.column.map(String.init) ?? "")" } == [
        "communities.csv:1:7", "communities.csv:2:2", "communities.csv:3:", "staff.csv:2:1", "staff.csv:2:2",
        "facilities.csv:1:", "facilities.csv:1:", "funds.csv:2:2", "funds.csv:2:3", "funds.csv:2:4",
      ])
    let error = DistrictTablesError(folder: "tables", problems: problems)
    #expect(error.description.hasPrefix("tables: 10 problems:\n  communities.csv:1:7: unknown column \"extra\""))
  }

  @Test func aFailedImportLeavesAnEarlierFileAsItWas() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("district.json")
      try Data("earlier".utf8).write(to: output)
      let folder = try ImportFixtures.tables(
        [
          "communities.csv": ImportFixtures.communities,
          "staff.csv": "community,role,posts,pay_ratio\n和平里社区,grid_worker,x,\n",
        ],
        in: directory)
      #expect(throws: DistrictTablesError.self) {
        try DistrictImport.run(folder: folder, base: ImportFixtures.base, name: "district", output: output)
      }
      #expect(try String(contentsOf: output, encoding: .utf8) == "earlier")
    }
  }
}
