import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// Emergencies (L15, C2): a facility loses places at a date, an emergency repair puts them
/// back after its approval route and construction, and residents turned away meanwhile are
/// counted as complaints. Devolution's speed shows in the repair and the complaints, the
/// same draws in both runs (common random numbers).
@Suite struct EmergencyTests {
  /// The small baseline (2,000 residents, 70 days after a 10-day warm-up) whose parking
  /// loses half of its places on day 20; the repair costs about CNY 40,000 and takes about
  /// a week to build. The chain's levels are shortened to exponential 3 days each (3-5
  /// levels), so the repair completes in the 60 days left for these seeds and replications
  /// (5 levels exceed 45 days with probability ≈ 0.003) and the runs stay short.
  static func flooded() throws -> Scenario {
    var scenario = try Fixtures.smallBaseline(days: 70, warmup: 10, drain: 3)
    scenario.planning.levelDelayDays = try .exponential(mean: 3)
    let parking = try #require(scenario.facilities.firstIndex { $0.id == "parking" })
    scenario.emergencies = [
      EmergencySpec(
        id: "garage_flood", day: 20, facility: parking, placesLostShare: 0.5,
        repairCostCNY: try .lognormal(mean: 40_000, sd: 10_000), repairDays: try .lognormal(mean: 7, sd: 2))
    ]
    return scenario
  }

  @Test(arguments: TestEnvironment.internalChecks ? 0..<1 : 0..<2)
  func theRepairPutsThePlacesBackAndComplaintsStopWithIt(replication: Int) throws {
    let scenario = try Self.flooded()
    let run = ModelRun(scenario, seed: 51, replication: replication)
    #expect(try run.value("emergencies.struck") == 1)
    #expect(try run.value("emergencies.unrepaired_at_end") == 0)
    let repair = try run.value("emergencies.repair_days.mean")
    #expect(try repair > run.value("emergencies.approval_days.mean"))
    #expect(try run.value("emergencies.complaints") > 0)
    // Every place is back: the same parking at the end as without the flood.
    var dry = scenario
    dry.emergencies = []
    let unflooded = ModelRun(dry, seed: 51, replication: replication)
    #expect(try run.value("facility.parking.places") == unflooded.value("facility.parking.places"))
    #expect(try unflooded.value("emergencies.complaints") == 0)
    MoneyConservationTests.checkConservation(run)
  }

  /// Approved locally (devolution's threshold covers the repair), the repair comes sooner
  /// and fewer residents are turned away, replication by replication.
  @Test(.comparedOnlyInOrdinaryBuild, arguments: 0..<2)
  func devolutionRepairsSoonerWithFewerComplaints(replication: Int) throws {
    let chain = try Self.flooded()
    var devolved = chain
    devolved.planning.localApprovalThresholdCNY = 500_000
    devolved.planning.localApprovalWorkingDays = 3
    let slow = ModelRun(chain, seed: 52, replication: replication)
    let fast = ModelRun(devolved, seed: 52, replication: replication)
    #expect(try fast.value("emergencies.approval_days.mean") < slow.value("emergencies.approval_days.mean"))
    #expect(try fast.value("emergencies.repair_days.mean") < slow.value("emergencies.repair_days.mean"))
    #expect(try fast.value("emergencies.complaints") < slow.value("emergencies.complaints"))
  }
}
