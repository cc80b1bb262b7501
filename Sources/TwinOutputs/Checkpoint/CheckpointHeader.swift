import FileFormats
import ScenarioFiles
import TwinExperiments

/// What a checkpoint file says about itself, in its readable JSON header: where the run came
/// from and where it stopped. The state itself is the binary part (``CheckpointFile``).
public struct CheckpointHeader: Hashable, Sendable {
  /// The tool and version that wrote it (`community-twin 0.4.0 (commit …)`).
  public var tool: String
  /// When it was written (ISO 8601, UTC).
  public var written: String
  /// The scenario's name, the file it was read from and that file's SHA-256.
  public var scenario: String
  public var scenarioFile: String
  public var scenarioSHA256: String
  /// The scenario file's `base` files, each with its SHA-256, nearest first.
  public var scenarioBases: [ScenarioSource]
  /// The master seed, the pairing and the replications held.
  public var seed: UInt64
  public var antithetic: Bool
  public var replications: Int
  /// The midnight the replications stopped at, and the horizon [days from the start of the
  /// warm-up]; the warm-up's length [days].
  public var day: Int
  public var horizonDay: Int
  public var warmupDays: Int
  /// The build that wrote it, on what system, how it was called and when (``Provenance``);
  /// `nil` for a checkpoint written before checkpoints recorded it. `run --from` and
  /// `compare --from` refuse a checkpoint of another build (``BuildMismatch``) unless
  /// `--allow-other-version`.
  public var provenance: Provenance?

  /// The header of `checkpoint`, run from `scenarioFile` (whose bytes hash to
  /// `scenarioSHA256`, with base files `scenarioBases`) by `tool` at `written`, by the build
  /// `provenance` describes.
  public init(
    _ checkpoint: ExperimentCheckpoint, tool: String, written: String, scenarioFile: String, scenarioSHA256: String,
    scenarioBases: [ScenarioSource] = [], provenance: Provenance? = nil
  ) {
    self.tool = tool
    self.written = written
    self.provenance = provenance
    scenario = checkpoint.scenario.name
    self.scenarioFile = scenarioFile
    self.scenarioSHA256 = scenarioSHA256
    self.scenarioBases = scenarioBases
    seed = checkpoint.seed
    antithetic = checkpoint.antithetic
    replications = checkpoint.replications
    day = checkpoint.day
    horizonDay = checkpoint.scenario.simulatedDays
    warmupDays = checkpoint.scenario.warmupDays
  }

  /// The header as JSON text (the project's one JSON writer), ending with `provenance` when
  /// recorded, with a final line end.
  var json: String {
    var fields: [(key: String, value: String)] = [
      ("tool", JSONText.string(tool)), ("written", JSONText.string(written)),
      ("scenario", JSONText.string(scenario)), ("scenario_file", JSONText.string(scenarioFile)),
      ("scenario_sha256", JSONText.string(scenarioSHA256)),
      (
        "scenario_bases",
        "["
          + scenarioBases.map { "{\"file\": \(JSONText.string($0.file)), \"sha256\": \(JSONText.string($0.sha256))}" }
          .joined(separator: ", ") + "]"
      ),
      ("seed", String(seed)),
      ("antithetic", String(antithetic)), ("replications", String(replications)), ("day", String(day)),
      ("horizon_day", String(horizonDay)), ("warmup_days", String(warmupDays)),
    ]
    if let provenance { fields.append(("provenance", provenance.json(indent: "  "))) }
    return JSONText.object(fields, indent: "") + "\n"
  }

  /// The header read back from its JSON object.
  /// - Throws: ``FileReadError`` naming the key that is missing or wrong.
  init(_ fields: JSONFields) throws(FileReadError) {
    tool = try fields.string("tool")
    written = try fields.string("written")
    scenario = try fields.string("scenario")
    scenarioFile = try fields.string("scenario_file")
    scenarioSHA256 = try fields.string("scenario_sha256")
    scenarioBases = try fields.array("scenario_bases").map { base throws(FileReadError) in
      ScenarioSource(file: try base.string("file"), sha256: try base.string("sha256"))
    }
    seed = try fields.unsigned("seed")
    antithetic = try fields.bool("antithetic")
    replications = try fields.integer("replications", 1...Int.max)
    day = try fields.integer("day", 1...Int.max)
    horizonDay = try fields.integer("horizon_day", 1...Int.max)
    warmupDays = try fields.integer("warmup_days", 0...Int.max)
    provenance = try Provenance.read(in: fields)
  }
}
