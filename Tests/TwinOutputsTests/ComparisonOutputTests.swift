import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
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
    let costs = try #require(object["cost_effectiveness"] as? [String: Any])
    #expect(costs["cost_metric"] as? String == "budget.public_cost_cny")
    let ratios = try #require(costs["ratios"] as? [[String: Any]])
    #expect(ratios.count == CostEffectiveness.effectMetrics(costMetric: "budget.public_cost_cny").count)
    #expect(Set(ratios[0].keys) == ["scenario", "metric", "ratio", "ci95_low", "ci95_high", "n", "verdict"])
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
        == "scenario,metric,unit,mean,sd,ci95_low,ci95_high,n,diff_mean,diff_ci95_low,diff_ci95_high,diff_n,relative_change,significant,cost_per_unit,cost_per_unit_ci95_low,cost_per_unit_ci95_high,cost_verdict"
    )
    let rows = comparison.summaries.reduce(0) { $0 + $1.metrics.count }
    #expect(lines.count == rows + 2)  // header, rows, and the empty string after the last \n
    #expect(lines[1].hasPrefix("tiny,") && lines[1].hasSuffix(",,,,,,,,,"))
    let others = lines.filter { $0.hasPrefix("\"more, workers\",") }
    #expect(others.count == comparison.summaries[1].metrics.count)
    // A key metric's row ends in its cost per unit and verdict; any other row in empty cost fields.
    let effect = try #require(comparison.costEffectiveness(Metric.responseMeanDays.id, scenario: "more, workers"))
    let row = try #require(others.first { $0.hasPrefix("\"more, workers\",\(Metric.responseMeanDays.id),") })
    #expect(row.hasSuffix("," + effect.verdict.rawValue))
    #expect(row.contains(",\(CSVText.number(effect.ratio.ratio)),"))
    // A ratio that is not estimable has no value either: all three fields empty.
    for e in comparison.costEffectiveness { #expect((e.ratio.ratio == nil) == !e.ratio.isEstimable, "\(e)") }
    let resolved = try #require(others.first { $0.hasPrefix("\"more, workers\",requests.resolved,") })
    #expect(resolved.hasSuffix("true,,,,") || resolved.hasSuffix("false,,,,"))
  }

  /// The table's cost block: the added cost in words and one line per key metric with a
  /// better direction, saying what the CSV's verdict says.
  @Test func theTableSaysWhatEachChangeCosts() throws {
    let (comparison, _) = try Self.comparison()
    let table = ComparisonTable.render(comparison)
    let block = try #require(table.components(separatedBy: "What each change costs: budget.public_cost_cny [CNY]").last)
    let added = try #require(comparison.addedCost(scenario: "more, workers"))
    let wording = CostWording(costUnit: "CNY", days: 20, style: .terminal)
    #expect(block.contains("more, workers   added cost  \(wording.addedCost(added))\n"))
    let lines = block.split(separator: "\n")
    for metric in CostEffectiveness.effectMetrics(costMetric: Metric.budgetPublicCost.id) {
      guard let effect = comparison.costEffectiveness(metric.id, scenario: "more, workers") else { continue }
      switch effect.verdict {
      case .noClearChange, .tooFewRuns:
        let heading =
          effect.verdict == .noClearChange ? "No clear change, so not estimable: " : "Too few runs to tell: "
        let start = try #require(lines.firstIndex { $0.hasPrefix("    " + heading) }, "\(metric.id)")
        // The list, with its continuation lines (indented by 6).
        let list = ([lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix("      ") })
          .flatMap { $0.split(separator: " ") }.joined(separator: " ")
        #expect(list.contains(metric.label), "\(list)")
        #expect(lines[start...].prefix { $0.hasPrefix("    ") }.allSatisfy { $0.count <= 96 })
      default:
        let line = try #require(lines.first { $0.hasPrefix("    \(metric.label) ") })
        #expect(line.hasSuffix(wording.perUnit(effect, metric: metric)), "\(line)")
      }
    }
    var none = comparison
    none.costMetric = nil
    #expect(!ComparisonTable.render(none).contains("What each change costs"))
  }

  /// Amounts are rounded to two significant digits of their interval's half-width, in
  /// millions from 1,000,000; a ratio per displayed unit (a percentage point is 0.01 of a
  /// share).
  @Test func costsReadInPlainWords() {
    let year = CostWording(costUnit: "CNY", days: 365, style: .report)
    let dearer = PairedDifference(
      metric: "c", unit: "CNY", scenario: "s", meanDifference: 1_234_567, standardDeviation: 1, ci95Low: 1_100_000,
      ci95High: 1_360_000, count: 10, relativeChange: nil)
    #expect(year.addedCost(dearer) == "CNY 1.23 M more a year (1.10 M to 1.36 M)")
    var constant = dearer
    (constant.meanDifference, constant.standardDeviation, constant.ci95Low, constant.ci95High) = (
      43_012, 0, 43_012, 43_012
    )
    #expect(
      CostWording(costUnit: "CNY", days: 10, style: .terminal).addedCost(constant)
        == "CNY 43,010 more over 10 days (the same in every run)")
    var cheaper = dearer
    (cheaper.meanDifference, cheaper.ci95Low, cheaper.ci95High) = (-312_457, -560_000, -190_000)
    #expect(year.addedCost(cheaper) == "CNY 310,000 less a year (190,000 to 560,000)")
    var unclear = dearer
    (unclear.meanDifference, unclear.ci95Low, unclear.ci95High) = (12_000, -5_000, 29_000)
    #expect(
      CostWording(costUnit: "CNY", days: 90, style: .report).addedCost(unclear)
        == "no clear difference: CNY +12,000 (−5,000 to +29,000) over 90 days")
    let response = CostEffectiveness(
      scenario: "s", metric: Metric.responseMeanDays.id,
      ratio: RatioEstimate(ratio: 312_457, ci95Low: 187_000, ci95High: 561_000, count: 10),
      verdict: .costsMoreForBetter)
    #expect(year.perUnit(response, metric: .responseMeanDays) == "CNY 310,000 (190,000 to 560,000) per day less")
    // Rounded to the narrower side of an interval that is not symmetric.
    var skewed = response
    skewed.ratio = RatioEstimate(ratio: 14_230, ci95Low: 9_810, ci95High: 212_000, count: 10)
    #expect(year.perUnit(skewed, metric: .responseMeanDays) == "CNY 14,200 (9,800 to 212,000) per day less")
    let satisfied = CostEffectiveness(
      scenario: "s", metric: Metric.satisfiedShare.id,
      ratio: RatioEstimate(ratio: 5_200_000, ci95Low: 4_000_000, ci95High: 7_000_000, count: 10),
      verdict: .costsLessForWorse)
    #expect(
      year.perUnit(satisfied, metric: .satisfiedShare)
        == "saves CNY 52,000 (40,000 to 70,000) per percentage point less")
    var dominates = satisfied
    dominates.verdict = .dominates
    #expect(year.perUnit(dominates, metric: .satisfiedShare) == "dominates: better at no clear extra cost")
    var unclearChange = satisfied
    unclearChange.verdict = .noClearChange
    #expect(year.perUnit(unclearChange, metric: .satisfiedShare) == "no clear change: not estimable")
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

  /// In Chinese the same line, with the same bar and clocks.
  @Test func theProgressLineInChinese() {
    let halfway = ExperimentProgress(finished: 0, planned: 1, simulatedDays: 365, plannedDays: 730)
    #expect(
      ProgressLine.render(halfway, elapsed: 10, barWidth: 8, language: .zh) == "[####----] 0/1次运行  已用0:10  约剩0:10")
    #expect(
      ProgressLine.render(ExperimentProgress(finished: 80, planned: 80), elapsed: 3725, barWidth: 4, language: .zh)
        == "[####] 80/80次运行  已用1:02:05")
  }
}
