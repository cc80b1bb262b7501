import CommunityModel
import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

/// An experiment that keeps a checkpoint (``Experiment/checkpointDay``) and one that goes on
/// from it (``Experiment/init(continuing:scenarios:)``), on any number of threads.
@Suite struct CheckpointExperimentTests {
  /// The small baseline, 4 replications, 30 days after a 10-day warm-up.
  static func baseline() throws -> Scenario { try Fixtures.smallBaseline(days: 30, warmup: 10, drain: 10) }

  /// Keeping a checkpoint changes no result; going on from it, with 1 or 2 threads, gives
  /// the uninterrupted experiment's results bit for bit, and progress counts only the days
  /// after the checkpoint.
  @Test func goingOnFromACheckpointGivesTheUninterruptedResults() throws {
    let scenario = try Self.baseline()
    let plain = try Experiment(scenarios: [scenario], seed: 4, replications: .fixed(4)).run(threads: 2)
    var keeping = Experiment(scenarios: [scenario], seed: 4, replications: .fixed(4))
    keeping.checkpointDay = 15
    let kept = try keeping.run(threads: 1)
    let checkpoint = try #require(kept.checkpoint)
    #expect(checkpoint.day == 15 && checkpoint.replications == 4 && checkpoint.seed == 4)
    #expect(kept.results[0].map(BitImage.init) == plain.results[0].map(BitImage.init))
    for threads in [1, 2] {
      let progress = ProgressLog()
      let continued = try Experiment(continuing: checkpoint, scenarios: [scenario]).run(threads: threads) {
        progress.append($0)
      }
      #expect(continued.results[0].map(BitImage.init) == plain.results[0].map(BitImage.init), "threads \(threads)")
      #expect(progress.last?.plannedDays == 4 * (scenario.longestRunDays - 15))
    }
  }

  /// A warm start goes on from a checkpoint as the baseline does: with a project awaiting
  /// approval (three levels left, so still in the chain or being built on day 15) and the car
  /// park half full at the start, the continued results are the uninterrupted ones bit for
  /// bit.
  @Test func aWarmStartGoesOnFromACheckpoint() throws {
    var scenario = try Self.baseline()
    let elderly = try #require(scenario.needs.firstIndex { $0.id == "elderly_care" })
    let parking = try #require(scenario.facilities.firstIndex { $0.id == "parking" })
    let places = scenario.places(ofFacility: parking, in: scenario.communities[0])
    scenario.initialState = InitialState(
      proposals: [.init(community: 0, category: elderly, costCNY: 50_000, waitedDays: 20, levelsLeft: 3)],
      occupancy: [.init(community: 0, facility: parking, occupied: places / 2)])
    #expect(scenario.problems.isEmpty, "\(scenario.problems)")
    let plain = try Experiment(scenarios: [scenario], seed: 5, replications: .fixed(2)).run(threads: 2)
    var keeping = Experiment(scenarios: [scenario], seed: 5, replications: .fixed(2))
    keeping.checkpointDay = 15
    let checkpoint = try #require(try keeping.run(threads: 1).checkpoint)
    let continued = try Experiment(continuing: checkpoint, scenarios: [scenario]).run(threads: 2)
    #expect(continued.results[0].map(BitImage.init) == plain.results[0].map(BitImage.init))
  }

  /// A compare from a checkpoint: the base goes on unchanged, and a fork adding devolution on
  /// day 20 gives what comparing the two from day 0 gives.
  @Test func forksFromACheckpointCompareAsRunsFromDayZero() throws {
    let base = try Self.baseline()
    var devolved = base
    devolved.name = "devolved from day 20"
    devolved.interventions.append(
      Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 3, adminCut: 0.4), startDay: 20))
    var keeping = Experiment(scenarios: [base], seed: 8, replications: .fixed(3))
    keeping.checkpointDay = 18
    let checkpoint = try #require(try keeping.run(threads: 2).checkpoint)
    let forked = try Experiment(continuing: checkpoint, scenarios: [base, devolved]).run(threads: 2)
    let fresh = try Experiment(scenarios: [base, devolved], seed: 8, replications: .fixed(3)).run(threads: 1)
    #expect(forked.results.map { $0.map(BitImage.init) } == fresh.results.map { $0.map(BitImage.init) })
  }

  /// What cannot be: a checkpoint day outside the run, with two scenarios or the sequential
  /// rule, and a fork that changes a parameter; each named.
  @Test func impossibleCheckpointsAndForksAreNamed() throws {
    let scenario = try Self.baseline()
    var late = Experiment(scenarios: [scenario], seed: 1, replications: .fixed(2))
    late.checkpointDay = 40
    #expect(late.problems.contains { $0.contains("checkpoint day = 40") && $0.contains("1 … 39") }, "\(late.problems)")
    var two = Experiment(scenarios: [scenario, scenario], seed: 1, replications: .fixed(2))
    two.checkpointDay = 5
    #expect(two.problems.contains { $0.contains("one scenario") })
    var keeping = Experiment(scenarios: [scenario], seed: 1, replications: .fixed(2))
    keeping.checkpointDay = 5
    let checkpoint = try #require(try keeping.run(threads: 1).checkpoint)
    var changed = scenario
    changed.capture.onlineReportProbability *= 0.5
    let fork = Experiment(continuing: checkpoint, scenarios: [changed])
    #expect(fork.problems.contains { $0.contains("capture") }, "\(fork.problems)")
    var reseeded = Experiment(continuing: checkpoint, scenarios: [scenario])
    reseeded.seed = 2
    #expect(reseeded.problems.contains { $0.contains("seed 1") })
  }
}

/// Progress reports appended from any thread.
private final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [ExperimentProgress] = []
  func append(_ value: ExperimentProgress) { lock.withLock { values.append(value) } }
  var last: ExperimentProgress? { lock.withLock { values.last } }
}
