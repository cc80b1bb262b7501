import CommunityModel
import Dispatch
import Foundation
import ScenarioFiles

/// Runs chosen runs of a sweep in parallel and hands each finished run's record over as soon
/// as it exists, so that the caller can put it somewhere safe (`runs.jsonl`) before the next
/// one finishes.
///
/// Run i is design point i / R, replication i mod R (see ``Sweep``); its random streams
/// depend only on the sweep's seed and the replication number, so a record is the same
/// whichever thread computes it and whenever. Records are handed over in completion order.
public struct SweepExecution: Sendable {
  public let sweep: Sweep
  /// Worker threads (≥ 1).
  public let threads: Int

  public init(sweep: Sweep, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.sweep = sweep
    self.threads = max(1, threads)
  }

  /// Runs `runs` (indices into the sweep's runs) on up to ``threads`` workers.
  ///
  /// - Parameters:
  ///   - progress: after each simulated day of each run and after each run is recorded: runs
  ///     finished in this call and `runs.count`, and days simulated (warm-up included) out of
  ///     the days `runs` simulate in all.
  ///   - record: called once per finished run, from a worker thread (never two at once for
  ///     the same run; it must be safe to call from several threads). After the first error
  ///     it throws, no new run starts.
  /// - Throws: the first error `record` threw.
  /// - Complexity: the runs' own work divided over the workers.
  public func run(
    _ runs: [Int], progress: (@Sendable (ExperimentProgress) -> Void)? = nil,
    record: @escaping @Sendable (SweepRunRecord) throws -> Void
  ) throws {
    let state = WorkQueue(jobs: runs.count)
    let sweep = self.sweep
    let plannedDays = progress == nil ? 0 : Self.simulatedDays(of: runs, in: sweep)
    @Sendable func report(_ counts: WorkQueue.Counts) {
      progress?(
        ExperimentProgress(
          finished: counts.finished, planned: runs.count, simulatedDays: counts.simulatedDays,
          plannedDays: plannedDays))
    }
    @Sendable func perform(_ job: Int) {
      let index = runs[job]
      let (point, replication) = sweep.run(index)
      let result = DistrictModel.runReplication(
        sweep.scenario(forPoint: point), seed: sweep.seed, replication: replication,
        dayDone: progress.map { _ in { _ in state.simulatedDay(report) } })
      let finished = SweepRunRecord(
        run: index, point: point, replication: replication, seed: sweep.seed, parameters: sweep.points[point],
        metrics: sweep.metrics.map { result[metric: $0] ?? .nan }, events: result.events)
      do {
        try record(finished)
        state.finished(report)
      } catch {
        state.fail(error)
      }
    }
    let workers = min(threads, runs.count)
    if workers <= 1 {
      while let job = state.next() { perform(job) }
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let job = state.next() { perform(job) }
      }
    }
    if let failure = state.failure { throw failure }
  }

  /// Days `runs` simulate in all, warm-up included (a sweep parameter may change either).
  /// O(points + runs).
  static func simulatedDays(of runs: [Int], in sweep: Sweep) -> Int {
    var daysOfPoint: [Int: Int] = [:]
    return runs.reduce(0) { total, index in
      let point = sweep.run(index).point
      if daysOfPoint[point] == nil { daysOfPoint[point] = sweep.scenario(forPoint: point).longestRunDays }
      return total + daysOfPoint[point, default: 0]
    }
  }
}
