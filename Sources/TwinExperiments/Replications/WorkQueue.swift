import Synchronization

/// The shared state of parallel workers over a fixed number of jobs, behind one mutex: the
/// next job to hand out, the jobs finished and the days simulated (for progress reports),
/// and the first failure, after which no new job is handed out. The replication runner and a
/// sweep's execution both hand out their jobs through it.
final class WorkQueue: Sendable {
  /// What progress reports: jobs finished and days simulated so far (warm-up included).
  struct Counts: Sendable {
    var finished = 0
    var simulatedDays = 0
  }

  private struct State {
    var nextJob = 0
    var counts = Counts()
    var failure: (any Error)?
  }

  private let jobs: Int
  private let state = Mutex(State())

  /// A queue of jobs `0 ..< jobs`.
  init(jobs: Int) { self.jobs = jobs }

  /// The next job to start, or nil once every job has been handed out or one has failed.
  /// O(1).
  func next() -> Int? {
    state.withLock { state in
      guard state.failure == nil, state.nextJob < jobs else { return nil }
      defer { state.nextJob += 1 }
      return state.nextJob
    }
  }

  /// Counts a finished job and passes the counts to `report` under the lock, so reports
  /// arrive in order. O(1) plus `report`.
  func finished(_ report: (Counts) -> Void) {
    state.withLock { state in
      state.counts.finished += 1
      report(state.counts)
    }
  }

  /// Counts a simulated day of a job and passes the counts to `report` under the lock. O(1)
  /// plus `report`.
  func simulatedDay(_ report: (Counts) -> Void) {
    state.withLock { state in
      state.counts.simulatedDays += 1
      report(state.counts)
    }
  }

  /// Keeps `error` if it is the first failure. O(1).
  func fail(_ error: any Error) {
    state.withLock { state in if state.failure == nil { state.failure = error } }
  }

  /// The first failure, if any. O(1).
  var failure: (any Error)? { state.withLock { $0.failure } }
}
