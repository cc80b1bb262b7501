import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// Every output file the project reads back is read into the value it was written from.
@Suite struct RoundTripTests {
  /// `text` written to a fresh file; the caller removes `folder`.
  private func file(_ text: String, named name: String) throws -> (folder: URL, file: URL) {
    let folder = try Fixtures.temporaryDirectory()
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return (folder, url)
  }

  /// A real two-scenario comparison with the sequential rule, a scenario file with a base,
  /// names and descriptions that need escaping, and the largest seed.
  private func comparison() throws -> Comparison {
    var base = try Fixtures.tinyScenario(days: 10)
    base.description = "quotes \" and a\nline break, 中文"
    var more = base
    more.name = "more, \"workers\""
    more.roles[0].perThousandResidents = 10
    let target = PrecisionTarget(relativeHalfWidth: 0.2, minimum: 2, maximum: 6, metrics: ["requests.resolved"])
    let result = try Experiment(scenarios: [base, more], seed: .max, replications: .untilPrecision(target)).run()
    return Comparison(
      result, files: ["a.json", "b.json"], sha256: ["aa", ""],
      bases: [[ScenarioSource(file: "base.json", sha256: "cc")], []])
  }

  @Test func summaryJSONReadsBackIntoItsSummary() throws {
    for summary in try comparison().summaries {
      let (folder, url) = try file(SummaryJSON.render(summary), named: "summary.json")
      defer { try? FileManager.default.removeItem(at: folder) }
      #expect(try SummaryJSON.read(url) == summary)
    }
    let fixed = ExperimentSummary(scenario: try Fixtures.tinyScenario(), seed: 3, results: Fixtures.results)
    let (folder, url) = try file(SummaryJSON.render(fixed), named: "summary.json")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try SummaryJSON.read(url) == fixed)
  }

  @Test func comparisonJSONReadsBackIntoItsComparison() throws {
    let comparison = try comparison()
    #expect(comparison.precision != nil && comparison.base.seed == .max)
    #expect(comparison.costMetric == Metric.budgetPublicCost.id && !comparison.costEffectiveness.isEmpty)
    let (folder, url) = try file(ComparisonJSON.render(comparison), named: "comparison.json")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try ComparisonJSON.read(url) == comparison)
  }

  /// A `comparison.json` written before cost-effectiveness (no `cost_effectiveness`) reads
  /// with no cost metric.
  @Test func anOlderComparisonJSONReadsWithoutCosts() throws {
    var older = try comparison()
    older.costMetric = nil
    older.costEffectiveness = []
    let text = ComparisonJSON.render(older)
    #expect(!text.contains("cost_effectiveness"))
    let (folder, url) = try file(text, named: "comparison.json")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try ComparisonJSON.read(url) == older)
  }

  /// A verdict that the file's own paired differences contradict, or that is no verdict,
  /// is refused with its key path.
  @Test func aCostVerdictThatContradictsTheDifferencesIsRefused() throws {
    let comparison = try comparison()
    let first = try #require(comparison.costEffectiveness.first)
    let other = try #require(CostEffectivenessVerdict.allCases.first { $0 != first.verdict })
    for replacement in [other.rawValue, "cheap"] {
      let text = ComparisonJSON.render(comparison).replacingOccurrences(
        of: "\"verdict\": \"\(first.verdict.rawValue)\"", with: "\"verdict\": \"\(replacement)\"")
      let (folder, url) = try file(text, named: "comparison.json")
      defer { try? FileManager.default.removeItem(at: folder) }
      let error = try #require(throws: FileReadError.self) { try ComparisonJSON.read(url) }
      #expect(error.location == "cost_effectiveness.ratios[0].verdict", "\(error)")
      #expect(error.message.contains("'\(replacement)'"))
    }
  }

  @Test func aDifferenceWhoseFlagContradictsItsIntervalIsRefused() throws {
    let comparison = try comparison()
    let difference = try #require(comparison.differences.first { $0.isSignificant })
    let text = ComparisonJSON.render(comparison).replacingOccurrences(
      of: "\"relative_change\": \(JSONText.number(difference.relativeChange)),\n      \"significant\": true",
      with: "\"relative_change\": \(JSONText.number(difference.relativeChange)),\n      \"significant\": false")
    let (folder, url) = try file(text, named: "comparison.json")
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try #require(throws: FileReadError.self) { try ComparisonJSON.read(url) }
    #expect(error.location.hasPrefix("differences[") && error.location.hasSuffix("].significant"))
  }
}

/// The tidy CSV files read back row for row into what their writers were given.
@Suite struct TidyCSVRoundTripTests {
  private func read<T>(_ text: String, _ reader: (URL) throws(FileReadError) -> T?) throws -> T {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("file.csv")
    try Data(text.utf8).write(to: url)
    return try #require(try reader(url))
  }

  @Test func replicationsCSVReadsBackEveryMetricOfEveryReplication() throws {
    let name = "东城区, \"A\""
    let rows = try read(TidyCSV.replications(byScenario: [(name, Fixtures.results)]), TidyCSV.readReplications)
    let expected = Fixtures.results.flatMap { result in
      result.metrics.map {
        TidyCSV.ReplicationRow(scenario: name, replication: result.replication, metric: $0.name, value: $0.value)
      }
    }
    #expect(rows == expected)
    #expect(
      try read(TidyCSV.replications(Fixtures.results), TidyCSV.readReplications).allSatisfy { $0.scenario == nil })
  }

  @Test func timeseriesCSVReadsBackEveryFiniteDailyValue() throws {
    let rows = try read(TidyCSV.timeseries(Fixtures.results), TidyCSV.readTimeseries)
    var expected: [TidyCSV.TimeseriesRow] = []
    for result in Fixtures.results {
      for (row, values) in result.daily.values.enumerated() {
        for (column, value) in values.enumerated() where value.isFinite {
          expected.append(
            TidyCSV.TimeseriesRow(
              scenario: nil, replication: result.replication, day: result.daily.firstDay + row,
              metric: result.daily.names[column], value: value))
        }
      }
    }
    #expect(rows == expected)
  }

  @Test func distributionsCSVReadsBackEveryBinOfARealRun() throws {
    let results = try Experiment(scenarios: [Fixtures.tinyScenario(days: 20)], seed: 2, replications: .fixed(2))
      .run().results[0]
    let rows = try read(TidyCSV.distributions(results), TidyCSV.readDistributions)
    #expect(rows.count == results.count * RequestTier.allCases.count * (ResponseHistogram.edgesDays.count))
    for result in results {
      for tier in RequestTier.allCases {
        let counts = rows.filter { $0.replication == result.replication && $0.tier == tier.name }.map(\.count)
        #expect(counts == result.responseHistogram.counts[tier.rawValue])
      }
    }
    #expect(rows.last?.high == .infinity)
  }
}
