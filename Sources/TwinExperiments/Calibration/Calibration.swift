import CommunityModel
import Foundation
import ScenarioFiles

/// A calibration: the parameter values at which the model's means come closest to observed
/// figures, and every evaluated point that meets them all (`community-twin calibrate`,
/// `Docs/calibration.md`).
///
/// The search has two stages, every point run with the same replications under the same seed
/// (common random numbers, so two points' distances differ by their parameters, not by
/// their luck):
///
/// 1. **Design**: the Latin hypercube of ``space`` (space-filling over the ranges).
/// 2. **Refinement**: a compass search from the best point so far: each round evaluates the
///    best point ± one step along each parameter (clamped to its range, rounded for integer
///    parameters, points already evaluated skipped); it moves to a better point if one is
///    found and otherwise halves the steps. Steps start at an eighth of each range.
///
/// The best point has the smallest distance (``CalibrationPoint/distance``); ties go to the
/// earlier point. The accepted set is every evaluated point that meets every fitted target
/// (a simple approximate-Bayesian acceptance over the points the search visited). Held-out
/// targets are computed at every point but used for neither.
///
/// Deterministic for a seed and independent of the thread count: runs are recorded by their
/// index, and each run's random numbers depend only on the seed and its replication.
public struct Calibration: Sendable {
  /// The design stage as a sweep: its parameters, Latin hypercube points, replications, seed
  /// and metrics (the targets' metrics, in the targets' order).
  public var space: Sweep
  public var targets: [CalibrationTarget]
  /// Rounds of the refinement stage (0: the design only).
  public var refinementRounds: Int

  /// - Precondition: `space.metrics` are the targets' metrics in order.
  public init(space: Sweep, targets: [CalibrationTarget], refinementRounds: Int = 6) {
    precondition(space.metrics == targets.map(\.metric), "the space records the targets' metrics")
    self.space = space
    self.targets = targets
    self.refinementRounds = refinementRounds
  }

  /// Runs that the search may take at most: the design's points and every refinement round's
  /// (two per parameter), each replicated.
  public var plannedRuns: Int {
    (space.points.count + refinementRounds * 2 * space.parameters.count) * space.replications
  }

  /// Runs the search on `threads` workers; `progress` is called as runs finish (runs finished
  /// of ``plannedRuns``; a search that stops early jumps to the end).
  ///
  /// - Parameters:
  ///   - known: runs already done (a resumed search, or the design's shards gathered): they
  ///     are not run again, and the result is the one an uninterrupted search gives.
  ///   - record: called with each run as it finishes (from worker threads), to keep it
  ///     somewhere safe; after the first error it throws, no new run starts.
  /// - Throws: the first error `record` threw.
  public func run(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (ExperimentProgress) -> Void)? = nil, known: [CalibrationRunRecord] = [],
    record: (@Sendable (CalibrationRunRecord) throws -> Void)? = nil
  ) throws -> CalibrationResult {
    let planned = plannedRuns
    var finished = 0
    var points: [CalibrationPoint] = []
    func evaluateBatch(_ batch: [[Double]], stage: CalibrationPoint.Stage) throws {
      let offset = finished
      points += try evaluate(
        batch, stage: stage, threads: threads,
        progress: progress.map { report in
          { @Sendable step in report(ExperimentProgress(finished: offset + step.finished, planned: planned)) }
        }, known: known, record: record)
      finished += batch.count * space.replications
    }

    try evaluateBatch(space.points, stage: .design)
    var best = Self.best(of: points)
    var steps = space.parameters.map { ($0.high - $0.low) / 8 }
    for _ in 0..<refinementRounds {
      var candidates: [[Double]] = []
      for (k, parameter) in space.parameters.enumerated() {
        for direction in [-1.0, 1.0] {
          var values = points[best].values
          values[k] = parameter.conformed(min(parameter.high, max(parameter.low, values[k] + direction * steps[k])))
          if !points.contains(where: { $0.values == values }) && !candidates.contains(values) {
            candidates.append(values)
          }
        }
      }
      let before = points.count
      try evaluateBatch(candidates, stage: .refinement)
      let next = Self.best(of: points)
      if next >= before && points[next].distance < points[best].distance {
        best = next
      } else {
        steps = steps.map { $0 / 2 }
      }
    }
    progress?(ExperimentProgress(finished: planned, planned: planned))
    return CalibrationResult(space: space, targets: targets, points: points, best: best)
  }

  /// Runs the design stage's runs that belong to `shard` (run i of the design, point i / R and
  /// replication i mod R, when i mod N = I) and are not `known`, handing each to `record`;
  /// a search given every shard's records as `known` then runs only the refinement.
  /// - Throws: the first error `record` threw.
  public func runDesign(
    shard: Shard, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (ExperimentProgress) -> Void)? = nil, known: [CalibrationRunRecord] = [],
    record: @escaping @Sendable (CalibrationRunRecord) throws -> Void
  ) throws {
    let done = Set(known.map(\.key))
    let runs = shard.runs(of: space.runCount).filter { index in
      let (point, replication) = space.run(index)
      return !done.contains(CalibrationRunRecord.Key(values: space.points[point], replication: replication))
    }
    try SweepExecution(sweep: space, threads: threads).run(runs, progress: progress) { finished in
      try record(
        CalibrationRunRecord(
          values: space.points[finished.point], replication: finished.replication, metrics: finished.metrics))
    }
  }

  /// The points at `batch` (one value per parameter each), each run with the space's
  /// replications and seed on `threads` workers, except the runs in `known`, whose metrics are
  /// taken as they are; `progress` counts the runs done now, `record` gets each.
  /// - Throws: the first error `record` threw.
  public func evaluate(
    _ batch: [[Double]], stage: CalibrationPoint.Stage = .design,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (ExperimentProgress) -> Void)? = nil, known: [CalibrationRunRecord] = [],
    record: (@Sendable (CalibrationRunRecord) throws -> Void)? = nil
  ) throws -> [CalibrationPoint] {
    guard !batch.isEmpty else { return [] }
    let known = Dictionary(known.map { ($0.key, $0.metrics) }, uniquingKeysWith: { first, _ in first })
    var sweep = space
    sweep.points = batch
    let records = ResultSlots<[Double]>(count: sweep.runCount)
    var missing: [Int] = []
    for index in 0..<sweep.runCount {
      let (point, replication) = sweep.run(index)
      if let metrics = known[CalibrationRunRecord.Key(values: batch[point], replication: replication)] {
        records.store(metrics, at: index)
      } else {
        missing.append(index)
      }
    }
    try SweepExecution(sweep: sweep, threads: threads).run(missing, progress: progress) { finished in
      try record?(
        CalibrationRunRecord(
          values: batch[finished.point], replication: finished.replication, metrics: finished.metrics))
      records.store(finished.metrics, at: finished.run)
    }
    let metrics = records.collect()
    return batch.enumerated().map { p, values in
      let runs = Array(metrics[(p * sweep.replications)..<((p + 1) * sweep.replications)])
      return CalibrationPoint(stage: stage, values: values, runs: runs, targets: targets)
    }
  }

  /// The point with the smallest distance, the earliest of equals.
  static func best(of points: [CalibrationPoint]) -> Int {
    points.indices.min {
      points[$0].distance < points[$1].distance || (points[$0].distance == points[$1].distance && $0 < $1)
    }!
  }
}
