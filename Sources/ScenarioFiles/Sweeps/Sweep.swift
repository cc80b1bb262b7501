import CommunityModel
import FileFormats
import Foundation

/// A parameter sweep, read from a sweep file (`Docs/sweeps.md`): a base scenario, the
/// parameters varied, the design that combines them, and the runs it makes.
///
/// **Runs.** Design point p (0-based) runs replications 0 … R − 1. Run i is point i / R,
/// replication i mod R, and uses the master seed with replication number i mod R, so every
/// point's replication r shares its random numbers with every other point's (common random
/// numbers) and any run can be recomputed alone, in any process, on any machine.
public struct Sweep: Sendable {
  public var name: String
  /// The sweep file's `description`, and the base scenario's (after its own bases are
  /// merged); "" when a file has none.
  public var description: String
  public var baseDescription: String
  /// The sweep file as the user named it, and the SHA-256 of its bytes (shards and merges
  /// check they belong to the same sweep).
  public var file: String
  public var sha256: String
  /// The base scenario file, resolved against the sweep file's folder.
  public var baseFile: String
  /// The base scenario file and its own `base` files, each with the SHA-256 of the bytes
  /// read (shards and merges check they ran the same scenario).
  public var bases: [ScenarioSource]
  public var parameters: [SweepParameter]
  public var design: SweepDesign
  /// Replications per design point.
  public var replications: Int
  /// Master seed, days and warm-up of every run.
  public var seed: UInt64
  public var days: Int
  public var warmupDays: Int
  /// Metrics recorded for every run, and each one's unit in words as the model reports it
  /// ("days", "share 0–1", …).
  public var metrics: [String]
  public var metricUnits: [String]
  /// `points[p][k]`: parameter k at design point p.
  public var points: [[Double]]
  /// The base scenario's `language` (English when it sets none): what `explore` and `report`
  /// on the sweep's output default to.
  public var language: ReportLanguage
  /// The base scenario's JSON with the sweep's `run` settings applied; each point's scenario
  /// is decoded from it on demand (``scenario(forPoint:)``), so a sweep of many points holds
  /// one tree, not one scenario per point.
  let baseTree: JSONValue

  /// Number of runs: points × replications.
  public var runCount: Int { points.count * replications }

  /// The scenario of design point `point`: the base with the point's parameter values, read
  /// by the scenario reader (every point was checked when the sweep file was loaded).
  /// O(size of the scenario).
  public func scenario(forPoint point: Int) -> Scenario {
    let problems = ProblemCollector(file: file)
    var scenario = Self.decode(baseTree, parameters: parameters, values: points[point], problems: problems)
    precondition(problems.problems.isEmpty, "Sweep: point \(point) was checked when the sweep was loaded")
    scenario.name = "\(name) point \(point)"
    return scenario
  }

  /// The scenario of `tree` with `values` set at the parameters' paths; problems go to
  /// `problems`.
  static func decode(_ tree: JSONValue, parameters: [SweepParameter], values: [Double], problems: ProblemCollector)
    -> Scenario
  {
    var tree = tree
    for (parameter, value) in zip(parameters, values) {
      guard let path = ScenarioKeyPath(parameter.path),
        case .success(let changed) = path.setting(.number(value), in: tree)
      else { preconditionFailure("Sweep: parameter paths are checked when the sweep is loaded") }
      tree = changed
    }
    guard case .object(let fields) = tree else { preconditionFailure("a scenario is an object") }
    return ScenarioDecoder(problems: problems).scenario(
      from: ObjectReader(path: "", fields: fields, problems: problems))
  }

  /// The design point and replication of run `index`. O(1).
  public func run(_ index: Int) -> (point: Int, replication: Int) {
    let (point, replication) = index.quotientAndRemainder(dividingBy: replications)
    return (point, replication)
  }
}

