import Foundation
import Synchronization
import Testing
import TwinExperiments
import _TwinTestSupport

/// A sweep's progress counts simulated days, as an experiment's does, so that a display moves
/// while long runs are under way.
@Suite struct SweepProgressTests {
  /// Runs 1, 4 and 7 of the small sweep (5 days each, no warm-up, a drain of at most 3 days
  /// whose unused days are reported when it ends) on two threads: every day of every run is
  /// reported once, then every recorded run, never both in one report; the plan is 3 runs and
  /// 3 × 8 days throughout, and the last report is 3 runs and all those days.
  @Test func everySimulatedDayAndEveryRecordedRunIsReportedOnce() throws {
    let sweep = try SweepTests.sweep()
    let reports = Mutex<[ExperimentProgress]>([])
    let execution = SweepExecution(sweep: sweep, threads: 2)
    try execution.run(
      [1, 4, 7], progress: { progress in reports.withLock { $0.append(progress) } }, record: { _ in })
    let steps = reports.withLock { $0 }
    let days = 3 * (5 + 3)
    #expect(steps.count == days + 3)
    #expect(steps.allSatisfy { $0.planned == 3 && $0.plannedDays == days })
    let start = ExperimentProgress(finished: 0, planned: 3, simulatedDays: 0, plannedDays: days)
    for (before, after) in zip([start] + steps, steps) {
      let step = (after.finished - before.finished, after.simulatedDays - before.simulatedDays)
      #expect(step == (0, 1) || step == (1, 0), "\(before) → \(after)")
    }
    let last = try #require(steps.last)
    #expect(last.finished == 3 && last.work == (done: days, planned: days))
  }
}
