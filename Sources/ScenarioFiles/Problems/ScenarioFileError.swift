import Foundation

/// A scenario file that cannot be used, with **every** problem found in it.
///
/// Thrown by ``ScenarioFile/load(_:)`` and ``ScenarioFile/decode(_:file:)``. The reader never
/// stops at the first problem: it substitutes a placeholder for each bad value and carries
/// on, so one run of the checker lists everything to fix. ``description`` is a count header
/// followed by one problem per line, in file order (unknown keys of an object after its
/// known keys):
///
///     Scenarios/x.json: 3 problems:
///       run.days = 0: must be a whole number 1 ... 3650 (allowed: a whole number 1 ... 3650)
///       cohorts[1].participation = "high": expected a number, got a string (allowed: 0 ... 1)
///       needs[0].work_hour: unknown key 'work_hour'; did you mean 'work_hours'? (allowed: category, …)
public struct ScenarioFileError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
  /// The problems, in the order they were found; never empty when thrown.
  public var problems: [ScenarioProblem]

  public init(problems: [ScenarioProblem]) {
    self.problems = problems
  }

  /// Header (`<file>: <n> problem(s):`) and one indented line per problem. When the problems
  /// come from several files, each line names its own file.
  public var description: String {
    let files = Set(problems.map(\.file))
    let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
    guard files.count == 1, let file = files.first else {
      return (["\(count):"] + problems.map { "  \($0.description)" }).joined(separator: "\n")
    }
    return (["\(file): \(count):"] + problems.map { "  \($0.descriptionWithoutFile)" }).joined(separator: "\n")
  }

  /// Same as ``description`` (so `localizedDescription` shows every problem).
  public var errorDescription: String? { description }
}