/// Reads sweep files strictly, like scenario files: unknown keys, wrong types and values out
/// of range are reported together, each with its key path and allowed range, and every
/// design point's scenario is checked before anything runs.
public enum SweepFile {
  /// Reads and checks the sweep file at `url`.
  /// - Throws: ``ScenarioFileError`` listing every problem (the sweep file's own, the base
  ///   scenario's, and each design point's scenario, named by its parameter values).
  public static func load(_ url: URL) throws -> Sweep {
    let (file, data) = try FileBytes.contents(of: url)
    return try decode(data, file: file)
  }

  /// Parses and checks a sweep from JSON `data`; `file` names it in problems and locates the
  /// base scenario file.
  public static func decode(_ data: Data, file: String) throws -> Sweep {
    let root = try JSONDocument.rootReader(data, problems: ProblemCollector(file: file))
    guard let sweep = try decode(root, file: file, sha256: SHA256.hex(data)) else {
      preconditionFailure("only a recording reader reads no sweep")
    }
    return sweep
  }

  /// The sweep `root` reads (the file's bytes have SHA-256 `sha256`); `nil` for a recording
  /// reader, once it has recorded the sweep file's keys.
  static func decode(_ root: ObjectReader, file: String, sha256: String) throws -> Sweep? {
    let problems = root.problems
    let name = root.string("name", nonEmpty: true)
    let description = root.string("description", default: "")
    _ = root.string("$schema", default: "")
    let relativeBase = root.string("base", nonEmpty: true)
    let baseFile = ScenarioFile.path(relativeBase, relativeTo: file)
    let replications = root.integer("replications", default: 5, 1...100_000)
    let run = root.object("run", required: false)
    let overrides: [(path: String, value: Int?)] = [
      ("run.days", run.contains("days") ? run.integer("days", 1...ScenarioDecoder.Limits.horizonDays) : nil),
      (
        "run.warmup_days",
        run.contains("warmup_days") ? run.integer("warmup_days", 0...ScenarioDecoder.Limits.horizonDays) : nil
      ),
      (
        "run.drain_days",
        run.contains("drain_days") ? run.integer("drain_days", 0...ScenarioDecoder.Limits.horizonDays) : nil
      ),
      ("run.seed", run.contains("seed") ? run.integer("seed", 0...9_007_199_254_740_991) : nil),
    ]
    run.finish()
    let metricNames =
      root.array("metrics", required: false, nonEmpty: true)?.enumerated().compactMap { i, value in
        problems.string(value, at: JSONPath.element("metrics", i), nonEmpty: true)
      } ?? MetricCatalog.keyMetrics.map(\.id)

    // The base scenario, merged with its own bases, then checked on its own.
    var baseFields: [String: JSONValue]?
    var bases: [ScenarioSource] = []
    if !problems.hasProblem(at: "base"), !root.isRecording {
      switch try ScenarioFile.fieldsOfBase(at: baseFile, depth: 0, bases: &bases) {
      case .success(let fields): baseFields = fields
      case .failure:
        problems.report(
          "base", value: "\"\(relativeBase)\"", "cannot read the base scenario file \(baseFile)",
          allowed: "a path to a scenario file, relative to this file")
      }
    }
    let baseRoot = JSONValue.object(baseFields ?? [:])
    let parameters = root.objects("parameters", required: true, nonEmpty: true).map {
      parameter($0, base: baseFields == nil ? nil : baseRoot, problems: problems)
    }
    let design = self.design(root.object("design", required: true), parameters: parameters)
    root.finish()
    if root.isRecording { return nil }
    reportRepeats(in: parameters, problems: problems)
    try problems.throwIfAny()
    guard let baseFields else { preconditionFailure("a missing base is reported") }

    // Every design point's scenario, checked by the scenario reader.
    var withRun = JSONValue.object(baseFields)
    if baseFields["run"] == nil, overrides.contains(where: { $0.value != nil }) {
      var fields = baseFields
      fields["run"] = .object([:])
      withRun = .object(fields)
    }
    for override in overrides {
      guard let value = override.value else { continue }
      withRun = try ScenarioKeyPath(override.path)!.setting(.number(Double(value)), in: withRun).get()
    }
    let points = design.points(for: parameters)
    var pointProblems: [ScenarioProblem] = []
    var first: Scenario?
    for (p, point) in points.enumerated() {
      let label =
        "\(file) point \(p) ("
        + zip(parameters, point).map { "\($0.path) = \(JSONValue.format($1))" }
        .joined(separator: ", ") + ")"
      let collector = ProblemCollector(file: label)
      let scenario = Sweep.decode(withRun, parameters: parameters, values: point, problems: collector)
      pointProblems += collector.problems
      if p == 0 { first = scenario }
    }
    if !pointProblems.isEmpty { throw ScenarioFileError(problems: pointProblems) }
    guard let first else { preconditionFailure("a design has points") }

    // Metrics: those the catalog lists for the scenario (every point has the base's cohorts,
    // roles and facilities, so the same list); nothing runs.
    let catalog = MetricCatalog.metrics(for: first)
    let known = catalog.map(\.id)
    for (i, metric) in metricNames.enumerated() where !known.contains(metric) {
      problems.report(
        JSONPath.element("metrics", i), value: "\"\(metric)\"",
        "not a metric of this scenario\(EditDistance.suggestion(for: metric, in: known))",
        allowed: "a metric name from community-twin run's output")
    }
    try problems.throwIfAny()
    let units = metricNames.map { name in catalog.first { $0.id == name }!.unit.words }
    let baseDescription: String = if case .string(let text) = baseFields["description"] { text } else { "" }
    // The base was checked on its own, so a `language` it holds is a valid one.
    let language: ReportLanguage =
      if case .string(let text) = baseFields["language"], let language = ReportLanguage(rawValue: text) {
        language
      } else {
        .en
      }
    return Sweep(
      name: name, description: description, baseDescription: baseDescription, file: file, sha256: sha256,
      baseFile: baseFile, bases: bases, parameters: parameters, design: design, replications: replications,
      seed: UInt64(first.seed),
      days: first.days, warmupDays: first.warmupDays, metrics: metricNames, metricUnits: units, points: points,
      language: language, baseTree: withRun)
  }

