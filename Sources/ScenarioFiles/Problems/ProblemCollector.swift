/// Accumulates the problems of one scenario file while it is read.
///
/// Shared by every ``ObjectReader`` of the file, so problems come out in reading order. A
/// reference type because readers for nested objects report into the same list.
package final class ProblemCollector {
  /// The file name used in every problem.
  package let file: String
  private(set) var problems: [ScenarioProblem] = []

  package init(file: String) {
    self.file = file
  }

  /// Records a problem at `keyPath`.
  package func report(_ keyPath: String, value: String? = nil, _ message: String, allowed: String? = nil) {
    problems.append(ScenarioProblem(file: file, keyPath: keyPath, value: value, message: message, allowed: allowed))
  }

  /// Whether any problem was recorded at `keyPath` or inside it (`needs[0]` covers
  /// `needs[0].work_hours.lognormal.sd`, not `needs[01]`). Cross-checks use this to stay quiet
  /// about values that are already reported, so one mistake is reported once.
  /// - Complexity: O(problems).
  package func hasProblems(under keyPath: String) -> Bool {
    problems.contains { problem in
      guard problem.keyPath.hasPrefix(keyPath) else { return false }
      let rest = problem.keyPath.dropFirst(keyPath.count)
      return rest.isEmpty || rest.first == "." || rest.first == "[" || keyPath.isEmpty
    }
  }

  /// Whether a problem was recorded at exactly `keyPath`.
  /// - Complexity: O(problems).
  package func hasProblem(at keyPath: String) -> Bool {
    problems.contains { $0.keyPath == keyPath }
  }

  /// Throws ``ScenarioFileError`` with every problem, if there are any.
  package func throwIfAny() throws(ScenarioFileError) {
    if !problems.isEmpty { throw ScenarioFileError(problems: problems) }
  }
}
