import Foundation
import ScenarioFiles
import Testing

/// A scenario's name names its output folder: letters and digits of any script, `.`, `_`,
/// `-`, and nothing that could leave the folder or hide in it.
@Suite struct ScenarioNameTests {
  @Test(arguments: ["baseline", "flood-devolution", "v1.2_a", "和平街道", "Straße-2026", "東京都.1", "e\u{301}te"])
  func lettersAndDigitsOfAnyScriptAreAllowed(_ name: String) {
    #expect(ScenarioName.isValid(name))
  }

  @Test(arguments: [
    "", ".", "..", "a/b", "a\\b", "和平 街道", "tab\there", "new\nline", "nul\u{0}", "a:b", "(x)",
    "ideographic\u{3000}space",
    String(repeating: "和", count: 101),
  ])
  func separatorsWhitespaceControlsAndPunctuationAreNot(_ name: String) {
    #expect(!ScenarioName.isValid(name))
  }

  @Test func aHundredCharactersIsTheLongestName() {
    #expect(ScenarioName.isValid(String(repeating: "和", count: 100)))
  }

  @Test func aNameMadeFromFreeTextKeepsItsLettersAndJoinsTheRestWithDashes() {
    #expect(ScenarioName.derived(from: "和平街道 (2026)", fallback: "x") == "和平街道-2026")
    #expect(ScenarioName.derived(from: "Heping / east", fallback: "x") == "Heping-east")
    #expect(ScenarioName.derived(from: "..", fallback: "district") == "district")
    #expect(ScenarioName.derived(from: "  ", fallback: "district") == "district")
    #expect(ScenarioName.derived(from: String(repeating: "和", count: 120), fallback: "x").count == 100)
  }

  @Test func theScenarioReaderTakesAChineseNameAndRefusesASlash() throws {
    let chinese = ScenarioFileTests.document([("name", "和平街道")])
    #expect(try ScenarioFile.decode(chinese, file: ScenarioFileTests.file).name == "和平街道")
    let problems = ScenarioFileTests.problems([("name", "和平/街道")])
    #expect(problems.map(\.keyPath) == ["name"])
    #expect(problems.first?.allowed == ScenarioName.allowed)
  }
}
