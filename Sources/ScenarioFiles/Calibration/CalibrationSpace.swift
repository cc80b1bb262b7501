import CommunityModel
import FileFormats
import Foundation

/// The parameters a calibration searches: key paths of a scenario with the ranges they may
/// take, read from a JSON file in the sweep file's syntax (`{"parameters": [{"path": …,
/// "range": [low, high], "integer": …}, …]}`, `Docs/sweeps.md`), and the scenario's Latin
/// hypercube over them as a ``Sweep`` whose metrics are the targets' (so that every point runs
/// and is recorded as a sweep's run is).
///
/// Every parameter path must exist (or be a key the scenario leaves to its default), and the
/// scenario must be valid at each end of every range (the other parameters at their
/// ranges' midpoints) as well as at every design point: a range beyond a key's allowed range
/// is reported before anything runs.
public enum CalibrationSpace {
  /// The Latin hypercube of `points` points (seed `designSeed`) over the parameters in the
  /// file at `parametersURL`, on the scenario file at `scenarioURL`, each point to run
  /// `replications` times with the scenario's seed, recording `metrics`.
  /// - Throws: ``ScenarioFileError`` listing every problem (of the parameters file, the
  ///   scenario, and each range end or design point that the scenario reader rejects).
  public static func load(
    parameters parametersURL: URL, scenario scenarioURL: URL, points: Int, designSeed: UInt64, replications: Int,
    metrics: [String]
  ) throws -> Sweep {
    let (file, data) = try FileBytes.contents(of: parametersURL)
    let problems = ProblemCollector(file: file)
    let root = try JSONDocument.rootReader(data, problems: problems)
    _ = root.string("comment", default: "")
    let entries = root.array("parameters", required: true, nonEmpty: true) ?? []
    root.finish()
    try problems.throwIfAny()
    let name = (try? ScenarioFile.load(scenarioURL).name) ?? "scenario"
    let sweep: JSONValue = .object([
      "name": .string("\(name)-calibration"),
      "base": .string(scenarioURL.path),
      "parameters": .array(entries),
      "design": .object([
        "kind": .string("latin_hypercube"), "points": .number(Double(points)), "seed": .number(Double(designSeed)),
      ]),
      "replications": .number(Double(replications)),
      "metrics": .array(metrics.map { .string($0) }),
    ])
    let loaded = try SweepFile.decode(Data(JSONValue.text(of: sweep).utf8), file: file)
    try checkRangeEnds(of: loaded)
    return loaded
  }

  /// Throws unless the scenario is valid with each parameter at each end of its range and the
  /// others at their midpoints.
  static func checkRangeEnds(of sweep: Sweep) throws(ScenarioFileError) {
    let midpoints = sweep.parameters.map { $0.conformed(($0.low + $0.high) / 2) }
    var found: [ScenarioProblem] = []
    for (k, parameter) in sweep.parameters.enumerated() {
      for (end, value) in [("low", parameter.low), ("high", parameter.high)] {
        var values = midpoints
        values[k] = parameter.conformed(value)
        let collector = ProblemCollector(
          file: "\(sweep.file) parameters[\(k)].range \(end) end (\(parameter.path) = \(JSONValue.format(values[k])))")
        _ = Sweep.decode(sweep.baseTree, parameters: sweep.parameters, values: values, problems: collector)
        found += collector.problems
      }
    }
    if !found.isEmpty { throw ScenarioFileError(problems: found) }
  }
}
