import Dispatch
import Foundation

/// Runs independent replications of a scenario in parallel.
///
/// Replication `r` is `DistrictModel.runReplication(scenario, seed: seed, replication: r)`: its
/// random streams depend only on the master seed and `r`, never on which thread runs it or
/// when. Workers take the next unstarted replication number from a shared counter (so a slow
/// replication does not hold up a fixed share of the work) and put each result in slot `r` of
/// a ``ResultSlots``. The output is therefore in replication order and bit-identical for any
/// thread count.
///
/// At most `min(threads, replications)` replications run at once; the workers are Dispatch's
/// (`concurrentPerform`), which never runs more at once than there are cores, so asking for
/// more threads than cores gains nothing. With one worker everything runs on the calling
/// thread.
///
/// Cost: the replications' own work divided over the workers, plus
/// one lock round-trip per replication; memory O(replications) for the results.
public struct ReplicationRunner: Sendable {
  /// Worker threads (≥ 1).
  public let threads: Int

  /// A runner with `threads` worker threads; by default one per active processor core.
  /// - Precondition: `threads` ≥ 1.
  public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    precondition(threads >= 1, "ReplicationRunner: threads = \(threads) must be ≥ 1")
    self.threads = threads
  }

  /// Replications `0 ..< replications` of `scenario` under master seed `seed`, in replication
  /// order.
  ///
  /// - Parameter progress: called after each replication finishes with the number finished so
  ///   far (1 … `replications`, each value once, increasing). It runs on a worker thread, under
  ///   the runner's lock, so it must be quick; it may be called from different threads.
  /// - Precondition: `replications` ≥ 0.
  public func run(
    _ scenario: Scenario, seed: UInt64, replications: Int, progress: (@Sendable (Int) -> Void)? = nil
  ) -> [ReplicationResult] {
    precondition(replications >= 0, "ReplicationRunner: replications = \(replications) must be ≥ 0")
    let slots = ResultSlots<ReplicationResult>(count: replications)
    let counter = WorkCounter()
    let workers = min(threads, replications)
    if workers <= 1 {
      for r in 0..<replications {
        slots.store(DistrictModel.runReplication(scenario, seed: seed, replication: r), at: r)
        counter.finished(progress)
      }
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let r = counter.next(below: replications) {
          slots.store(DistrictModel.runReplication(scenario, seed: seed, replication: r), at: r)
          counter.finished(progress)
        }
      }
    }
    return slots.collect()
  }
}

/// The runner's shared state: the next replication number to hand out and the number
/// finished. Every access holds the lock.
private final class WorkCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private var finishedCount = 0

  /// The next unstarted index below `limit`, or `nil` when all are handed out. O(1).
  func next(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < limit else { return nil }
    defer { nextIndex += 1 }
    return nextIndex
  }

  /// Counts one finished replication and reports the new total to `progress`. O(1) plus
  /// `progress`.
  func finished(_ progress: (@Sendable (Int) -> Void)?) {
    lock.lock()
    defer { lock.unlock() }
    finishedCount += 1
    progress?(finishedCount)
  }
}
