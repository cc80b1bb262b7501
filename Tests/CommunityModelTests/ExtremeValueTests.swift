import SimKernel
import Testing
import _TwinTestSupport

@testable import CommunityModel

/// Accepted values at their extremes run: delays that far ahead saturate instead of leaving
/// the clock, and capacity stays within a community.
@Suite struct ExtremeValueTests {
  /// One working hour a week (Mondays 09:00–10:00) stretches working time 168-fold: a saturated
  /// sample of 2³⁹ s of work would land far past the event calendar's 2⁴⁰ s, so the clock stops
  /// at 2³⁹ s after the start. Ordinary amounts are exact.
  @Test func aSparseWorkingClockSaturatesFarDelays() {
    let clock = WorkingClock(days: [0], opensHour: 9, closesHour: 10)
    let monday = SimTime(.hours(9))
    #expect(clock.adding(SimDuration.samplingLimit.ticks, to: monday) == monday + .samplingLimit)
    #expect(clock.adding(3 * 3_600 + 60, to: monday) == monday + .weeks(3) + .minutes(1))
    #expect(clock.adding(0, to: SimTime(.hours(10))) == monday + .weeks(1))
  }

  /// Projects add places to their facility up to one place per resident of the community, and
  /// no further: with 2,000 residents, childcare at 600 per 1,000 and every project adding
  /// 1,000 per 1,000, the facility ends with exactly 2,000 places after its first project.
  /// (Every need is reported, every improvement need of the category needs a project and no
  /// place costs anything to run, so the fund pays for projects from the first cycles on; no
  /// project money is misused, which would shrink what a project adds.)
  @Test func projectsStopAddingPlacesAtOnePlacePerResident() throws {
    var scenario = try Fixtures.smallBaseline(residents: 2_000, days: 300, warmup: 0)
      .withProjectsScaled(toResidents: 2_000, cycleDays: 20)
    let childcare = try #require(scenario.facilities.firstIndex { $0.id == "childcare" })
    scenario.facilities[childcare].capacityPerThousand = 600
    for j in scenario.needs.indices where scenario.needs[j].project?.facility == childcare {
      scenario.needs[j].project?.placesPerThousand = 1_000
      scenario.needs[j].project?.shareOfImprovement = 1
    }
    (scenario.capture.onlineReportProbability, scenario.capture.offlineReportProbability) = (1, 1)
    for f in scenario.facilities.indices { scenario.facilities[f].operatingCostPerPlacePerYearCNY = 0 }
    scenario.planning.oversight = .none
    let result = ModelRun(scenario, seed: 3, replication: 0)
    #expect(try result.value("projects.completed") >= 1)
    #expect(try result.value("facility.childcare.places") == 2_000)
  }
}
