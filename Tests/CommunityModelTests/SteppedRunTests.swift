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
    (scenario.days, scenario.warmupDays) = (45, 15)

    let streams = ReplicationStreams(seed: 9, replication: 3)
    let model = DistrictModel(scenario: scenario, streams: streams)
    let horizon = model.horizon
    var whole = Simulation(model: model, reservingCapacity: 1_024)
    #expect(whole.run(until: horizon) == .horizonReached)
    whole.finish()
    let once = ReplicationResult(
      replication: 3, metrics: whole.model.metrics(), daily: whole.model.daily, events: whole.eventsHandled,
      money: whole.model.money.audit(), responseHistogram: whole.model.responses.histogram)

    let days = DayLog()
    let stepped = DistrictModel.runReplication(scenario, seed: 9, replication: 3) { days.days.append($0) }
    #expect(BitImage(stepped) == BitImage(once))
    #expect(stepped.money == once.money)
    #expect(stepped.responseHistogram == once.responseHistogram)
    #expect(days.days == Array(1...60))
    #expect(once.events > 10_000)
  }
}

/// The days a run reported, in order.
private final class DayLog {
  var days: [Int] = []
}