  /// One `parameters[k]` entry.
  private static func parameter(_ reader: ObjectReader, base: JSONValue?, problems: ProblemCollector) -> SweepParameter
  {
    let pathText = reader.string("path", nonEmpty: true)
    let label = reader.contains("label") ? reader.string("label", nonEmpty: true) : nil
    let isInteger = reader.bool("integer", default: false)
    var center = Double.nan
    if let keyPath = ScenarioKeyPath(pathText) {
      if let base {
        switch keyPath.value(in: base) {
        case .success(.number(let value)): center = value
        case .success(let other):
          problems.report(
            reader.path("path"), value: "\"\(pathText)\"",
            "the base scenario has \(other.kindName) there, not a number", allowed: "the path of a number")
        case .failure(let error):
          // A key the base file leaves to its default may be set, given its value at the centre.
          if !(error.isMissingLastKey && reader.contains("base")) {
            let hint = error.isMissingLastKey ? "; a key the base file omits needs \"base\": its default value" : ""
            problems.report(
              reader.path("path"), value: "\"\(pathText)\"", error.reason + hint,
              allowed: "a key path into the base scenario")
          }
        }
      }
    } else if !pathText.isEmpty {
      problems.report(
        reader.path("path"), value: "\"\(pathText)\"", "not a key path",
        allowed:
          "keys joined by '.', array elements as [index] or [id], e.g. workforce.roles[community_worker].per_1000")
    }
    if reader.contains("base") { center = reader.number("base", .finite) }
    var levels = reader.numbers("levels", default: [], .finite)
    var low = levels.min() ?? .nan
    var high = levels.max() ?? .nan
    if reader.contains("range") {
      let range = reader.numbers("range", default: [0, 1], .finite, count: 2)
      low = range[0]
      high = range[1]
      if !(low < high) {
        problems.report(
          reader.path("range"), value: "[\(JSONValue.format(low)), \(JSONValue.format(high))]",
          "the first value must be below the second", allowed: "[min, max] with min < max")
      }
      let steps = reader.integer("steps", default: 0, 0...10_000)
      if steps == 1 {
        problems.report(reader.path("steps"), value: "1", "a range needs at least 2 steps", allowed: "2 ... 10000")
      }
      if steps >= 2, levels.isEmpty {
        levels = (0..<steps).map { low + (high - low) * Double($0) / Double(steps - 1) }
      }
    }
    if isInteger {
      for (i, level) in levels.enumerated() where level != level.rounded() && reader.contains("levels") {
        problems.report(
          JSONPath.element(reader.path("levels"), i), value: JSONValue.format(level),
          "an integer parameter takes whole numbers", allowed: "whole numbers")
      }
    }
    reader.finish()
    if center.isNaN { center = levels.first ?? low }
    return SweepParameter(
      path: pathText, label: label, levels: levels, low: low, high: high, center: center,
      isInteger: isInteger)
  }

