import CommunityModel
import Foundation
import ScenarioFiles
import Testing
import TwinExperiments
import _TwinTestSupport

/// A calibration recovers parameters from data the model generated at known values, is
/// deterministic for a seed whatever the thread count, and refuses bad targets and
/// parameters before anything runs.
@Suite struct CalibrationSearchTests {
  /// The baseline's community at 2,000 residents, 20 days after a 10-day warm-up, no drain,
  /// as a scenario file (a `base` child of the baseline) in `directory`.
  static func smallScenarioFile(in directory: URL) throws -> URL {
    let baseline = Fixtures.scenariosDirectory.appendingPathComponent("baseline.json").path
    let file = directory.appendingPathComponent("small.json")
    try Data(
      """
      {"base": "\(baseline)", "name": "small",
       "run": {"days": 20, "warmup_days": 10, "drain_days": 0, "replications": 4, "seed": 5},
       "communities": [{"name": "A", "residents": 2000,
                        "cohort_shares": {"elderly": 0.22, "adults": 0.35, "families": 0.18, "youth": 0.25}}]}
      """.utf8
    ).write(to: file)
    return file
  }

  /// The online report probability and the fitness stations per 1,000 residents.
  static func parametersFile(in directory: URL) throws -> URL {
    let file = directory.appendingPathComponent("parameters.json")
    try Data(
      """
      {"parameters": [
        {"path": "capture.online_report_probability", "range": [0.04, 0.4]},
        {"path": "facilities[fitness].capacity_per_1000", "range": [1, 6]}
      ]}
      """.utf8
    ).write(to: file)
    return file
  }

  static let metrics = ["needs.self_reported_share", "utilization.facility.fitness"]
  /// The true parameters: online reports 0.2 (the baseline's 0.12), 3 stations per 1,000
  /// (2.5).
  static let truth = [0.2, 3.0]

