import Foundation
import ScenarioFiles
import Testing

/// The scenario file's optional top-level `language` ("en" or "zh"): the default language of
/// the tables and reports of its runs, inherited from a base file like any key.
@Suite struct ScenarioLanguageTests {
  /// `document` written to a fresh folder as `name`, read back.
  static func read(_ document: Data, named name: String = "x.json", beside others: [String: Data] = [:]) throws
    -> ReportLanguage
  {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("language-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (other, data) in others { try data.write(to: directory.appendingPathComponent(other)) }
    let url = directory.appendingPathComponent(name)
    try document.write(to: url)
    return try ScenarioFile.read(url).language
  }

  @Test func aFileWithoutTheKeyIsEnglish() throws {
    #expect(try Self.read(ScenarioFileTests.document()) == .en)
  }

  @Test(arguments: [("en", ReportLanguage.en), ("zh", .zh)])
  func theKeyGivesTheLanguage(_ text: String, _ language: ReportLanguage) throws {
    #expect(try Self.read(ScenarioFileTests.document([("language", text)])) == language)
  }

  @Test func aChildFileInheritsItsBasesLanguageAndMayChangeIt() throws {
    let base = ScenarioFileTests.document([("language", "zh")])
    let child = Data(#"{"base": "base.json", "name": "child"}"#.utf8)
    #expect(try Self.read(child, beside: ["base.json": base]) == .zh)
    let english = Data(#"{"base": "base.json", "name": "child", "language": "en"}"#.utf8)
    #expect(try Self.read(english, beside: ["base.json": base]) == .en)
  }

  @Test(arguments: ["fr", "ZH", "zh-Hans", ""])
  func anyOtherTextIsAProblemNamingTheKeyAndTheLanguages(_ value: String) throws {
    try Self.expectLanguageProblem(ScenarioFileTests.problems([("language", value)]))
  }

  @Test func aValueThatIsNotTextIsAProblemToo() throws {
    try Self.expectLanguageProblem(ScenarioFileTests.problems([("language", 1)]))
    try Self.expectLanguageProblem(ScenarioFileTests.problems([("language", true)]))
  }

  /// One problem, at key path `language`, under the file's name, allowing "en" and "zh".
  static func expectLanguageProblem(
    _ problems: [ScenarioProblem], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(problems.map(\.keyPath) == ["language"], sourceLocation: sourceLocation)
    let problem = try #require(problems.first, sourceLocation: sourceLocation)
    #expect(problem.allowed == #""en", "zh""#, sourceLocation: sourceLocation)
    #expect(problem.description.hasPrefix(ScenarioFileTests.file + ": language"), sourceLocation: sourceLocation)
  }

  @Test func aChineseNameAndDescriptionAreRead() throws {
    let document = ScenarioFileTests.document([
      ("name", "下放审批"), ("description", "审批权下放到街道：“小事不出社区”。"), ("language", "zh"),
    ])
    let scenario = try ScenarioFile.decode(document, file: ScenarioFileTests.file)
    #expect(scenario.name == "下放审批")
    #expect(scenario.description == "审批权下放到街道：“小事不出社区”。")
  }
}
