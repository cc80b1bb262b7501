import CommunityModel
import Foundation
import Testing
import TwinExperiments

@testable import TwinReports

/// The key-findings sentences say what the numbers say: each number read back from the text
/// matches comparison.json to the decimals shown, every clear difference gets a sentence, and
/// no difference whose CI includes 0 is stated as an effect.
@Suite struct KeyFindingsTests {
  /// The numbers in `text` in order: `−41.2` → -41.2, `1,234` → 1234, `+0.5` → 0.5.
  static func numbers(in text: Substring) -> [(value: Double, decimals: Int)] {
    let normalized = text.replacing("−", with: "-").replacing(",", with: "")
    var out: [(Double, Int)] = []
    var current = ""
    for character in normalized + " " {
      if character.isNumber || character == "." || (character == "-" && current.isEmpty) {
        current.append(character)
      } else {
        if let value = Double(current), current != "-" {
          out.append((value, current.split(separator: ".").dropFirst().first?.count ?? 0))
        }
        current = ""
      }
    }
    return out
  }

  /// Whether `shown` (with `decimals` decimals) is `actual` rounded.
  static func matches(_ shown: (value: Double, decimals: Int), _ actual: Double) -> Bool {
    abs(shown.value - actual) <= 0.5 * pow(10, -Double(shown.decimals)) + 1e-9 * abs(actual)
  }

