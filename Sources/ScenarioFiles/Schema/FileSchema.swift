import FileFormats
import Foundation

/// The JSON Schemas (draft 2020-12) of scenario and sweep files, recorded from the readers
/// themselves: the decoder runs over a recording ``ObjectReader``, which notes every key it is
/// asked for with its type, range, default and whether it is required (``SchemaNode``). What
/// a schema cannot express (shares adding up to 1, ids defined elsewhere, one key's range
/// bounded by another's value) stays with the reader (`Docs/scenario-format.md`, "JSON Schema").
public enum FileSchema: String, CaseIterable, Sendable {
  case scenario, sweep

  /// The shipped file's name, in `Scenarios/`: `scenario.schema.json`.
  public var fileName: String { "\(rawValue).schema.json" }

  /// What a file written into `folder` puts in `"$schema"`: this schema's file beside `base`
  /// (the base scenario the written file is a child of, as the shipped `Scenarios/` hold
  /// them), relative to `folder`; `nil` when there is no such file there. One rule for every
  /// scenario file community-twin writes (`init`, `import`, `calibrate`'s `calibrated.json`).
  public func reference(besideBase base: URL, from folder: URL) -> String? {
    let file = base.deletingLastPathComponent().appendingPathComponent(fileName)
    return FileManager.default.fileExists(atPath: file.path) ? RelativePath.from(folder, to: file) : nil
  }

  /// The schema as JSON text (keys sorted, two-space indent, a final newline), the same
  /// bytes every time. O(size of the format).
  public var text: String { JSONValue.text(of: schema) + "\n" }

  /// The schema.
  var schema: JSONValue {
    let problems = ProblemCollector(file: fileName)
    let node = SchemaNode()
    let root = ObjectReader(recording: node, path: "", problems: problems)
    switch self {
    case .scenario:
      _ = ScenarioDecoder(problems: problems).scenario(from: root)
      // `base` is merged before the decoder reads the file (``ScenarioFile``).
      let base = SchemaLeaf.string(nonEmpty: true)
      node.record("base", .value(Self.describe(base, ScenarioFile.baseAllowed)), required: false)
    case .sweep:
      _ = try? SweepFile.decode(root, file: fileName, sha256: "")
    }
    var definitions = Set<DistributionUse>()
    guard case .object(var top) = node.schema(definitions: &definitions) else {
      preconditionFailure("a file is an object")
    }
    top["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
    top["title"] = .string(title)
    if self == .scenario, let required = top.removeValue(forKey: "required") {
      // A child scenario takes the keys it omits from its base.
      top["if"] = .object(["required": .array([.string("base")])])
      top["else"] = .object(["required": required])
    }
    if !definitions.isEmpty {
      top["$defs"] = .object(
        Dictionary(uniqueKeysWithValues: definitions.map { ($0.schemaName, $0.schema) }))
    }
    return .object(top)
  }

  private var title: String {
    switch self {
    case .scenario: "CommunityTwin scenario file (Docs/scenario-format.md)"
    case .sweep: "CommunityTwin sweep file (Docs/sweeps.md)"
    }
  }

  /// `schema` with `text` as its description.
  private static func describe(_ schema: JSONValue, _ text: String) -> JSONValue {
    guard case .object(var fields) = schema else { return schema }
    fields["description"] = .string(text)
    return .object(fields)
  }
}
