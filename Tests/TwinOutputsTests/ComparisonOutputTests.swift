import CommunityModel
import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinOutputs

/// `comparison.json`, `comparison.csv` and the table, from a small real comparison.
@Suite struct ComparisonOutputTests {
  static func comparison() throws -> (Comparison, ExperimentResult) {
    let base = try Fixtures.tinyScenario(days: 20)
    var more = base
    more.name = "more, workers"
    more.roles[0].perThousandResidents = 10
    let result = try Experiment(scenarios: [base, more], seed: 4, replications: .fixed(4)).run()
    return (Comparison(result, files: ["a.json", "b.json"], sha256: ["aa", "bb"]), result)
  }

  @Test func comparisonJSONHasEveryScenarioAndDifference() throws {
    let (comparison, _) = try Self.comparison()
    let text = ComparisonJSON.render(comparison)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["base"] as? String == "tiny")
    #expect(object["replications"] as? Int == 4)
    #expect((object["replication_rule"] as? [String: Any])?["kind"] as? String == "fixed")
    let scenarios = try #require(object["scenarios"] as? [[String: Any]])
    #expect(scenarios.map { ($0["scenario"] as? [String: Any])?["file"] as? String } == ["a.json", "b.json"])
    let metrics = try #require(scenarios[1]["metrics"] as? [[String: Any]])
    #expect(metrics.count == comparison.summaries[1].metrics.count)
    #expect(Set(metrics[0].keys) == ["name", "unit", "mean", "sd", "ci95_low", "ci95_high", "n"])
    let differences = try #require(object["differences"] as? [[String: Any]])
    #expect(differences.count == comparison.differences.count)
    #expect(
      Set(differences[0].keys) == [
        "metric", "unit", "scenario", "mean_diff", "sd", "ci95_low", "ci95_high", "n", "relative_change", "significant",
      ])
    let resolved = try #require(differences.first { $0["metric"] as? String == "requests.resolved" })
    let expected = try #require(comparison.difference("requests.resolved", scenario: "more, workers"))
    #expect(resolved["mean_diff"] as? Double == expected.meanDifference)
    #expect(resolved["significant"] as? Bool == expected.isSignificant)
    #expect(text == ComparisonJSON.render(try Self.comparison().0), "deterministic byte for byte")
  }

  @Test func comparisonCSVHasOneRowPerScenarioAndMetric() throws {
    let (comparison, _) = try Self.comparison()
    let lines = ComparisonCSV.render(comparison).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0]
        == "scenario,metric,unit,mean,sd,ci95_low,ci95_high,n,diff_mean,diff_ci95_low,diff_ci95_high,diff_n,relative_change,significant"
    )
    let rows = comparison.summaries.reduce(0) { $0 + $1.metrics.count }
    #expect(lines.count == rows + 2)  // header, rows, and the empty string after the last \n
    #expect(lines[1].hasPrefix("tiny,") && lines[1].hasSuffix(",,,,,"))
    #expect(
      lines.last { $0.hasPrefix("\"more, workers\",") }?.hasSuffix("true") == true
        || lines.last { $0.hasPrefix("\"more, workers\",") }?.hasSuffix("false") == true)
  }

  @Test func theTableSaysInWordsWhatTheIntervalsSay() throws {
    let (comparison, _) = try Self.comparison()
    let table = ComparisonTable.render(comparison)
    #expect(table.contains("Mean response time [days], lower is better"))
    #expect(table.contains("clearly better") || table.contains("no clear difference"))
    for key in MetricCatalog.keyMetrics where key.direction != .neither {
      guard let d = comparison.difference(key.id, scenario: "more, workers"), d.count >= 2 else { continue }
      let expected =
        !d.isSignificant
        ? "no clear difference"
        : ((d.meanDifference! > 0) == (key.direction == .higher) ? "clearly better" : "clearly worse")
      let block = try #require(table.components(separatedBy: key.label + " [").dropFirst().first)
      let line = try #require(block.split(separator: "\n").first { $0.contains("more, workers") })
      #expect(line.hasSuffix(expected), "\(key.id): \(line)")
    }
  }

  @Test func blocksTakeTheDecimalsOfTheirNarrowestInterval() {
    #expect(ComparisonTable.decimals(halfWidths: [0.59, 2]) == 2)
    #expect(ComparisonTable.decimals(halfWidths: [40]) == 0)
    #expect(ComparisonTable.decimals(halfWidths: []) == 2)
  }

  @Test func theOutputFilesAreWrittenWithAScenarioColumn() throws {
    let (comparison, result) = try Self.comparison()
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let urls = try ComparisonOutput.write(comparison, result: result, to: directory)
    #expect(urls.map(\.lastPathComponent) == ComparisonOutput.fileNames)
    let replications = try String(contentsOf: urls[2], encoding: .utf8)
    #expect(replications.hasPrefix("scenario,replication,metric,value\ntiny,0,"))
    #expect(replications.contains("\n\"more, workers\",3,"))
    let timeseries = try String(contentsOf: urls[3], encoding: .utf8)
    #expect(timeseries.hasPrefix("scenario,replication,day,metric,value\ntiny,0,-2,"))
  }

  @Test func theProgressLineShowsDoneTotalAndTimeLeft() {
    #expect(
      ProgressLine.render(ExperimentProgress(finished: 20, planned: 80), elapsed: 12, barWidth: 8)
        == "[##------] 20/80 runs  0:12 elapsed  about 0:36 left")
    #expect(
      ProgressLine.render(ExperimentProgress(finished: 80, planned: 80), elapsed: 3725, barWidth: 4)
        == "[####] 80/80 runs  1:02:05 elapsed")
  }

  /// With simulated days counted, the bar and the time left follow the days, so one long
  /// replication moves the bar before it finishes.
  @Test func theProgressLineFollowsSimulatedDays() {
    let halfway = ExperimentProgress(finished: 0, planned: 1, simulatedDays: 365, plannedDays: 730)
    #expect(
      ProgressLine.render(halfway, elapsed: 10, barWidth: 8) == "[####----] 0/1 runs  0:10 elapsed  about 0:10 left")
    let threeQuarters = ExperimentProgress(finished: 2, planned: 4, simulatedDays: 300, plannedDays: 400)
    #expect(
      ProgressLine.render(threeQuarters, elapsed: 30, barWidth: 4) == "[###-] 2/4 runs  0:30 elapsed  about 0:10 left")
  }
}
