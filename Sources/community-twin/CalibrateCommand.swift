import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// `community-twin calibrate`: the parameter values at which a scenario's means come closest
/// to observed figures (a Latin hypercube, then a compass search, under common random
/// numbers), the fit on stdout, and `calibrated.json`, `fit.csv`, `points.csv`,
/// `accepted.csv` in the output directory (`Docs/calibration.md`).
enum CalibrateCommand: Subcommand {
  static let targets = Option(
    "targets", .file(), required: true,
    help: "The observed figures: a CSV file with columns metric, value, tolerance and/or std_error, and optionally "
      + "weight and held_out (yes: kept out of the search, shown as validation).")
  static let parameters = Option(
    "parameters", .file(), required: true,
    help: "The parameters searched: a JSON file {\"parameters\": [{\"path\": …, \"range\": [low, high], \"integer\": "
      + "false}, …]} in the sweep file's syntax (Docs/sweeps.md).")
  static let points = Option(
    "points", .integer("N", in: 2...100_000), default: "10 per parameter (at least 20)",
    help: "Points of the Latin hypercube, 2 ... 100000.")
  static let replications = DefaultedOption(
    "replications", .integer("R", in: 1...10_000), default: 5,
    help: "Replications of every point, the same at every point (common random numbers), 1 ... 10000.")
  static let rounds = DefaultedOption(
    "rounds", .integer("K", in: 0...100), default: 6,
    help: "Rounds of the compass search around the best point (2 points per parameter each), 0 ... 100.")
  static let seed = CommonArguments.seed(default: "from the scenario file")
  static let shard = DefaultedOption(
    "shard", CommonArguments.shard, default: .all, defaultText: "the whole search",
    help: "Run only the Latin hypercube's runs with index mod N = I (0 ≤ I < N), into DIR/shard-I-of-N/runs.jsonl, "
      + "for job arrays; then one calibrate --resume in DIR gathers every shard and finishes the search "
      + "(Docs/calibration.md).")
  static let resume = Flag(
    "resume",
    help: "Continue the search in DIR: runs recorded in DIR/runs.jsonl and DIR/shard-*/runs.jsonl are not run again "
      + "(a run cut off mid-write is). Without it, a DIR that already holds runs is refused.")
  static let out = CommonArguments.out(default: "results/<scenario name>-calibration/")

  static let spec = CommandSpec(
    "calibrate", positional: CommonArguments.scenario,
    options: [
      targets, parameters, points, replications, rounds, seed, shard, resume, CommonArguments.allowOtherVersion,
      CommonArguments.threads, out, CommonArguments.lang, CommonArguments.quiet,
    ],
    examples: [
      "calibrate Scenarios/baseline.json --targets Scenarios/calibration/targets.csv \\\n    --parameters "
        + "Scenarios/calibration/parameters.json",
      "calibrate … --out DIR --shard 0/4   (… 3/4, as a job array), then calibrate … --out DIR --resume",
    ],
    summary: "Search the parameters of SCENARIO for the values at which its means come closest to observed figures: "
      + "a Latin hypercube over their ranges, then a compass search around the best point, every point with the "
      + "same replications (common random numbers). Print each target's fit, and write calibrated.json (the scenario "
      + "at the best point, a child of SCENARIO), fit.csv, points.csv (every point evaluated) and accepted.csv (every "
      + "point that meets every target not held out).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let provenance = CommonArguments.provenance()
    let path = arguments.argument
    let (targetsPath, parametersPath) = (arguments[required: targets], arguments[required: parameters])
    let (scenario, _, _, fileLanguage) = try loadScenario(path)
    let goals: [CalibrationTarget]
    let space: Sweep
    do {
      goals = try CalibrationTargetsFile.load(URL(fileURLWithPath: targetsPath), for: scenario)
      let count = arguments[points] ?? max(20, 10 * parameterCount(parametersPath))
      space = try CalibrationSpace.load(
        parameters: URL(fileURLWithPath: parametersPath), scenario: URL(fileURLWithPath: path), points: count,
        designSeed: arguments[seed] ?? scenario.seed, replications: arguments[replications],
        metrics: goals.map(\.metric))
    } catch {
      throw .input(error)
    }
    var seeded = space
    seeded.seed = arguments[seed] ?? scenario.seed
    let calibration = Calibration(space: seeded, targets: goals, refinementRounds: arguments[rounds])
    let output = try prepareOutputDirectory(arguments[out], fallback: "results/\(scenario.name)-calibration")
    let part = arguments[shard]
    let logURL = CalibrationLog.url(in: output.url, shard: part)
    let known: [CalibrationRunRecord]
    do {
      known = try CalibrationLog.read(
        output.url, shard: part, parameters: space.parameters.count, targets: goals.count)
      if !known.isEmpty && !arguments[resume] {
        throw CommandFailure.dataError(
          "\(logURL.deletingLastPathComponent().path) already holds a calibration's runs: continue it with --resume, "
            + "or choose another --out")
      }
      if !arguments[CommonArguments.allowOtherVersion],
        let mismatch = try CalibrationLog.buildMismatch(in: output.url, shard: part, current: provenance)
      {
        throw CommandFailure.dataError(mismatch.description)
      }
      try FileManager.default.createDirectory(
        at: logURL.deletingLastPathComponent(), withIntermediateDirectories: true)
      try CalibrationLog.recordBuild(provenance, in: output.url, shard: part)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw .input(error)
    }
    let log: RunLog
    do {
      log = try RunLog(appendingTo: logURL)
    } catch {
      throw .cannotCreate("\(error)")
    }
    @Sendable func keep(_ record: CalibrationRunRecord) throws { try log.append(CalibrationLog.line(record)) }
    let language = arguments[CommonArguments.lang] ?? fileLanguage
    let result: CalibrationResult
    do {
      if part != Shard.all {
        try ProgressBar.showing(unless: arguments[CommonArguments.quiet], language: language) { progress in
          try calibration.runDesign(
            shard: part, threads: arguments[CommonArguments.threads], progress: progress, known: known, record: keep)
        }
        printError(
          "Shard \(part) of the design recorded in \(logURL.path); when every shard is done, finish the search with "
            + "the same command, --resume and no --shard.")
        return
      }
      result = try ProgressBar.showing(unless: arguments[CommonArguments.quiet], language: language) { progress in
        try calibration.run(
          threads: arguments[CommonArguments.threads], progress: progress, known: known, record: keep)
      }
    } catch {
      throw .input(error)
    }
    printOutput(CalibrationTable.render(result, language: language))
    try writeOutput(to: output.path, names: CalibrationOutput.fileNames, language: language) {
      try CalibrationOutput.write(
        result, name: "\(scenario.name)-calibrated",
        description: "\(scenario.name) calibrated to \(targetsPath) over \(parametersPath) "
          + "(community-twin calibrate, seed \(seeded.seed), \(seeded.replications) replications per point).",
        provenance: provenance, to: output.url)
    }
  }

  /// The number of entries in the parameters file's `parameters` array (for the default
  /// number of points), or 1 when it cannot be read (the full read reports why).
  static func parameterCount(_ path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path), let root = JSONFields.parse(data, file: path),
      let entries = try? root.array("parameters")
    else { return 1 }
    return max(1, entries.count)
  }
}