  /// A path or a label that an earlier parameter has: a path set twice would make the later
  /// value win at every point, and two parameters read alike could not be told apart. O(k²)
  /// for k parameters.
  private static func reportRepeats(in parameters: [SweepParameter], problems: ProblemCollector) {
    for (k, parameter) in parameters.enumerated() {
      let here = JSONPath.element("parameters", k)
      if !parameter.path.isEmpty, let first = parameters[..<k].firstIndex(where: { $0.path == parameter.path }) {
        problems.report(
          JSONPath.child(here, "path"), value: "\"\(parameter.path)\"", "parameters[\(first)] sweeps the same key path",
          allowed: "a key path no other parameter has")
      }
      if let label = parameter.label, let first = parameters[..<k].firstIndex(where: { $0.label == label }) {
        problems.report(
          JSONPath.child(here, "label"), value: "\"\(label)\"", "parameters[\(first)] has the same label",
          allowed: "a label no other parameter has")
      }
    }
  }

  /// The `design` object, checked against what the design needs from the parameters.
  private static func design(_ reader: ObjectReader, parameters: [SweepParameter]) -> SweepDesign {
    let kinds = reader.cases("kind", allowed: ["grid", "latin_hypercube", "one_at_a_time"])
    if kinds.isEmpty { reader.finish() }
    var design = SweepDesign.grid
    for (kind, variant) in kinds {
      design = self.design(named: kind, variant, parameters: parameters)
      if kind == "grid" || kind == "one_at_a_time" {
        for (k, parameter) in parameters.enumerated() where parameter.levels.isEmpty {
          reader.problems.report(
            JSONPath.element("parameters", k), "a \(kind.replacingOccurrences(of: "_", with: "-")) design needs levels",
            allowed: "\"levels\": [v1, v2, …], or \"range\": [min, max] with \"steps\": n")
        }
      }
      variant.finish()
    }
    return design
  }

  /// The design `name` with its own keys read from `reader`.
  private static func design(named name: String, _ reader: ObjectReader, parameters: [SweepParameter])
    -> SweepDesign
  {
    switch name {
    case "latin_hypercube":
      let points = reader.integer("points", 2...1_000_000)
      let seed = reader.integer("seed", default: 1, 0...9_007_199_254_740_991)
      for (k, parameter) in parameters.enumerated() where !(parameter.low < parameter.high) {
        reader.problems.report(
          JSONPath.element("parameters", k), "a Latin hypercube needs a range",
          allowed: "\"range\": [min, max], or at least two different levels")
      }
      return .latinHypercube(points: points, seed: UInt64(seed))
    case "one_at_a_time":
      return .oneAtATime
    default:
      return .grid
    }
  }
}
