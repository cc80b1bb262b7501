import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// `manifest.json` in a sweep's output folder: which sweep and which shard the folder's
/// `runs.jsonl` belongs to, and everything needed to read the runs without the sweep file
/// (parameters, design, metrics), so shards can be merged and analysed anywhere.
///
/// Manifests written before `description`, `base_description`, `metric_units` and `bases`
/// were recorded are still read (those fields are then empty).
public struct SweepManifest: Hashable, Sendable {
  public var name: String
  /// The sweep file's and its base scenario's `description`; "" when the file has none or
  /// the manifest predates them.
  public var description: String
  public var baseDescription: String
  /// The sweep file as named when the sweep ran, and the SHA-256 of its bytes: the sweep's
  /// identity (shards of one sweep share it).
  public var file: String
  public var sha256: String
  /// The base scenario file and its own bases, with the SHA-256 of each as the sweep read
  /// it; empty when the manifest predates them. Shards that record different bases ran
  /// different scenarios.
  public var bases: [ScenarioSource]
  /// ``SweepDesign/name``, and for a Latin hypercube its points and seed.
  public var design: SweepDesign
  public var parameters: [SweepParameter]
  public var metrics: [String]
  /// Each metric's unit in words, as the model reports it; empty when the manifest predates
  /// them, else one per metric.
  public var metricUnits: [String]
  public var replications: Int
  public var seed: UInt64
  public var days: Int
  public var warmupDays: Int
  /// Design points and runs of the whole sweep.
  public var points: Int
  public var runs: Int
  /// The runs this folder is for.
  public var shard: Shard

  /// The manifest of `sweep`'s shard `shard`.
  public init(sweep: Sweep, shard: Shard) {
    self.init(
      name: sweep.name, file: sweep.file, sha256: sweep.sha256, design: sweep.design, parameters: sweep.parameters,
      metrics: sweep.metrics, replications: sweep.replications, seed: sweep.seed, days: sweep.days,
      warmupDays: sweep.warmupDays, points: sweep.points.count, runs: sweep.runCount, shard: shard,
      description: sweep.description, baseDescription: sweep.baseDescription, metricUnits: sweep.metricUnits,
      bases: sweep.bases)
  }

  public init(
    name: String, file: String, sha256: String, design: SweepDesign, parameters: [SweepParameter], metrics: [String],
    replications: Int, seed: UInt64, days: Int, warmupDays: Int, points: Int, runs: Int, shard: Shard,
    description: String = "", baseDescription: String = "", metricUnits: [String] = [], bases: [ScenarioSource] = []
  ) {
    self.name = name
    self.bases = bases
    self.description = description
    self.baseDescription = baseDescription
    self.metricUnits = metricUnits
    self.file = file
    self.sha256 = sha256
    self.design = design
    self.parameters = parameters
    self.metrics = metrics
    self.replications = replications
    self.seed = seed
    self.days = days
    self.warmupDays = warmupDays
    self.points = points
    self.runs = runs
    self.shard = shard
  }

  /// Why `other` did not run the same scenario as this manifest although its sweep file is
  /// the same: the first base file whose SHA-256 differs, in words (this manifest's digest
  /// first); `nil` when the bases agree or either manifest predates them. Paths are not
  /// compared: shards may run from different folders. O(bases).
  public func baseDifference(from other: SweepManifest) -> String? {
    guard !bases.isEmpty, !other.bases.isEmpty else { return nil }
    guard bases.count == other.bases.count else {
      return "the base scenario reads \(bases.count) file(s) against \(other.bases.count)"
    }
    for (mine, theirs) in zip(bases, other.bases) where mine.sha256 != theirs.sha256 {
      return "base file \(mine.file) has SHA-256 \(mine.sha256.prefix(12))… against "
        + "\(theirs.sha256.prefix(12))… (\(theirs.file))"
    }
    return nil
  }

  /// The file name inside an output folder.
  public static let fileName = "manifest.json"

