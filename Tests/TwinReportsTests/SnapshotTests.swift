import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinReports

/// The generated HTML, Markdown and SVG compared byte for byte with committed snapshots
/// (rewrite them with `COMMUNITY_TWIN_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`,
/// which fails saying what it recorded; review with `git diff`, then run again without it).
@Suite struct SnapshotTests {
  @Test func compareReportHTMLAndMarkdown() throws {
    let document = ReportBuilder(input: try ReportFixture.compareInput()).document()
    try ReportFixture.snapshots.expect(HTMLReport.render(document), named: "compare-report.html")
    try ReportFixture.snapshots.expect(
      MarkdownReport.render(document, htmlName: "report.html"), named: "compare-report.md")
  }

  @Test func sweepReportHTMLAndMarkdown() throws {
    let input = try ReportFixture.sweepInput()
    #expect(input.kind == .sweep && input.sweep?.points.count == 4)
    let document = ReportBuilder(input: input).document()
    try ReportFixture.snapshots.expect(HTMLReport.render(document), named: "sweep-report.html")
    try ReportFixture.snapshots.expect(
      MarkdownReport.render(document, htmlName: "report.html"), named: "sweep-report.md")
  }

  @Test func barChartWithWhiskersReferenceLineAndPaleBar() throws {
    let chart = BarChart(
      title: "Governance indicators & thresholds", categories: ["response <5 days", "satisfaction"],
      series: [("baseline", Palette.color(at: 0)), ("devolution", Palette.color(at: 1))],
      bars: [
        [
          BarChart.Bar(value: 88.2, low: 80.1, high: 96.3),
          BarChart.Bar(value: 94.6, low: 90, high: 99.2, isEmphasized: false),
        ],
        [BarChart.Bar(value: 71.3, low: 70.9, high: 71.7), nil],
      ], axisLabel: "Attainment", axisUnit: "%",
      referenceLines: [BarChart.ReferenceLine(value: 100, label: "threshold met")])
    try ReportFixture.snapshots.expect(chart.svg(), named: "bar-chart.svg")
  }

  @Test func lineChartWithBandAndGap() throws {
    let points = (0..<8).map { day -> LineChart.Point in
      let x = Double(day)
      let y: Double = 5 + x * 0.25
      return day == 4 ? LineChart.Point(x: x, y: .nan) : LineChart.Point(x: x, y: y, low: y - 0.5, high: y + 0.5)
    }
    let chart = LineChart(
      title: "Mean response time", xLabel: "Day after the warm-up", xUnit: "", yLabel: "Mean response time",
      yUnit: "days",
      series: [LineChart.Series(name: "baseline", color: Palette.color(at: 0), points: points)])
    try ReportFixture.snapshots.expect(chart.svg(), named: "line-chart.svg")
  }

  @Test func binnedStackedAndScatterCharts() throws {
    let binned = BinnedChart(
      title: "Response time, urgent requests", edges: [0, 0.5, 1, 2, 3, 5, .infinity],
      series: [("baseline", Palette.color(at: 0))], values: [[10, 20, 30, 15, 15, .nan]], xLabel: "Response time",
      xUnit: "days", yLabel: "Share of resolved requests", yUnit: "%", markers: ReportBuilder.responseMarks)
    let stacked = StackedBarChart(
      title: "Money by source", categories: ["baseline", "ppp-funding"],
      parts: [("government", Palette.color(at: 0)), ("social_capital", Palette.color(at: 3))],
      values: [[780_000, 0], [780_000, 460_000]], axisLabel: "Money", axisUnit: "CNY")
    let options = [
      ScatterChart.Option(label: "baseline", color: Palette.color(at: 0), x: 1.29e6, y: 62.76, yLow: 62.6, yHigh: 62.9),
      ScatterChart.Option(label: "ppp-funding", color: Palette.color(at: 2), x: 1.99e6, y: 62.79),
      ScatterChart.Option(label: "staffing", color: Palette.color(at: 3), x: 1.55e6, y: 62.9),
    ]
    let scatter = ScatterChart(
      title: "Cost against satisfaction index", xLabel: "Money spent", xUnit: "CNY", yLabel: "Satisfaction index",
      yUnit: "0–100", options: options, front: ParetoFront.indices(options.map { ($0.x, $0.y) }, goal: .maximize),
      goal: .maximize)
    try ReportFixture.snapshots.expect(
      binned.svg() + stacked.svg() + scatter.svg(), named: "binned-stacked-scatter.svg")
  }

  @Test func theReportIsSelfContained() throws {
    let html = HTMLReport.render(ReportBuilder(input: try ReportFixture.compareInput()).document())
    for forbidden in ["<script", "<link", "<img", "<iframe", "url(", "@import"] {
      #expect(!html.contains(forbidden), "the report contains \(forbidden)")
    }
    let urls = html.components(separatedBy: "http").dropFirst()
    #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") })
    #expect(html.contains("@page { size: A4; margin: 15mm; }"))
  }
}
