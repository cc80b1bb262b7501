import CommunityModel
import FileFormats
import Foundation

extension ScenarioFile {
  /// The scenario file at `url` (its `base` files merged) with a number set at each key path
  /// (as in a sweep file: `workforce.roles[community_worker].per_1000`), then checked like
  /// any scenario file. Problems name the file with the values set.
  /// - Throws: ``ScenarioFileError``: the file's own problems, a key path that does not lead
  ///   to a number, or a value the reader rejects there.
  public static func load(_ url: URL, setting values: [(path: String, value: Double)]) throws -> Scenario {
    let (file, data) = try FileBytes.contents(of: url)
    let label = "\(file) (" + values.map { "\($0.path) = \(JSONValue.format($0.value))" }.joined(separator: ", ") + ")"
    let problems = ProblemCollector(file: label)
    var bases: [ScenarioSource] = []
    guard let fields = try resolvedFields(data, file: file, depth: 0, problems: problems, bases: &bases) else {
      try problems.throwIfAny()
      preconditionFailure("a rejected document is reported")
    }
    var tree = JSONValue.object(fields)
    for (path, value) in values {
      guard let keyPath = ScenarioKeyPath(path) else {
        problems.report(path, "not a key path", allowed: "keys joined by '.', elements as [index] or [id]")
        continue
      }
      switch keyPath.setting(.number(value), in: tree) {
      case .success(let changed): tree = changed
      case .failure(let error): problems.report(path, "\(error)", allowed: "the path of a number in the scenario")
      }
    }
    try problems.throwIfAny()
    guard case .object(let changed) = tree else { preconditionFailure("a scenario is an object") }
    let scenario = ScenarioDecoder(problems: problems).scenario(
      from: ObjectReader(path: "", fields: changed, problems: problems))
    try problems.throwIfAny()
    return scenario
  }
}
