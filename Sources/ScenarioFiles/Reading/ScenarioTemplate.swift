import CommunityModel
import FileFormats
import Foundation

/// A scenario file read once, its `base` files merged, kept to decode variants of it: the
/// same scenario with a few numbers set and interventions added (a workshop team's levers,
/// round by round). Every variant is checked as a scenario file is, so a lever a variant adds
/// gets the reader's own problems and ranges.
package struct ScenarioTemplate: Sendable {
  /// The file as the user named it (problems name it).
  package let file: String
  /// The merged top-level fields.
  let fields: [String: JSONValue]
  /// The scenario the file itself describes.
  package let scenario: Scenario

  /// Reads and checks the scenario file at `url`.
  /// - Throws: ``ScenarioFileError``, as ``ScenarioFile/load(_:)``.
  package init(_ url: URL) throws {
    let (file, data) = try FileBytes.contents(of: url)
    let problems = ProblemCollector(file: file)
    var bases: [ScenarioSource] = []
    guard let fields = try ScenarioFile.resolvedFields(data, file: file, depth: 0, problems: problems, bases: &bases)
    else {
      try problems.throwIfAny()
      preconditionFailure("a rejected document is reported")
    }
    self.file = file
    self.fields = fields
    self.scenario = try Self.decode(fields, problems: problems)
  }

  /// The scenario with `run.days` set to `days` (when given) and `interventions` appended
  /// after the file's own, each a lever object as in a scenario file. Problems are named
  /// `label` (say, "team 2, round 3"), with the key paths of the added objects
  /// (`interventions[4].threshold_cny`). O(file size).
  /// - Throws: ``ScenarioFileError`` with every problem of the variant.
  package func variant(days: Int? = nil, adding interventions: [JSONValue], label: String) throws -> Scenario {
    var fields = fields
    if let days {
      var run: [String: JSONValue] = [:]
      if case .object(let own)? = fields["run"] { run = own }
      run["days"] = .number(Double(days))
      fields["run"] = .object(run)
    }
    if !interventions.isEmpty {
      var all: [JSONValue] = []
      if case .array(let own)? = fields["interventions"] { all = own }
      fields["interventions"] = .array(all + interventions)
    }
    return try Self.decode(fields, problems: ProblemCollector(file: "\(file) (\(label))"))
  }

  private static func decode(_ fields: [String: JSONValue], problems: ProblemCollector) throws -> Scenario {
    let scenario = ScenarioDecoder(problems: problems).scenario(
      from: ObjectReader(path: "", fields: fields, problems: problems))
    try problems.throwIfAny()
    return scenario
  }
}
