import Foundation
import ScenarioFiles
import Testing
import _TwinTestSupport

/// A `"comment"` string is allowed in every object of a scenario file and ignored
/// (`Docs/scenario-format.md`, "Comments"), but a comment that is not a string is a problem,
/// and `comment` is never offered among an object's allowed keys.
@Suite struct CommentTests {
  static let baseline = Fixtures.scenariosDirectory.appendingPathComponent("baseline.json").path

  /// A child of the baseline with `body` (JSON object members) added.
  static func decode(_ body: String) throws {
    let text = "{\"base\": \"\(baseline)\", \(body)}"
    _ = try ScenarioFile.decode(Data(text.utf8), file: "child.json")
  }

  @Test func aCommentInAMapIsNotAnId() throws {
    try Self.decode(
      """
      "communities": [{"name": "a", "residents": 8000, "comment": "one community",
        "cohort_shares": {"comment": "not a cohort", "elderly": 0.25, "adults": 0.4, "families": 0.25, "youth": 0.1},
        "staff": {"comment": "not a role", "community_worker": 30}}]
      """)
  }

  @Test func aCommentThatIsNotAStringIsOneProblem() throws {
    let error = try #require(throws: ScenarioFileError.self) { try Self.decode("\"run\": {\"comment\": [\"a\"]}") }
    #expect(error.problems.map(\.keyPath) == ["run.comment"])
    #expect(error.problems.first?.message == "expected a string, got an array")
  }

  @Test func aCommentInAMapMustBeAStringToo() throws {
    let error = try #require(throws: ScenarioFileError.self) {
      try Self.decode(
        """
        "communities": [{"name": "a", "residents": 8000,
          "cohort_shares": {"comment": 1, "elderly": 0.25, "adults": 0.4, "families": 0.25, "youth": 0.1}}]
        """)
    }
    #expect(error.problems.map(\.keyPath) == ["communities[0].cohort_shares.comment"])
  }

  @Test func commentIsNotOfferedAsAnAllowedKey() throws {
    let error = try #require(throws: ScenarioFileError.self) { try Self.decode("\"run\": {\"dayz\": 3}") }
    let allowed = try #require(error.problems.first?.allowed)
    #expect(allowed == "days, warmup_days, drain_days, drain_tolerance, replications, seed")
  }
}
