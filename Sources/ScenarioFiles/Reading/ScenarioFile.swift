import CommunityModel
import FileFormats
import Foundation

/// Reads scenario files: JSON documents describing a district to simulate (format reference:
/// `Docs/scenario-format.md`).
///
/// Reading is strict and complete: every key is type- and range-checked, unknown keys are
/// errors (with a did-you-mean), defaults are applied for optional keys, impossible
/// combinations are cross-checked, and **all** problems are reported together in one
/// ``ScenarioFileError``. A scenario that loads is valid: the model can run it as is.
///
///     do {
///       let scenario = try ScenarioFile.load(URL(fileURLWithPath: "Scenarios/baseline.json"))
///     } catch let error as ScenarioFileError {
///       print(error)   // "Scenarios/baseline.json: 2 problems:" + one line per problem
///     }
public enum ScenarioFile {
  /// Reads and checks the scenario file at `url`.
  ///
  /// Problems name the file as `url.relativePath` (as the user typed it, for file URLs).
  /// - Throws: ``ScenarioFileError``: an unreadable file gives one problem with key path `""`
  ///   and the operating system's reason; otherwise see ``decode(_:file:)``.
  /// - Complexity: O(file size), plus O(keys²) for suggestions on unknown keys.
  public static func load(_ url: URL) throws -> Scenario {
    try read(url).scenario
  }

  /// ``load(_:)`` that also returns the bytes it decoded, its `base` files, each with the
  /// SHA-256 of the bytes decoded (nearest base first), so a caller can fingerprint exactly
  /// what it ran (one read of each file, no window for a file to change in between), and the
  /// file's `language` (English when it sets none).
  /// - Throws: as ``load(_:)``.
  public static func read(_ url: URL) throws -> (
    scenario: Scenario, bytes: Data, bases: [ScenarioSource], language: ReportLanguage
  ) {
    let (file, data) = try FileBytes.contents(of: url)
    var bases: [ScenarioSource] = []
    let (scenario, language) = try decode(data, file: file, bases: &bases)
    return (scenario, data, bases, language)
  }

  /// Parses and checks a scenario from JSON `data`; `file` names it in problems.
  ///
  /// - Throws: ``ScenarioFileError`` listing every problem: malformed JSON (one problem, with
  ///   line and column when known), a top level that is not an object, repeated keys, unknown
  ///   keys, missing required keys, wrong types, out-of-range values, bad distributions,
  ///   unknown cohort ids, shares that do not add up to 1, duplicate ids, and the
  ///   cross-checks (a community without casework staff, `warmup_days + days` > 3650).
  /// - Complexity: O(data size), plus O(keys²) for suggestions on unknown keys.
  public static func decode(_ data: Data, file: String) throws -> Scenario {
    var bases: [ScenarioSource] = []
    return try decode(data, file: file, bases: &bases).scenario
  }

  /// ``decode(_:file:)`` that appends the `base` files it read to `bases`, nearest first, and
  /// also returns the file's `language`.
  static func decode(_ data: Data, file: String, bases: inout [ScenarioSource]) throws -> (
    scenario: Scenario, language: ReportLanguage
  ) {
    let problems = ProblemCollector(file: file)
    guard let fields = try resolvedFields(data, file: file, depth: 0, problems: problems, bases: &bases) else {
      try problems.throwIfAny()
      preconditionFailure("a rejected document is reported")
    }
    let decoder = ScenarioDecoder(problems: problems)
    let scenario = decoder.scenario(from: ObjectReader(path: "", fields: fields, problems: problems))
    try problems.throwIfAny()
    return (scenario, decoder.language)
  }

  /// `relative` resolved against the folder of `file` (unchanged if absolute), standardized.
  static func path(_ relative: String, relativeTo file: String) -> String {
    let directory = (file as NSString).deletingLastPathComponent
    let joined =
      relative.hasPrefix("/") || directory.isEmpty ? relative : (directory as NSString).appendingPathComponent(relative)
    return (joined as NSString).standardizingPath
  }

  /// What `base` takes, in problems and the schema.
  static let baseAllowed = "a path to a scenario file, relative to this file"

  /// Deepest chain of `base` files (a longer one is reported; it is most likely a cycle).
  static let maximumBaseDepth = 4

  /// The scenario file at `file` read as a base: its bytes fingerprinted onto `bases`, its own
  /// bases merged underneath (``resolvedFields(_:file:depth:problems:bases:)`` at `depth`),
  /// then checked on its own. Used for a scenario's `base` and a sweep's.
  /// - Returns: the merged fields, or why the file could not be read.
  /// - Throws: ``ScenarioFileError`` with the file's own problems, under its name.
  static func fieldsOfBase(at file: String, depth: Int, bases: inout [ScenarioSource]) throws
    -> Result<[String: JSONValue], UnreadableFile>
  {
    let data: Data
    switch FileBytes.read(URL(fileURLWithPath: file)) {
    case .success(let bytes): data = bytes
    case .failure(let unreadable): return .failure(unreadable)
    }
    bases.append(ScenarioSource(file: file, bytes: data))
    let problems = ProblemCollector(file: file)
    let fields = try resolvedFields(data, file: file, depth: depth, problems: problems, bases: &bases)
    if let fields {
      _ = ScenarioDecoder(problems: problems).scenario(from: ObjectReader(path: "", fields: fields, problems: problems))
    }
    try problems.throwIfAny()
    guard let fields else { preconditionFailure("a rejected base file is reported") }
    return .success(fields)
  }

  /// The top-level object of `data` with its `base` file, if any, merged underneath: the
  /// base's keys, replaced by this file's keys of the same name, except `interventions`,
  /// which come after the base's. The base is checked on its own first, and its problems are
  /// thrown under its own file name. Each base file read is appended to `bases` with the
  /// fingerprint of its bytes, nearest first.
  /// - Returns: `nil` if `data` is not a JSON object or its base cannot be used (reported;
  ///   the rest of the file is not judged without its base).
  /// - Throws: ``ScenarioFileError`` with the base file's problems.
  static func resolvedFields(
    _ data: Data, file: String, depth: Int, problems: ProblemCollector, bases: inout [ScenarioSource]
  ) throws -> [String: JSONValue]? {
    guard var fields = JSONDocument.topLevelObject(data, problems: problems) else { return nil }
    guard let base = fields.removeValue(forKey: "base") else { return fields }
    let allowed = baseAllowed
    guard case .string(let relative) = base, !relative.isEmpty else {
      problems.report("base", value: base.rendered, "expected a non-empty file path", allowed: allowed)
      return nil
    }
    guard depth < maximumBaseDepth else {
      problems.report(
        "base", value: base.rendered, "base files nest more than \(maximumBaseDepth) deep (a cycle?)",
        allowed: "at most \(maximumBaseDepth) nested bases")
      return nil
    }
    let baseFile = path(relative, relativeTo: file)
    let baseFields: [String: JSONValue]
    switch try fieldsOfBase(at: baseFile, depth: depth + 1, bases: &bases) {
    case .success(let fields): baseFields = fields
    case .failure(let unreadable):
      problems.report(
        "base", value: base.rendered, "cannot read the base file \(baseFile): \(unreadable.reason)", allowed: allowed)
      return nil
    }
    var merged = baseFields
    for (key, value) in fields {
      if key == "interventions", case .array(let own) = value, case .array(let inherited)? = merged[key] {
        merged[key] = .array(inherited + own)
      } else {
        merged[key] = value
      }
    }
    return merged
  }
}
