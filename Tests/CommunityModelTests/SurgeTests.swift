import CommunityModel
import SimKernel
import Testing
import _TwinTestSupport

/// Surges (``NeedSurge``): a need category's rate × factor for some days from a date, as a
/// second Poisson process superposed on the usual one, with streams of its own.
@Suite struct SurgeTests {
  /// The small baseline with only repairs arising, and no facility visits or administrative
  /// tasks (so the runs are short), 60 days after a 10-day warm-up.
  static func repairsOnly() throws -> (Scenario, category: Int) {
    let baseline = try Fixtures.smallBaseline(days: 60, warmup: 10, drain: 0)
    let repairs = try #require(baseline.needs.firstIndex { $0.id == "repairs_infrastructure" })
    var scenario = baseline.withoutNeeds(except: repairs).withoutVisits()
    scenario.adminTasks = []
    return (scenario, repairs)
  }

  /// A surge × 4 for 20 days from day 40 adds needs and takes none away: in every
  /// replication the surged run's arrivals are the usual run's plus the surge's own (the
  /// usual needs are drawn from the same streams). Over 10 replications the added needs, a
  /// Poisson count of mean 10 × 3 × the category's rate × 20 days, lie within the normal
  /// bound of false-failure probability 1e-4 (mean ≈ 3,000: the normal approximation is
  /// close). A surge wholly inside the warm-up adds nothing to the window.
  @Test func aSurgeAddsItsOwnNeedsOnlyInItsDays() throws {
    let (usual, repairs) = try Self.repairsOnly()
    var surged = usual
    surged.surges = [NeedSurge(id: "flood_repairs", category: repairs, day: 40, days: 20, factor: 4)]
    var early = usual
    early.surges = [NeedSurge(id: "early", category: repairs, day: 0, days: 10, factor: 4)]
    let weights = usual.communities[0].cohortWeights(ratePerResident: usual.needs[repairs].ratePerResidentPerYear)
    let perDay = weights.reduce(0, +) / 365
    let monthly = usual.needs[repairs].monthly
    let meanAdded = (40..<60).reduce(0.0) { $0 + 3 * perDay * monthly[SimTime(.days($1)).month] }
    var added = 0.0
    for replication in 0..<10 {
      let base = try ModelRun(usual, seed: 71, replication: replication).value("requests.arrived")
      let more = try ModelRun(surged, seed: 71, replication: replication).value("requests.arrived")
      #expect(more >= base)
      added += more - base
      if replication < 2 {
        #expect(try ModelRun(early, seed: 71, replication: replication).value("requests.arrived") == base)
      }
    }
    let expected = 10 * meanAdded
    let bound = FalseFailure.normalBound(twoSided: FalseFailure.budget) * expected.squareRoot()
    #expect(abs(added - expected) <= bound, "added \(added), expected \(expected) ± \(bound)")
  }
}