  /// The manifest as pretty JSON. O(size).
  public func json() -> String {
    var designFields: [(key: String, value: String)] = [("kind", JSONText.string(design.name))]
    if case .latinHypercube(let points, let seed) = design {
      designFields += [("points", "\(points)"), ("seed", "\(seed)")]
    }
    let parameterObjects = parameters.map { p in
      JSONText.object(
        [
          ("path", JSONText.string(p.path)),
          ("levels", "[" + p.levels.map { JSONText.number($0) }.joined(separator: ", ") + "]"),
          ("low", JSONText.number(p.low)), ("high", JSONText.number(p.high)),
          ("center", JSONText.number(p.center)), ("integer", "\(p.isInteger)"),
        ], indent: "    ")
    }
    return JSONText.object(
      [
        ("name", JSONText.string(name)), ("description", JSONText.string(description)),
        ("base_description", JSONText.string(baseDescription)), ("file", JSONText.string(file)),
        ("sha256", JSONText.string(sha256)),
        ("bases", SummaryJSON.sources(bases, indent: "  ")),
        ("design", JSONText.object(designFields, indent: "  ")),
        ("parameters", JSONText.array(parameterObjects, indent: "  ")),
        ("metrics", "[" + metrics.map { JSONText.string($0) }.joined(separator: ", ") + "]"),
        ("metric_units", "[" + metricUnits.map { JSONText.string($0) }.joined(separator: ", ") + "]"),
        ("replications", "\(replications)"), ("seed", "\(seed)"), ("days", "\(days)"),
        ("warmup_days", "\(warmupDays)"), ("points", "\(points)"), ("runs", "\(runs)"),
        ("shard", JSONText.string(shard.description)),
      ], indent: "") + "\n"
  }

  /// Reads the manifest in `directory`.
  /// - Throws: ``ScenarioFileError`` naming the manifest file and what is wrong with it.
  public static func read(from directory: URL) throws -> SweepManifest {
    let url = directory.appendingPathComponent(fileName)
    let file = url.path
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ScenarioFileError(problems: [
        ScenarioProblem(file: file, keyPath: "", message: "missing: \(directory.path) is not the output folder of a sweep")
      ])
    }
    let problems = ProblemCollector(file: file)
    let root = try JSONDocument.rootReader(data, problems: problems)
    let design = root.object("design", required: true)
    let kind = design.stringEnum("kind", allowed: ["grid", "latin_hypercube", "one_at_a_time"])
    let sweepDesign: SweepDesign =
      switch kind {
      case "latin_hypercube":
        .latinHypercube(
          points: design.integer("points", 2...1_000_000), seed: UInt64(design.integer("seed", 0...Int.max)))
      case "one_at_a_time": .oneAtATime
      default: .grid
      }
    design.finish()
    let parameters = root.objects("parameters", required: true, nonEmpty: true).map { p in
      let parameter = SweepParameter(
        path: p.string("path", nonEmpty: true), levels: p.numbers("levels", default: [], .finite),
        low: p.number("low", default: .nan, .finite), high: p.number("high", default: .nan, .finite),
        center: p.number("center", .finite), isInteger: p.bool("integer", default: false))
      p.finish()
      return parameter
    }
    let metrics = (root.array("metrics", required: true, nonEmpty: true) ?? []).enumerated().compactMap { i, v in
      problems.string(v, at: JSONPath.element("metrics", i), nonEmpty: true)
    }
    let units = (root.array("metric_units", required: false) ?? []).enumerated().compactMap { i, v in
      problems.string(v, at: JSONPath.element("metric_units", i))
    }
    if !units.isEmpty && units.count != metrics.count {
      problems.report("metric_units", value: "\(units.count) units", "not one unit per metric",
        allowed: "\(metrics.count) units, as many as \"metrics\" has")
    }
    let bases = root.objects("bases", required: false).map { b in
      let base = ScenarioSource(file: b.string("file", nonEmpty: true), sha256: b.string("sha256", nonEmpty: true))
      b.finish()
      return base
    }
    let shardText = root.string("shard")
    let manifest = SweepManifest(
      name: root.string("name"), file: root.string("file"), sha256: root.string("sha256", nonEmpty: true),
      design: sweepDesign, parameters: parameters, metrics: metrics,
      replications: root.integer("replications", 1...100_000), seed: UInt64(root.integer("seed", 0...Int.max)),
      days: root.integer("days", 1...3650), warmupDays: root.integer("warmup_days", 0...3650),
      points: root.integer("points", 1...Int.max), runs: root.integer("runs", 1...Int.max),
      shard: Shard(shardText) ?? .all, description: root.string("description", default: ""),
      baseDescription: root.string("base_description", default: ""), metricUnits: units, bases: bases)
    if Shard(shardText) == nil {
      problems.report("shard", value: "\"\(shardText)\"", "not a shard", allowed: "I/N with 0 ≤ I < N")
    }
    root.finish()
    try problems.throwIfAny()
    return manifest
  }
}
