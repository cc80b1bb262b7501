import Foundation
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// The exact bytes of every rendering, from hand-made inputs (never the model's numbers).
@Suite struct OutputFormatTests {
  /// A summary with every case: a full row, a row with n = 1 (nulls), a non-finite mean, and
  /// text that needs escaping.
  static let summary = ExperimentSummary(
    scenarioName: "tiny \"test\"", scenarioFile: "Scenarios/tiny.json", scenarioSHA256: "ab12", seed: 42,
    replications: 2, days: 10, warmupDays: 2,
    metrics: [
      MetricSummary(
        name: "a.count", unit: "requests", mean: 12, standardDeviation: 2.8284271247461903, ci95Low: -13.5,
        ci95High: 37.5,
        count: 2),
      MetricSummary(
        name: "b.share", unit: "share, 0–1", mean: 0.1, standardDeviation: nil, ci95Low: nil, ci95High: nil, count: 1),
      MetricSummary(
        name: "c.odd", unit: "days", mean: .infinity, standardDeviation: .nan, ci95Low: nil, ci95High: nil, count: 2),
    ])

  @Test func summaryJSONIsExactAndParses() throws {
    let expected = """
      {
        "scenario": {
          "name": "tiny \\"test\\"",
          "file": "Scenarios/tiny.json",
          "sha256": "ab12",
          "bases": [],
          "description": ""
        },
        "seed": 42,
        "replications": 2,
        "antithetic": false,
        "replication_rule": {
          "kind": "fixed"
        },
        "days": 10,
        "warmup_days": 2,
        "metrics": [
          {
            "name": "a.count",
            "unit": "requests",
            "mean": 12.0,
            "sd": 2.8284271247461903,
            "ci95_low": -13.5,
            "ci95_high": 37.5,
            "n": 2
          },
          {
            "name": "b.share",
            "unit": "share, 0–1",
            "mean": 0.1,
            "sd": null,
            "ci95_low": null,
            "ci95_high": null,
            "n": 1
          },
          {
            "name": "c.odd",
            "unit": "days",
            "mean": null,
            "sd": null,
            "ci95_low": null,
            "ci95_high": null,
            "n": 2
          }
        ]
      }

      """
    let json = SummaryJSON.render(Self.summary)
    #expect(json == expected)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let metrics = try #require(object["metrics"] as? [[String: Any]])
    #expect(metrics[0]["sd"] as? Double == 2.8284271247461903)
    #expect(metrics[1]["sd"] is NSNull)
  }

  @Test func summaryJSONWithoutMetricsHasAnEmptyArray() {
    var summary = Self.summary
    summary.metrics = []
    #expect(SummaryJSON.render(summary).hasSuffix("  \"warmup_days\": 2,\n  \"metrics\": []\n}\n"))
  }

  @Test func jsonStringsEscapeControlCharacters() {
    var summary = Self.summary
    summary.scenarioName = "a\\b\n\t\u{01}é"
    #expect(SummaryJSON.render(summary).contains(#""name": "a\\b\n\t\u0001é","#))
  }

  @Test func replicationsCSVIsExact() {
    var results = Fixtures.results
    results[1].metrics[1].value = .nan
    #expect(
      TidyCSV.replications(results) == """
        replication,metric,value
        0,a.count,10.0
        0,b.share,0.5
        1,a.count,14.0
        1,b.share,

        """)
  }

  @Test func timeseriesCSVIsExactAndSkipsNaN() {
    #expect(
      TidyCSV.timeseries(Fixtures.results) == """
        replication,day,metric,value
        0,-1,x,1.0
        0,0,x,2.0
        0,0,y,0.25
        1,-1,x,3.0
        1,-1,y,4.0
        1,0,y,0.5

        """)
  }

  @Test func metricSummaryCSVIsExactWithQuotingAndEmptyFields() {
    #expect(
      TidyCSV.metricSummaries(Self.summary) == """
        name,unit,mean,sd,ci95_low,ci95_high,n
        a.count,requests,12.0,2.8284271247461903,-13.5,37.5,2
        b.share,"share, 0–1",0.1,,,,1
        c.odd,days,,,,,2

        """)
  }

  @Test func tableIsAligned() {
    let table = SummaryTable.render(Self.summary)
    #expect(
      table == """
        tiny "test": 2 replications × 10 days (after 2 warm-up days), seed 42

        metric      mean   95% CI              unit
        a.count   12.000   [-13.500, 37.500]   requests
        b.share    0.100   n = 1               share, 0–1
        c.odd          —   n = 2               days

        """)
  }
}
