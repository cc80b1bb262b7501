import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// The outputs reports chart (response-time bins, the daily busy share, the governance
/// indicators' values) agree exactly with the metrics computed independently of them.
@Suite struct OutputConsistencyTests {
  @Test(arguments: 0..<2)
  func responseBinsCountEveryResolvedRequest(replication: Int) throws {
    let result = DistrictModel.runReplication(try Fixtures.smallBaseline(), seed: 21, replication: replication)
    let histogram = result.responseHistogram
    let total = histogram.counts.joined().reduce(0, +)
    #expect(total > 0)
    #expect(Double(total) == result.value("requests.resolved"))

    // The bins bracket the mean response time: Σ count · low ≤ Σ days ≤ Σ count · high.
    var low = 0.0
    var high = 0.0
    for counts in histogram.counts {
      for (bin, count) in counts.enumerated() where count > 0 {
        let bounds = ResponseHistogram.bounds(ofBin: bin)
        low += Double(count) * bounds.low
        high += Double(count) * bounds.high
      }
    }
    let sum = result.value("response.all.mean_days") * Double(total)
    #expect(low <= sum * (1 + 1e-12))
    #expect(high.isInfinite || sum <= high * (1 + 1e-12))

    // The 48-hour share lies between the urgent bins ending at 2 days and those ending at 3.
    let urgent = histogram.counts[RequestTier.urgent.rawValue]
    let urgentTotal = Double(urgent.reduce(0, +))
    let edges = ResponseHistogram.edgesDays
    let below2 = Double(urgent.indices.filter { ResponseHistogram.bounds(ofBin: $0).high <= 2 }.map { urgent[$0] }.reduce(0, +))
    let below3 = Double(urgent.indices.filter { ResponseHistogram.bounds(ofBin: $0).high <= 3 }.map { urgent[$0] }.reduce(0, +))
    #expect(edges.contains(2) && edges.contains(5))
    let share = result.value("response.urgent.within_48h_share")
    #expect(below2 / urgentTotal <= share && share <= below3 / urgentTotal)
  }

  /// With a one-day window, day 0's busy share covers exactly the window's working time.
  @Test func theDailyBusyShareOfAOneDayWindowIsOneMinusTheIdleShare() throws {
    var scenario = try Fixtures.scenario("validation/mmc.json")
    scenario.days = 1
    let result = DistrictModel.runReplication(scenario, seed: 5, replication: 0)
    let column = try #require(result.daily.names.firstIndex(of: "workers.busy_share"))
    let row = try #require(result.daily.values.indices.first { result.daily.firstDay + $0 == 0 })
    let busy = result.daily.values[row][column]
    #expect(busy > 0 && busy < 1)
    #expect(abs(busy - (1 - result.value("workers.idle_share"))) < 1e-12)
    for values in result.daily.values where !values[column].isNaN {
      #expect(values[column] >= 0 && values[column] <= 1)
    }
  }

  @Test func governanceIndicatorsAreTheAttainmentsOfTheirValues() throws {
    let result = DistrictModel.runReplication(try Fixtures.smallBaseline(), seed: 22, replication: 0)
    var sum = 0.0
    for indicator in GovernanceIndicator.all {
      let value = result.value("governance.value.\(indicator.name)")
      let attainment = result.value("governance.indicator.\(indicator.name)")
      #expect(attainment == indicator.attainment(of: value), "\(indicator.name)")
      #expect(attainment >= 0 && attainment <= 1)
      sum += attainment
    }
    #expect(abs(result.value("governance.index") - 100 * sum / 6) < 1e-9)
    #expect(result.value("governance.value.response_within_5_days") == result.value("response.all.mean_days"))
    #expect(result.value("governance.value.satisfaction") == result.value("satisfaction.satisfied_share"))
  }
}
