import CommunityModel
import Testing
import TwinExperiments

@testable import TwinReports

/// The report's communities side by side: one row per community of a district, with each
/// other scenario's paired change in the community's governance index and a verdict that
/// follows the interval; no section for a single community.
@Suite struct CommunitiesSectionTests {
  static func summary(_ name: String, _ mean: Double, _ unit: String = "index 0–100") -> MetricSummary {
    MetricSummary(
      name: name, unit: unit, mean: mean, standardDeviation: 1, ci95Low: mean - 1, ci95High: mean + 1, count: 5)
  }

  static func difference(_ metric: String, _ low: Double, _ high: Double) -> PairedDifference {
    PairedDifference(
      metric: metric, unit: "index 0–100", scenario: "evaluation", meanDifference: (low + high) / 2,
      standardDeviation: 1, ci95Low: low, ci95High: high, count: 5, relativeChange: nil)
  }

  static func input(communities: [String]) -> ReportInput {
    let metrics = communities.flatMap { key in
      [
        summary("community.\(key).governance_index", 70), summary("community.\(key).response_mean_days", 14, "days"),
        summary("community.\(key).satisfied_share", 0.6, "share 0–1"),
        summary("community.\(key).government_cny", 5e6, "CNY"),
      ]
    }
    let base = ScenarioOutcome(
      name: "district", file: "d.json", description: nil, days: 365, warmupDays: 365, metrics: metrics)
    var other = base
    other.name = "evaluation"
    let ranges: [(Double, Double)] = [(0.1, 0.5), (-0.6, -0.2), (-0.3, 0.4)]
    let differences = zip(communities, ranges).map { key, range in
      difference("community.\(key).governance_index", range.0, range.1)
    }
    return ReportInput(
      kind: .compare, folder: "x", seed: 1, replications: 5, antithetic: false, scenarios: [base, other],
      differences: differences, daily: nil, distributions: nil, sweep: nil)
  }

  @Test func eachCommunityGetsARowAndAVerdictFromItsInterval() throws {
    let document = ReportBuilder(input: Self.input(communities: ["old_town", "harbour", "hillside"])).document()
    let section = try #require(document.sections.first { $0.id == "communities" })
    let tables = section.blocks.compactMap { block -> ReportTable? in
      if case .table(let table) = block { return table }
      return nil
    }
    let table = try #require(tables.first)
    #expect(table.rows.map { $0[0] } == ["old_town", "harbour", "hillside"])
    #expect(table.rows.map { $0.last } == ["helped", "hurt", "no clear change"])
    #expect(section.blocks.contains { if case .figure = $0 { true } else { false } })
  }

  @Test func aSingleCommunityHasNoSection() {
    let document = ReportBuilder(input: Self.input(communities: [])).document()
    #expect(!document.sections.contains { $0.id == "communities" })
  }
}