  /// comparison.json of the fixture, read with JSONSerialization (not the report's reader):
  /// each scenario's metric means by name, and the differences by metric.
  static func comparisonJSON() throws -> (means: [String: [String: Double]], differences: [String: [String: Any]]) {
    let data = try Data(contentsOf: ReportFixture.compareFolder.appendingPathComponent("comparison.json"))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var means: [String: [String: Double]] = [:]
    for scenario in try #require(root["scenarios"] as? [[String: Any]]) {
      let name = try #require((scenario["scenario"] as? [String: Any])?["name"] as? String)
      for metric in try #require(scenario["metrics"] as? [[String: Any]]) {
        let metricName = try #require(metric["name"] as? String)
        if let mean = metric["mean"] as? Double { means[name, default: [:]][metricName] = mean }
      }
    }
    var differences: [String: [String: Any]] = [:]
    for difference in try #require(root["differences"] as? [[String: Any]]) {
      differences[try #require(difference["metric"] as? String)] = difference
    }
    return (means, differences)
  }

  @Test func fixtureSentencesMatchComparisonJSON() throws {
    let input = try ReportFixture.compareInput()
    let builder = ReportBuilder(input: input)
    let sentences = KeyFindings(builder: builder).sentences()
    let json = try Self.comparisonJSON()
    var stated = Set<String>()
    for sentence in sentences {
      guard let verbRange = sentence.range(of: " raises ") ?? sentence.range(of: " lowers ") else { continue }
      let key = try #require(
        MetricCatalog.keyMetrics.first {
          sentence[verbRange.upperBound...].hasPrefix(builder.display($0.id).lowercasedLabel + " ")
        },
        "no key metric named in: \(sentence)")
      let display = builder.display(key.id)
      let difference = try #require(json.differences[key.id])
      #expect(difference["significant"] as? Bool == true, "stated as an effect though its CI includes 0: \(sentence)")
      let (mean, low, high) = try (
        #require(difference["mean_diff"] as? Double), #require(difference["ci95_low"] as? Double),
        #require(difference["ci95_high"] as? Double)
      )
      #expect(sentence.contains(" raises ") == (mean > 0), "wrong direction: \(sentence)")
      let numbers = Self.numbers(in: sentence[verbRange.upperBound...].dropFirst(display.lowercasedLabel.count))
      // Shares (of 0–1, of paid hours, per year) are stated in percent, other units as they are.
      let unit = try #require(difference["unit"] as? String)
      let scale: Double = unit.hasPrefix("share") || unit == "per year" ? 100 : 1
      let baseMean = try #require(json.means["baseline"]?[key.id])
      let otherMean = try #require(json.means["devolution"]?[key.id])
      let expected =
        sentence.contains(" from ")
        ? [baseMean * scale, otherMean * scale, mean * scale, 95, low * scale, high * scale]
        : [mean * scale, 95, low * scale, high * scale, otherMean * scale]
      #expect(numbers.count >= expected.count, "too few numbers in: \(sentence)")
      for (shown, actual) in zip(numbers, expected) {
        #expect(Self.matches(shown, actual), "\(shown.value) does not show \(actual) in: \(sentence)")
      }
      stated.insert(key.id)
    }
    let clear = MetricCatalog.keyMetrics.filter { json.differences[$0.id]?["significant"] as? Bool == true }.map(\.id)
    #expect(Set(clear) == stated, "clear differences without a sentence, or sentences without one")
    #expect(!clear.isEmpty, "the fixture should show at least one clear difference")
    // Everything else is listed as unclear, by name.
    let unclear = try #require(sentences.first { $0.contains("no clear difference") })
    for key in MetricCatalog.keyMetrics
    where !clear.contains(key.id) && json.differences[key.id]?["mean_diff"] is Double {
      #expect(unclear.contains(builder.display(key.id).lowercasedLabel))
    }
  }

  /// A hand-made comparison: response time clearly lower, satisfaction not clearly different.
  static func syntheticInput(responseCI: (Double, Double)) -> ReportInput {
    func summary(_ name: String, _ unit: String, _ mean: Double) -> MetricSummary {
      MetricSummary(
        name: name, unit: unit, mean: mean, standardDeviation: 1, ci95Low: mean - 1, ci95High: mean + 1, count: 5)
    }
    let base = ScenarioOutcome(
      name: "baseline", file: "b.json", description: nil, days: 60, warmupDays: 30,
      metrics: [summary("response.all.mean_days", "days", 45.2), summary("satisfaction.index", "index 0–100", 62.8)])
    let other = ScenarioOutcome(
      name: "devolution", file: "d.json", description: nil, days: 60, warmupDays: 30,
      metrics: [summary("response.all.mean_days", "days", 4.02), summary("satisfaction.index", "index 0–100", 63.1)])
    let differences = [
      PairedDifference(
        metric: "response.all.mean_days", unit: "days", scenario: "devolution", meanDifference: -41.18,
        standardDeviation: 1,
        ci95Low: responseCI.0, ci95High: responseCI.1, count: 5, relativeChange: -0.91),
      PairedDifference(
        metric: "satisfaction.index", unit: "index 0–100", scenario: "devolution", meanDifference: 0.3,
        standardDeviation: 1,
        ci95Low: -0.2, ci95High: 0.8, count: 5, relativeChange: 0.005),
    ]
    return ReportInput(
      kind: .compare, folder: "x", seed: 1, replications: 5, antithetic: false, scenarios: [base, other],
      differences: differences, daily: nil, distributions: nil, sweep: nil)
  }

  @Test func aClearDifferenceIsStatedWithItsNumbersAndAnUnclearOneIsNot() {
    let sentences = KeyFindings(builder: ReportBuilder(input: Self.syntheticInput(responseCI: (-43.1, -39.3))))
      .sentences()
    #expect(
      sentences == [
        "devolution lowers mean response time from 45.2 to 4.0 days (−41.2 days, 95% CI −43.1 to −39.3): better.",
        "devolution: no clear difference from baseline (95% CI includes 0) in satisfaction index.",
      ])
  }

  @Test func whenNothingIsClearTheFindingsSaySo() {
    let sentences = KeyFindings(builder: ReportBuilder(input: Self.syntheticInput(responseCI: (-90, 5)))).sentences()
    #expect(sentences.count == 1)
    #expect(sentences[0].hasPrefix("devolution: no key metric differs clearly from baseline"))
    #expect(!sentences[0].contains("lowers") && !sentences[0].contains("raises"))
  }

  @Test func aRunStatesAThresholdOnlyWhenTheWholeIntervalIsOnOneSide() {
    func value(_ name: String, _ low: Double, _ high: Double) -> MetricSummary {
      MetricSummary(
        name: "governance.value.\(name)", unit: name == "response_within_5_days" ? "days" : "share 0–1",
        mean: (low + high) / 2, standardDeviation: 1, ci95Low: low, ci95High: high, count: 3)
    }
    let scenario = ScenarioOutcome(
      name: "baseline", file: "b.json", description: nil, days: 60, warmupDays: 30,
      metrics: [
        value("response_within_5_days", 5.14, 5.41), value("satisfaction", 0.80, 0.90),
        value("participation", 0.72, 0.75),
      ])
    let input = ReportInput(
      kind: .run, folder: "x", seed: 1, replications: 3, antithetic: false, scenarios: [scenario], differences: [],
      daily: nil, distributions: nil, sweep: nil)
    let sentences = KeyFindings(builder: ReportBuilder(input: input)).sentences()
    #expect(
      sentences == [
        "Mean response time: 5.28 days (95% CI 5.14–5.41) clearly misses the threshold of at most 5.00 days.",
        "Residents satisfied: 85.0% (95% CI 80.0–90.0): the interval contains the threshold of at least 85.0%, so it is not clear whether it is met.",
        "Residents participating: 73.5% (95% CI 72.0–75.0) clearly meets the threshold of at least 70.0%.",
      ])
  }
}
