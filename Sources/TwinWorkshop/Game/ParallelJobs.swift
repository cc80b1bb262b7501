import Dispatch
import Synchronization
import TwinExperiments

/// Runs `count` independent jobs on up to `threads` threads and returns their results in job
/// order, whatever order they finish in (write-once slots). Jobs are handed out one at a
/// time, so a slow team does not hold up the others' threads.
func parallelJobs<T: Sendable>(_ count: Int, threads: Int, _ job: @Sendable (Int) -> T) -> [T] {
  let slots = ResultSlots<T>(count: count)
  let next = Atomic<Int>(0)
  DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
    while true {
      let index = next.add(1, ordering: .relaxed).oldValue
      guard index < count else { return }
      slots.store(job(index), at: index)
    }
  }
  return slots.collect()
}
