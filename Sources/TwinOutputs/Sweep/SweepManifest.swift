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
  /// The build that made the folder's runs (a merge: the build that merged them), how it was
  /// called and when; `nil` when the manifest predates provenance or none was given.
  public var provenance: Provenance?
  /// The base scenario's language (``RecordedLanguage``: written only when not English).
  public var language: ReportLanguage

  /// The manifest of `sweep`'s shard `shard`, run by the build `provenance` describes.
  public init(sweep: Sweep, shard: Shard, provenance: Provenance? = nil) {
    self.init(
      name: sweep.name, file: sweep.file, sha256: sweep.sha256, design: sweep.design, parameters: sweep.parameters,
      metrics: sweep.metrics, replications: sweep.replications, seed: sweep.seed, days: sweep.days,
      warmupDays: sweep.warmupDays, points: sweep.points.count, runs: sweep.runCount, shard: shard,
      description: sweep.description, baseDescription: sweep.baseDescription, metricUnits: sweep.metricUnits,
      bases: sweep.bases, provenance: provenance, language: sweep.language)
  }

  public init(
    name: String, file: String, sha256: String, design: SweepDesign, parameters: [SweepParameter], metrics: [String],
    replications: Int, seed: UInt64, days: Int, warmupDays: Int, points: Int, runs: Int, shard: Shard,
    description: String = "", baseDescription: String = "", metricUnits: [String] = [], bases: [ScenarioSource] = [],
    provenance: Provenance? = nil, language: ReportLanguage = .en
  ) {
    self.name = name
    self.language = language
    self.provenance = provenance
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
      var fields: [(key: String, value: String)] = [("path", JSONText.string(p.path))]
      if let label = p.label { fields.append(("label", JSONText.string(label))) }
      fields += [
        ("levels", "[" + p.levels.map { JSONText.number($0) }.joined(separator: ", ") + "]"),
        ("low", JSONText.number(p.low)), ("high", JSONText.number(p.high)),
        ("center", JSONText.number(p.center)), ("integer", "\(p.isInteger)"),
      ]
      return JSONText.object(fields, indent: "    ")
    }
    var fields: [(key: String, value: String)] = [
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
    ]
    if let field = RecordedLanguage.field(language) { fields.append(field) }
    if let provenance { fields.append(("provenance", provenance.json(indent: "  "))) }
    return JSONText.object(fields, indent: "") + "\n"
  }

  /// Reads the manifest in `directory`: the value ``json()`` wrote. Manifests written before
  /// descriptions, metric units, bases, provenance and parameter labels were recorded still
  /// read (those are then empty or `nil`).
  /// - Throws: ``FileReadError`` naming the manifest file, the key path and what is wrong.
  /// - Complexity: O(file size).
  public static func read(from directory: URL) throws(FileReadError) -> SweepManifest {
    let url = directory.appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw FileReadError(path: url.path, message: "missing: \(directory.path) is not the output folder of a sweep")
    }
    let root = try JSONFields.root(of: url)
    let design = try root.fields("design")
    let sweepDesign: SweepDesign
    switch try design.string("kind") {
    case "grid": sweepDesign = .grid
    case "one_at_a_time": sweepDesign = .oneAtATime
    case "latin_hypercube":
      sweepDesign = .latinHypercube(
        points: try design.integer("points", 2...1_000_000), seed: try design.unsigned("seed"))
    default:
      throw FileReadError(
        path: design.file, location: design.keyPath("kind"), message: "not one of grid, latin_hypercube, one_at_a_time")
    }
    var parameters: [SweepParameter] = []
    for p in try root.array("parameters") {
      parameters.append(
        SweepParameter(
          path: try p.string("path"), label: try p.optionalString("label"), levels: try p.numbers("levels"),
          low: try p.optionalNumber("low") ?? .nan,
          high: try p.optionalNumber("high") ?? .nan, center: try p.finite("center"),
          isInteger: p.contains("integer") ? try p.bool("integer") : false))
    }
    let metrics = try root.strings("metrics")
    let units = root.contains("metric_units") ? try root.strings("metric_units") : []
    if !units.isEmpty && units.count != metrics.count {
      throw FileReadError(
        path: root.file, location: "metric_units",
        message: "\(units.count) units for \(metrics.count) metrics: not one unit per metric")
    }
    var bases: [ScenarioSource] = []
    if root.contains("bases") {
      for b in try root.array("bases") {
        bases.append(ScenarioSource(file: try b.string("file"), sha256: try b.string("sha256")))
      }
    }
    let shardText = try root.string("shard")
    guard let shard = Shard(shardText) else {
      throw FileReadError(path: root.file, location: "shard", message: "\"\(shardText)\" is not I/N with 0 ≤ I < N")
    }
    return SweepManifest(
      name: try root.string("name"), file: try root.string("file"), sha256: try root.string("sha256"),
      design: sweepDesign, parameters: parameters, metrics: metrics,
      replications: try root.integer("replications", 1...100_000), seed: try root.unsigned("seed"),
      days: try root.integer("days", 1...3650), warmupDays: try root.integer("warmup_days", 0...3650),
      points: try root.integer("points", 1...Int.max), runs: try root.integer("runs", 1...Int.max), shard: shard,
      description: try root.optionalString("description") ?? "",
      baseDescription: try root.optionalString("base_description") ?? "", metricUnits: units, bases: bases,
      provenance: try Provenance.read(in: root), language: try RecordedLanguage.read(in: root))
  }
}