  /// Data from the model at the true parameters (20 replications under another seed than the
  /// calibration's) give each target its observed mean and a tolerance of 6 standard errors of
  /// the difference between that mean and a 4-replication model mean (the data's own sd
  /// estimating both): the model's mean at the truth lies outside with probability below
  /// 1e-5 per target (Student t, 19 degrees of freedom), so the true point is accepted except
  /// with probability below 2e-5. Then: the best point meets every target, the true point is
  /// accepted, the best point lies within a quarter of each range of the truth, the
  /// tolerances still reject some design points, and the held-out target is reported.
  @Test func dataFromKnownParametersAreCalibratedBack() throws {
    try withTemporaryDirectory { directory in
      let scenarioFile = try Self.smallScenarioFile(in: directory)
      let parameters = try Self.parametersFile(in: directory)
      let data = try CalibrationSpace.load(
        parameters: parameters, scenario: scenarioFile, points: 2, designSeed: 1, replications: 20,
        metrics: Self.metrics)
      var observing = data
      observing.seed = 999
      let observed = try Calibration(
        space: observing, targets: Self.metrics.map { CalibrationTarget(metric: $0, value: 0, tolerance: 1) },
        refinementRounds: 0
      ).evaluate([Self.truth], threads: 2)[0]
      let sdFactor = 6 * (1.0 / 20 + 1.0 / 4).squareRoot() * 20.0.squareRoot()
      var targets = Self.metrics.indices.map { t in
        CalibrationTarget(
          metric: Self.metrics[t], value: observed.means[t], tolerance: sdFactor * observed.standardErrors[t])
      }
      targets.append(
        CalibrationTarget(metric: "satisfaction.satisfied_share", value: 0.6, tolerance: 0.05, heldOut: true))

      let space = try CalibrationSpace.load(
        parameters: parameters, scenario: scenarioFile, points: 10, designSeed: 3, replications: 4,
        metrics: targets.map(\.metric))
      let calibration = Calibration(space: space, targets: targets, refinementRounds: 3)
      let result = try calibration.run(threads: 2)
      let best = result.bestPoint
      #expect(best.isAccepted, "best \(best.values): \(best.means) against \(targets.map(\.value))")
      let atTruth = try calibration.evaluate([Self.truth], threads: 2)[0]
      #expect(atTruth.isAccepted, "truth: \(atTruth.means) against \(targets.map(\.value))")
      for (k, parameter) in space.parameters.enumerated() {
        #expect(
          abs(best.values[k] - Self.truth[k]) <= (parameter.high - parameter.low) / 4,
          "\(parameter.path): best \(best.values[k]), truth \(Self.truth[k])")
      }
      #expect(result.accepted.count < result.points.count, "the tolerances reject nothing")
      #expect(result.points.filter { $0.stage == .refinement }.count > 0)
      #expect(best.means.count == 3 && best.means[2].isFinite)

      // The same search on one thread: the same points, bit for bit.
      let again = try calibration.run(threads: 1)
      #expect(again.points == result.points && again.best == result.best)
    }
  }

  /// A search told of runs already done (the first half of an earlier search's runs, or the
  /// design's two shards) runs only the others and ends where the uninterrupted search ends.
  @Test func aResumedOrShardedSearchEndsWhereTheWholeSearchEnds() throws {
    try withTemporaryDirectory { directory in
      let space = try CalibrationSpace.load(
        parameters: try Self.parametersFile(in: directory), scenario: try Self.smallScenarioFile(in: directory),
        points: 5, designSeed: 2, replications: 2, metrics: Self.metrics)
      let calibration = Calibration(
        space: space, targets: Self.metrics.map { CalibrationTarget(metric: $0, value: 0.3, tolerance: 0.05) },
        refinementRounds: 2)
      let all = Collected()
      let whole = try calibration.run(threads: 2, record: all.append)
      #expect(all.records.count == whole.points.count * 2)

      let half = Array(
        all.records.sorted { $0.values.lexicographicallyPrecedes($1.values) }.prefix(all.records.count / 2))
      let rest = Collected()
      let resumed = try calibration.run(threads: 2, known: half, record: rest.append)
      #expect(resumed.points == whole.points && resumed.best == whole.best)
      #expect(rest.records.count == all.records.count - half.count)
      #expect(Set(rest.records).isDisjoint(with: Set(half)))

      let shards = Collected()
      for index in 0..<2 {
        try calibration.runDesign(shard: Shard(index: index, count: 2)!, threads: 1, record: shards.append)
      }
      #expect(shards.records.count == space.runCount)
      let refinement = Collected()
      let gathered = try calibration.run(threads: 2, known: shards.records, record: refinement.append)
      #expect(gathered.points == whole.points && gathered.best == whole.best)
      #expect(refinement.records.count == (whole.points.count - space.points.count) * 2)
    }
  }

  /// The shipped example (`Scenarios/calibration/`) reads on the baseline: seven fitted targets
  /// and two held out, four parameters whose ranges the scenario accepts end to end.
  @Test func theShippedExampleIsValid() throws {
    let folder = Fixtures.scenariosDirectory.appendingPathComponent("calibration")
    let baseline = Fixtures.scenariosDirectory.appendingPathComponent("baseline.json")
    let targets = try CalibrationTargetsFile.load(
      folder.appendingPathComponent("targets.csv"), for: try ScenarioFile.load(baseline))
    #expect(targets.filter(\.heldOut).count == 2 && targets.count == 9)
    let space = try CalibrationSpace.load(
      parameters: folder.appendingPathComponent("parameters.json"), scenario: baseline, points: 4, designSeed: 1,
      replications: 1, metrics: targets.map(\.metric))
    #expect(space.parameters.count == 4)
  }

  /// Unknown metric (with a did-you-mean), a negative tolerance, a row without tolerance or
  /// standard error, a bad held_out and an unknown column: all reported at once.
  @Test func badTargetsAreAllReportedAtOnce() throws {
    let scenario = try Fixtures.smallBaseline()
    let csv = """
      metric,value,tolerance,std_error,held_out,colour
      response.all.mean_day,14,2,,no,red
      needs.self_reported_share,0.08,-0.02,,no,
      utilization.workers,0.35,,,no,
      satisfaction.index,62,5,,maybe,

      """
    #expect {
      _ = try CalibrationTargetsFile.decode(Array(csv.utf8), file: "targets.csv", for: scenario)
    } throws: { error in
      let text = "\(error)"
      return text.contains("unknown column") && text.contains("colour")
    }
    let noColour = """
      metric,value,tolerance,std_error,held_out
      response.all.mean_day,14,2,,no
      needs.self_reported_share,0.08,-0.02,,no
      utilization.workers,0.35,,,no
      satisfaction.index,62,5,,maybe

      """
    do {
      _ = try CalibrationTargetsFile.decode(Array(noColour.utf8), file: "targets.csv", for: scenario)
      Issue.record("bad targets were accepted")
    } catch {
      let text = error.description
      #expect(text.hasPrefix("targets.csv: 4 problems:"), "\(text)")
      #expect(text.contains("line 2, metric = \"response.all.mean_day\": not a metric of this scenario; did you mean"))
      #expect(text.contains("line 3, tolerance = \"-0.02\": must be a number > 0"))
      #expect(text.contains("line 4, tolerance: a target needs a tolerance or a standard error"))
      #expect(text.contains("line 5, held_out = \"maybe\": not yes or no"))
    }
  }

  /// A parameter path that does not exist, and a range reaching beyond the key's allowed
  /// range (a probability above 1 at the range's high end), each named before anything runs.
  @Test func badParametersAreNamedBeforeAnythingRuns() throws {
    try withTemporaryDirectory { directory in
      let scenarioFile = try Self.smallScenarioFile(in: directory)
      let file = directory.appendingPathComponent("bad.json")
      try Data(
        """
        {"parameters": [{"path": "capture.online_report_probabilty", "range": [0.1, 0.2]}]}
        """.utf8
      ).write(to: file)
      #expect {
        _ = try CalibrationSpace.load(
          parameters: file, scenario: scenarioFile, points: 10, designSeed: 1, replications: 1, metrics: Self.metrics)
      } throws: { "\($0)".contains("online_report_probabilty") }
      try Data(
        """
        {"parameters": [{"path": "capture.online_report_probability", "range": [0.5, 1.5]}]}
        """.utf8
      ).write(to: file)
      #expect {
        _ = try CalibrationSpace.load(
          parameters: file, scenario: scenarioFile, points: 2, designSeed: 1, replications: 1, metrics: Self.metrics)
      } throws: { error in
        let text = "\(error)"
        return text.contains("capture.online_report_probability") && text.contains("must be 0 ... 1")
      }
    }
  }
}

/// Run records appended from any thread.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [CalibrationRunRecord] = []
  @Sendable func append(_ record: CalibrationRunRecord) { lock.withLock { stored.append(record) } }
  var records: [CalibrationRunRecord] { lock.withLock { stored } }
}
