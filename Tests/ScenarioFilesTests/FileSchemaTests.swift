import FileFormats
import Foundation
import ScenarioFiles
import Testing
import _TwinTestSupport

/// The JSON Schemas of scenario and sweep files (`Docs/scenario-format.md`, "JSON Schema"):
/// the shipped `Scenarios/*.schema.json` are what the readers record today, every shipped file
/// names its schema, and the reader rejects every file of the bad corpus in `Tests/schema` and
/// accepts the good one (`Tests/schema/check.sh` checks the same files against the schemas
/// with a JSON Schema validator). To regenerate the shipped schemas:
/// `COMMUNITY_TWIN_RECORD_DOCS=1 swift test --filter FileSchemaTests` (the recording run fails
/// too, so it never passes silently; run again without the variable).
@Suite struct FileSchemaTests {
  static let regenerate = "COMMUNITY_TWIN_RECORD_DOCS=1 swift test --filter FileSchemaTests"
  static let corpus = Fixtures.packageRoot.appendingPathComponent("Tests/schema")

  /// The `.json` files of `folder`, sorted.
  static func files(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }

  /// The top-level object of the JSON file at `url`.
  static func topLevel(_ url: URL) throws -> [String: JSONValue] {
    let value = JSONValue(foundation: try JSONSerialization.jsonObject(with: Data(contentsOf: url)))
    guard case .object(let fields) = value else { throw CocoaError(.fileReadCorruptFile) }
    return fields
  }

  @Test(arguments: FileSchema.allCases)
  func shippedSchemaIsWhatTheReaderRecords(kind: FileSchema) throws {
    let file = Fixtures.scenariosDirectory.appendingPathComponent(kind.fileName)
    if ProcessInfo.processInfo.environment["COMMUNITY_TWIN_RECORD_DOCS"] == "1" {
      try Data(kind.text.utf8).write(to: file)
      Issue.record("recorded Scenarios/\(kind.fileName); run the test again without COMMUNITY_TWIN_RECORD_DOCS")
      return
    }
    let shipped = try String(contentsOf: file, encoding: .utf8)
    #expect(
      shipped == kind.text,
      "Scenarios/\(kind.fileName) is not what the reader records; regenerate it with \(Self.regenerate)")
  }

  /// Every scenario and sweep file in `Scenarios/` names its schema by a relative path that
  /// leads to it, so an editor finds it.
  @Test func everyShippedFileNamesItsSchema() throws {
    let root = Fixtures.scenariosDirectory
    let folders: [(String, FileSchema)] = [("", .scenario), ("validation", .scenario), ("sweeps", .sweep)]
    var checked = 0
    for (folder, kind) in folders {
      for file in Self.files(in: root.appendingPathComponent(folder)) {
        let named = try Self.topLevel(file)["$schema"]
        let relative = folder.isEmpty ? kind.fileName : "../\(kind.fileName)"
        #expect(named == .string(relative), "\(file.lastPathComponent)")
        checked += 1
      }
    }
    #expect(checked > 20)
  }

  @Test func theReaderRejectsEveryBadScenarioOfTheCorpus() throws {
    let files = Self.files(in: Self.corpus.appendingPathComponent("bad-scenarios"))
    #expect(files.count >= 25)
    for file in files {
      #expect(throws: ScenarioFileError.self, "\(file.lastPathComponent)") { try ScenarioFile.load(file) }
      #expect(try Self.topLevel(file)["comment"] != nil, "\(file.lastPathComponent) says what is wrong with it")
    }
  }

  @Test func theReaderRejectsEveryBadSweepOfTheCorpus() throws {
    let files = Self.files(in: Self.corpus.appendingPathComponent("bad-sweeps"))
    #expect(files.count >= 5)
    for file in files {
      #expect(throws: ScenarioFileError.self, "\(file.lastPathComponent)") { try SweepFile.load(file) }
      #expect(try Self.topLevel(file)["comment"] != nil, "\(file.lastPathComponent) says what is wrong with it")
    }
  }

  @Test func theReaderAcceptsEveryGoodScenarioOfTheCorpus() throws {
    let files = Self.files(in: Self.corpus.appendingPathComponent("good-scenarios"))
    #expect(files.count >= 2)
    for file in files { _ = try ScenarioFile.load(file) }
  }

  /// The value at `keys` below `value` (objects only).
  static func at(_ value: JSONValue, _ keys: String...) -> JSONValue? {
    keys.reduce(value) { value, key in
      guard case .object(let fields)? = value else { return nil }
      return fields[key]
    }
  }

  /// The recorded schema has what the reader reads: a lever per variant, bounds from the
  /// limits, no `normal` for durations, and no required section in a child of a base.
  @Test func theScenarioSchemaHasTheReadersRules() throws {
    let schema = JSONValue(foundation: try JSONSerialization.jsonObject(with: Data(FileSchema.scenario.text.utf8)))
    let days = Self.at(schema, "properties", "run", "properties", "days")
    #expect(Self.at(days!, "minimum") == .number(1) && Self.at(days!, "maximum") == .number(3650))
    #expect(Self.at(days!, "default") == .number(365))
    guard case .array(let levers)? = Self.at(schema, "properties", "interventions", "items", "oneOf") else {
      Issue.record("interventions are not a oneOf of levers")
      return
    }
    #expect(levers.count == 13)
    #expect(levers.allSatisfy { Self.at($0, "properties", "lever", "const") != nil })
    guard case .array(let families)? = Self.at(schema, "$defs", "distribution_days", "oneOf") else {
      Issue.record("no distribution of days")
      return
    }
    let names = families.map { Self.at($0, "required") }
    let expected = ["fixed", "exponential", "uniform", "lognormal", "gamma", "triangular", "empirical", "categorical"]
    #expect(names == expected.map { .array([.string($0)]) })
    #expect(Self.at(schema, "if", "required") == .array([.string("base")]))
    guard case .array(let required)? = Self.at(schema, "else", "required") else {
      Issue.record("no required sections without a base")
      return
    }
    #expect(required.contains(.string("cohorts")))
    #expect(Self.at(schema, "required") == nil)
  }

  /// The one rule for `$schema` in the scenario files community-twin writes: the schema
  /// beside the base, relative to the new file's folder; none where the base has none beside it.
  @Test func aWrittenScenarioNamesTheSchemaBesideItsBase() throws {
    let scenarios = Fixtures.packageRoot.appendingPathComponent("Scenarios")
    let baseline = scenarios.appendingPathComponent("baseline.json")
    #expect(FileSchema.scenario.reference(besideBase: baseline, from: scenarios) == "scenario.schema.json")
    #expect(
      FileSchema.scenario.reference(besideBase: baseline, from: scenarios.appendingPathComponent("validation"))
        == "../scenario.schema.json")
    try withTemporaryDirectory { directory in
      let elsewhere = directory.appendingPathComponent("base.json")
      #expect(FileSchema.scenario.reference(besideBase: elsewhere, from: directory) == nil)
    }
  }
}
