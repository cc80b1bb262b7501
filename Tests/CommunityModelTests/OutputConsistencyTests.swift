import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// The outputs reports chart (response-time bins, the daily busy share, the governance
/// indicators' values) agree exactly with the metrics computed independently of them.
@Suite struct OutputConsistencyTests {
  @Test(arguments: 0..<2)
  func responseBinsCountEveryResolvedRequest(replication: Int) throws {
    let result = ModelRun(try Fixtures.smallBaseline(), seed: 21, replication: replication)
    let histogram = result.responseHistogram
    let total = histogram.counts.joined().reduce(0, +)
    #expect(total > 0)
    // Casework's resolutions: the resolved requests less those projects resolved.
    #expect(try Double(total) == result.value("requests.resolved") - result.value("projects.requests_resolved"))

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
    let sum = try result.value("response.all.mean_days") * Double(total)
    #expect(low <= sum * (1 + 1e-12))
    #expect(high.isInfinite || sum <= high * (1 + 1e-12))

    // Urgent requests resolved within 5 days are at most those in the bins ending at 7 days,
    // and at least those ending at 5, of the urgent requests captured (≥ those resolved).
    let urgent = histogram.counts[RequestTier.urgent.rawValue]
    let urgentTotal = Double(urgent.reduce(0, +))
    // The edges `Docs/model.md` gives, and the bins they bound.
    let edges: [Double] = [0, 0.5, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 180]
    #expect(ResponseHistogram.edgesDays == edges)
    for bin in edges.indices {
      #expect(ResponseHistogram.bounds(ofBin: bin) == (edges[bin], bin + 1 < edges.count ? edges[bin + 1] : .infinity))
    }
    let below5 = Double(urgent.prefix(5).reduce(0, +))  // the bins ending at 0.5, 1, 2, 3 and 5 days
    let below7 = Double(urgent.prefix(6).reduce(0, +))  // and the one ending at 7
    let share = try result.value("response.urgent.within_5_days_share")
    #expect(share > 0 && share <= below7 / urgentTotal)
    #expect(below5 / urgentTotal >= share)
  }

  /// With a one-day window, day 0's busy share covers exactly the window's working time.
  @Test func theDailyBusyShareOfAOneDayWindowIsOneMinusTheIdleShare() throws {
    var scenario = try Fixtures.scenario("validation/mmc.json")
    scenario.days = 1
    let result = ModelRun(scenario, seed: 5, replication: 0)
    let column = try #require(result.daily.names.firstIndex(of: "workers.busy_share"))
    let row = try #require(result.daily.values.indices.first { result.daily.firstDay + $0 == 0 })
    let busy = result.daily.values[row][column]
    #expect(busy > 0 && busy < 1)
    #expect(try abs(busy - (1 - result.value("workers.idle_share"))) < 1e-12)
    for values in result.daily.values where !values[column].isNaN {
      #expect(values[column] >= 0 && values[column] <= 1)
    }
  }

  /// The governance index against the table in `Docs/policies.md`, not against the model's
  /// own `GovernanceIndicator`: each value is the metric the table names, each indicator its
  /// attainment min(1, value / threshold) (min(1, 5 / days) for the response time) at the
  /// documented thresholds, and the index 100 × their mean.
  @Test func governanceIndicatorsFollowTheDocumentedTable() throws {
    let scenario = try Fixtures.smallBaseline()
    let run = ModelRun(scenario, seed: 22, replication: 0)
    func value(_ indicator: String) throws -> Double { try run.value("governance.value.\(indicator)") }
    #expect(try value("response_within_5_days") == run.value("response.all.mean_days"))
    #expect(try value("satisfaction") == run.value("satisfaction.satisfied_share"))
    #expect(try value("urgent_within_48h") == run.value("first_response.urgent.within_48h_share"))
    let utilizations = try scenario.facilities.map { try run.value("utilization.facility.\($0.id)") }
    #expect(try abs(value("facility_utilization") - utilizations.reduce(0, +) / Double(utilizations.count)) < 1e-12)
    let spent = try run.value("budget.spent_cny")
    #expect(try abs(value("budget_reaching_services") - spent / (spent + run.value("budget.leakage_cny"))) < 1e-12)
    // The district's measured participation is a weighted mean of the cohorts' took-part shares.
    let rates = try scenario.cohorts.map { try run.value("participation.took_part.\($0.id)") }
    let lowest = try #require(rates.min())
    let highest = try #require(rates.max())
    #expect(try (lowest...highest).contains(value("participation")))

    let table: [(indicator: String, threshold: Double, higherIsBetter: Bool)] = [
      ("response_within_5_days", 5, false), ("satisfaction", 0.85, true), ("facility_utilization", 0.80, true),
      ("urgent_within_48h", 0.95, true), ("participation", 0.70, true), ("budget_reaching_services", 0.95, true),
    ]
    var sum = 0.0
    for (indicator, threshold, higherIsBetter) in table {
      let v = try value(indicator)
      let attainment = min(1, higherIsBetter ? v / threshold : threshold / v)
      #expect(try abs(run.value("governance.indicator.\(indicator)") - attainment) < 1e-12, "\(indicator)")
      sum += attainment
    }
    #expect(try abs(run.value("governance.index") - 100 * sum / 6) < 1e-9)
  }

  /// Attainments of hand-picked values: capped at 1, proportional below the threshold,
  /// inverted where lower is better, 0 for an undefined value.
  @Test func attainmentsOfHandPickedValues() throws {
    let response = try #require(GovernanceIndicator.all.first { $0.name == "response_within_5_days" })
    let satisfaction = try #require(GovernanceIndicator.all.first { $0.name == "satisfaction" })
    #expect(response.attainment(of: 10) == 0.5 && response.attainment(of: 2.5) == 1 && response.attainment(of: 5) == 1)
    #expect(satisfaction.attainment(of: 0.425) == 0.5 && satisfaction.attainment(of: 0.9) == 1)
    #expect(response.attainment(of: .nan) == 0 && satisfaction.attainment(of: .nan) == 0)
  }
}
