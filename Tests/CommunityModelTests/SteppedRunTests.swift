import SimKernel
import Testing
import _TwinTestSupport

@testable import CommunityModel

/// `DistrictModel.runReplication` runs the simulation to each midnight in turn (so that a
/// long replication can report progress); the result must be the one run to the horizon in a
/// single call gives, bit for bit.
@Suite struct SteppedRunTests {
  /// The combined preset (every mechanism: levers from day 0, PPP operators, projects every
  /// 30 days, turnover, patrols) in a community of 2,000 for 45 days after a 15-day warm-up.
  @Test func runningMidnightByMidnightGivesTheResultOfOneRun() throws {
    var scenario = try Fixtures.scenario("combined.json").withProjectsScaled(toResidents: 2_000, cycleDays: 30)
    scenario.communities[0].residents = 2_000
    (scenario.days, scenario.warmupDays, scenario.drainDays) = (45, 15, 0)

    let streams = ReplicationStreams(seed: 9, replication: 3)
    let model = DistrictModel(scenario: scenario, streams: streams)
    let horizon = model.horizon
    var whole = Simulation(model: model, reservingCapacity: 1_024)
    #expect(whole.run(until: horizon) == .horizonReached)
    whole.finish()
    var record = whole.model.horizonRecord
    record.takeOutcomes(after: whole.model, drainDays: 0)
    let once = ReplicationResult(
      replication: 3, metrics: record.metrics(), daily: record.daily, events: whole.eventsHandled,
      money: record.money.audit(), responseHistogram: record.responses.histogram)

    let days = DayLog()
    let stepped = DistrictModel.runReplication(scenario, seed: 9, replication: 3) { days.days.append($0) }
    #expect(BitImage(stepped) == BitImage(once))
    #expect(stepped.money == once.money)
    #expect(stepped.responseHistogram == once.responseHistogram)
    #expect(days.days == Array(1...60))
    #expect(once.events > 10_000)
  }

  /// With a drain, the days reported run on to the most the run could take, whether or not
  /// the drain ends early (a progress bar then jumps to its end), each once and in order.
  @Test func aDrainedRunReportsEveryPlannedDayOnce() throws {
    var scenario = try Fixtures.smallBaseline(days: 20, warmup: 5)
    scenario.drainDays = 200
    let days = DayLog()
    let result = DistrictModel.runReplication(scenario, seed: 9, replication: 0) { days.days.append($0) }
    #expect(days.days == Array(1...225))
    let drained = try #require(result[metric: "requests.drain_days"])
    #expect(drained > 0 && drained <= 200)
    #expect(result.drainEvents > 0 && result.drainEvents < result.events)
  }
}

/// The days a run reported, in order.
private final class DayLog {
  var days: [Int] = []
}
