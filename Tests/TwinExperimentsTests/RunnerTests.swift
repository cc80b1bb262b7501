import CommunityModel
import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

@Suite struct RunnerTests {
  @Test func resultsAreInReplicationOrderAndIdenticalForAnyThreadCount() throws {
    let scenario = try Fixtures.tinyScenario()
    let one = ReplicationRunner(threads: 1).run(scenario, seed: 7, replications: 4)
    let two = ReplicationRunner(threads: 2).run(scenario, seed: 7, replications: 4)
    let many = ReplicationRunner(threads: 8).run(scenario, seed: 7, replications: 4)
    #expect(one.map(\.replication) == [0, 1, 2, 3])
    #expect(one.map(BitImage.init) == two.map(BitImage.init))
    #expect(one.map(BitImage.init) == many.map(BitImage.init))
  }

  @Test func eachReplicationIsTheModelsOwnRun() throws {
    let scenario = try Fixtures.tinyScenario()
    let results = ReplicationRunner(threads: 2).run(scenario, seed: 11, replications: 3)
    for r in 0..<3 {
      #expect(BitImage(results[r]) == BitImage(DistrictModel.runReplication(scenario, seed: 11, replication: r)))
    }
  }

  /// Every simulated day of every replication is reported once, then every finished
  /// replication: days go up by one per call to 5 × 377 (tiny: 2 warm-up + 10 days + a drain
  /// of at most 365, whose unused days are reported when it ends), and the finished count by
  /// one per finished replication to 5, never both in one call.
  @Test func progressCountsEverySimulatedDayAndEveryFinishedReplicationOnce() throws {
    let scenario = try Fixtures.tinyScenario()
    let reported = Recorder()
    _ = ReplicationRunner(threads: 2).run(scenario, seed: 1, replications: 5) { reported.append($0) }
    let steps = reported.values
    #expect(steps.count == 5 * scenario.longestRunDays + 5)
    #expect(scenario.longestRunDays == 2 + 10 + 365)
    for (before, after) in zip([ReplicationRunner.Progress(finished: 0, simulatedDays: 0)] + steps, steps) {
      let step = (after.finished - before.finished, after.simulatedDays - before.simulatedDays)
      #expect(step == (0, 1) || step == (1, 0), "\(before) → \(after)")
    }
    #expect(steps.last == ReplicationRunner.Progress(finished: 5, simulatedDays: 5 * 377))
  }

  @Test func zeroReplicationsGiveNoResults() throws {
    #expect(ReplicationRunner(threads: 3).run(try Fixtures.tinyScenario(), seed: 1, replications: 0).isEmpty)
  }
}

/// Values appended from any thread.
private final class Recorder: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [ReplicationRunner.Progress] = []
  func append(_ value: ReplicationRunner.Progress) { lock.withLock { stored.append(value) } }
  var values: [ReplicationRunner.Progress] { lock.withLock { stored } }
}
