import FileFormats
import Foundation

extension Sweep {
  /// A scenario file that sets the parameters to `values` on this sweep's base scenario: a
  /// `base` child of the base file (`base` written relative to `directory`, where the file
  /// will be), naming the JSON Schema beside the base (``FileSchema/reference(besideBase:from:)``),
  /// with `name`, `description` and `comment` (when given), and, for every top-level key a
  /// parameter path goes into, that key's whole section with the values set (a child's key
  /// replaces its base's). Reading it gives the point's scenario. O(size of the scenario).
  /// - Precondition: one value per parameter.
  public func scenarioFileText(
    values: [Double], name: String, description: String, comment: String? = nil, in directory: URL
  ) -> String {
    precondition(values.count == parameters.count, "one value per parameter")
    var tree = baseTree
    var sections = Set<String>()
    for (parameter, value) in zip(parameters, values) {
      guard let path = ScenarioKeyPath(parameter.path),
        case .success(let changed) = path.setting(.number(value), in: tree),
        case .key(let section)? = path.segments.first
      else { preconditionFailure("Sweep: parameter paths are checked when the sweep is loaded") }
      tree = changed
      sections.insert(section)
    }
    guard case .object(let fields) = tree else { preconditionFailure("a scenario is an object") }
    let base = URL(fileURLWithPath: baseFile)
    var file: [String: JSONValue] = [
      "base": .string(RelativePath.from(directory, to: base)), "name": .string(name),
      "description": .string(description),
    ]
    if let schema = FileSchema.scenario.reference(besideBase: base, from: directory) {
      file["$schema"] = .string(schema)
    }
    if let comment { file["comment"] = .string(comment) }
    for section in sections { file[section] = fields[section] }
    return JSONValue.text(of: .object(file)) + "\n"
  }
}
