import CommunityModel
import Dispatch
import Foundation

/// Runs independent replications of one or several scenarios in parallel.
///
/// Every (scenario, replication) pair is one job: a ``ReplicationRun`` of the scenario (from
/// day 0, or a checkpoint's run forked to the scenario) finished into its result, and kept at
/// a checkpoint day on the way when asked. A job's random streams depend only on the master seed,
/// `r` and the pairing, never on which thread runs it or when, so replication `r` of every
/// scenario draws the same random numbers (common random numbers). Workers take the next
/// unstarted job from a shared counter (so a slow job does not hold up a fixed share of the
/// work) and put each result in its own write-once slot of a ``ResultSlots``. The output is
/// therefore in scenario and replication order and bit-identical for any thread count.
///
/// Jobs are handed out replication by replication (replication `r` of every scenario before
/// replication `r + 1` of any), so the scenarios progress together.
///
/// At most `min(threads, jobs)` jobs run at once, on Dispatch's workers
/// (`concurrentPerform`), which never runs more at once than there are cores, so asking for
/// more threads than cores gains nothing. With one worker everything runs on the calling
/// thread.
///
/// Cost: the jobs' own work divided over the workers, plus three lock round-trips per job;
/// memory O(jobs) for the results.
public struct ReplicationRunner: Sendable {
  /// Worker threads (≥ 1).
  public let threads: Int

  /// A runner with `threads` worker threads; by default one per active processor core.
  /// - Precondition: `threads` ≥ 1.
  public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    precondition(threads >= 1, "ReplicationRunner: threads = \(threads) must be ≥ 1")
    self.threads = threads
  }

  /// How far a call has got: replications finished, and days simulated over all of them
  /// (finished or under way).
  public struct Progress: Hashable, Sendable {
    /// Replications (jobs) finished so far.
    public var finished: Int
    /// Days simulated so far, summed over the jobs (warm-up days included).
    public var simulatedDays: Int

    public init(finished: Int, simulatedDays: Int) {
      self.finished = finished
      self.simulatedDays = simulatedDays
    }
  }

  /// Replications `0 ..< replications` of `scenario` under master seed `seed`, in replication
  /// order.
  ///
  /// - Parameter progress: called after each simulated day of each replication and after each
  ///   replication finishes (``Progress``: `simulatedDays` goes up by one per call until the
  ///   last day, then `finished` by one). It runs on a worker thread, under the runner's lock,
  ///   so it must be quick; it may be called from different threads.
  /// - Precondition: `replications` ≥ 0; with `antithetic`, `replications` is even.
  public func run(
    _ scenario: Scenario, seed: UInt64, replications: Int, antithetic: Bool = false,
    progress: (@Sendable (Progress) -> Void)? = nil
  ) -> [ReplicationResult] {
    precondition(replications >= 0, "ReplicationRunner: replications = \(replications) must be ≥ 0")
    return run([scenario], seed: seed, replications: 0..<replications, antithetic: antithetic, progress: progress)[0]
  }

  /// Replications `replications` of every scenario under master seed `seed`:
  /// `result[s][i]` is replication `replications.lowerBound + i` of `scenarios[s]`.
  ///
  /// - Parameter progress: as in ``run(_:seed:replications:antithetic:progress:)``, counting
  ///   the jobs (scenarios × replications) and days of this call.
  /// - Precondition: `replications.lowerBound` ≥ 0; with `antithetic`, both bounds are even
  ///   (whole pairs).
  public func run(
    _ scenarios: [Scenario], seed: UInt64, replications: Range<Int>, antithetic: Bool = false,
    progress: (@Sendable (Progress) -> Void)? = nil
  ) -> [[ReplicationResult]] {
    precondition(replications.lowerBound >= 0, "ReplicationRunner: negative replication \(replications.lowerBound)")
    precondition(
      !antithetic || (replications.lowerBound % 2 == 0 && replications.upperBound % 2 == 0),
      "ReplicationRunner: antithetic replications \(replications) must be whole pairs")
    return run(scenarios, replications: replications, progress: progress) { s, r in
      ReplicationRun(scenarios[s], seed: seed, replication: r, antithetic: antithetic)
    }.results
  }

  /// Every replication of `checkpoint`, continued under each of `scenarios` (forks:
  /// ``ReplicationRun/forked(to:)``), and, with `checkpointDay`, each replication's state at
  /// that midnight as well (of a run from day 0 only: `checkpoint` nil): `results[s][r]` is
  /// replication r of `scenarios[s]`, `checkpoints[s][r]` its state at `checkpointDay`.
  ///
  /// - Precondition: each scenario may fork the checkpoint (``Scenario/forkProblems(_:atDay:)``
  ///   empty); `checkpointDay` is after the checkpoint's day and before each scenario's horizon.
  public func run(
    _ scenarios: [Scenario], from checkpoint: ExperimentCheckpoint?, seed: UInt64, replications: Int,
    antithetic: Bool, checkpointDay: Int?, progress: (@Sendable (Progress) -> Void)? = nil
  ) -> (results: [[ReplicationResult]], checkpoints: [[ReplicationRun]]?) {
    run(scenarios, replications: 0..<replications, checkpointDay: checkpointDay, progress: progress) { s, r in
      if let checkpoint { return checkpoint.runs[r].forked(to: scenarios[s]) }
      return ReplicationRun(scenarios[s], seed: seed, replication: r, antithetic: antithetic)
    }
  }

  /// Replications `replications` of every scenario, each started by `start(s, r)` (a run at
  /// day 0, or a checkpoint's), stopped and kept at `checkpointDay` if given, and finished.
  private func run(
    _ scenarios: [Scenario], replications: Range<Int>, checkpointDay: Int? = nil,
    progress: (@Sendable (Progress) -> Void)?, start: @Sendable (Int, Int) -> ReplicationRun
  ) -> (results: [[ReplicationResult]], checkpoints: [[ReplicationRun]]?) {
    let perScenario = replications.count
    let jobs = scenarios.count * perScenario
    let slots = ResultSlots<ReplicationResult>(count: jobs)
    let kept = checkpointDay.map { _ in ResultSlots<ReplicationRun>(count: jobs) }
    let queue = WorkQueue(jobs: jobs)
    @Sendable func report(_ counts: WorkQueue.Counts) {
      progress?(Progress(finished: counts.finished, simulatedDays: counts.simulatedDays))
    }
    // Job j is replication lowerBound + j / S of scenario j % S; it goes to slot s · R + i.
    @Sendable func perform(_ job: Int) {
      let (i, s) = job.quotientAndRemainder(dividingBy: scenarios.count)
      var run = start(s, replications.lowerBound + i)
      let dayDone: ((Int) -> Void)? = progress.map { _ in { _ in queue.simulatedDay(report) } }
      if let checkpointDay, let kept {
        run.advance(toDay: checkpointDay, dayDone: dayDone)
        kept.store(run, at: s * perScenario + i)
      }
      slots.store(run.finish(dayDone: dayDone), at: s * perScenario + i)
      queue.finished(report)
    }
    let workers = min(threads, jobs)
    if workers <= 1 {
      for job in 0..<jobs { perform(job) }
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let job = queue.next() { perform(job) }
      }
    }
    func byScenario<T>(_ all: [T]) -> [[T]] {
      scenarios.indices.map { s in Array(all[s * perScenario..<(s + 1) * perScenario]) }
    }
    return (byScenario(slots.collect()), kept.map { byScenario($0.collect()) })
  }
}
