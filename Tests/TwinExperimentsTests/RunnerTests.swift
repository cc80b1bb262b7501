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

  @Test func progressCountsEveryFinishedReplicationOnce() throws {
    let scenario = try Fixtures.tinyScenario()
    let reported = Recorder()
    _ = ReplicationRunner(threads: 2).run(scenario, seed: 1, replications: 5) { reported.append($0) }
    #expect(reported.values == [1, 2, 3, 4, 5])
  }

  @Test func zeroReplicationsGiveNoResults() throws {
    #expect(ReplicationRunner(threads: 3).run(try Fixtures.tinyScenario(), seed: 1, replications: 0).isEmpty)
  }
}

/// Values appended from any thread.
private final class Recorder: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Int] = []
  func append(_ value: Int) { lock.withLock { stored.append(value) } }
  var values: [Int] { lock.withLock { stored } }
}
