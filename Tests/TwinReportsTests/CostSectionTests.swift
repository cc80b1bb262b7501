import CommunityModel
import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinReports

/// "What each change costs": the added cost and the cost per unit of each key metric's change,
/// in plain words, from `comparison.json`.
@Suite struct CostSectionTests {
  /// The section of the staffing comparison, byte for byte (`compare-costs.md`), and in HTML
  /// as a table with the same cells.
  @Test func theStaffingComparisonSaysWhatItsChangesCost() throws {
    let builder = ReportBuilder(input: try ReportFixture.staffingInput())
    let section = builder.costSection()
    let document = ReportDocument(title: "What each change costs", subtitle: [], sections: [section])
    try ReportFixture.snapshots.expect(
      MarkdownReport.render(document, htmlName: "report.html"), named: "compare-costs.md")
    let html = HTMLReport.render(ReportBuilder(input: try ReportFixture.staffingInput()).document())
    #expect(html.contains("What each change costs"))
    #expect(html.contains("<td>CNY 87,200 more over 20 days (83,300 to 91,000)</td>"))
  }

  /// The same section in Chinese, byte for byte (`compare-costs-zh.md`): amounts in 元 with
  /// 万, no English words left in the cells.
  @Test func theStaffingComparisonInChinese() throws {
    let builder = ReportBuilder(input: try ReportFixture.staffingInput(), language: .zh)
    let section = builder.costSection()
    let document = ReportDocument(title: "各项变化的成本", subtitle: [], sections: [section], language: .zh)
    try ReportFixture.snapshots.expect(
      MarkdownReport.render(document, htmlName: "report.html"), named: "compare-costs-zh.md")
    let table = try #require(
      section.blocks.compactMap { block -> ReportTable? in
        if case .table(let table) = block { return table }
        return nil
      }.first)
    for cell in table.rows.flatMap({ $0.dropFirst() }) where cell != "–" {
      #expect(!cell.contains("CNY") && !cell.contains(" more") && !cell.contains(" less"), "\(cell)")
      #expect(ChineseReportTests.hasChinese(cell), "\(cell)")
    }
  }

  /// Each cell says what `comparison.json` says, read here with JSONSerialization (not the
  /// report's reader): the added cost is more when its interval is above 0, and each key
  /// metric's cell names its verdict.
  @Test func everyCellSaysWhatTheFileSays() throws {
    let data = try Data(contentsOf: ReportFixture.staffingFolder.appendingPathComponent("comparison.json"))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let differences = try #require(root["differences"] as? [[String: Any]])
    let cost = try #require(differences.first { $0["metric"] as? String == Metric.budgetPublicCost.id })
    #expect(try #require(cost["ci95_low"] as? Double) > 0)
    let ratios = try #require((root["cost_effectiveness"] as? [String: Any])?["ratios"] as? [[String: Any]])
    let section = ReportBuilder(input: try ReportFixture.staffingInput()).costSection()
    let table = try #require(
      section.blocks.compactMap { block -> ReportTable? in
        if case .table(let table) = block { return table }
        return nil
      }.first)
    #expect(table.header == ["", "staffing − baseline"])
    #expect(table.rows[0][1].contains(" more over 20 days ("))
    let words = [
      "dominates": "dominates:", "dominated": "dominated:", "no_clear_change": "no clear change",
      "too_few_runs": "too few runs", "costs_more_for_better": "CNY ", "costs_less_for_worse": "saves CNY ",
    ]
    for ratio in ratios {
      let id = try #require(ratio["metric"] as? String)
      let metric = try #require(MetricCatalog.keyMetric(id: id))
      let verdict = try #require(ratio["verdict"] as? String)
      let row = try #require(table.rows.first { $0[0] == metric.label }, "\(metric.id)")
      let word = try #require(words[verdict])
      #expect(row[1].hasPrefix(word), "\(metric.id): \(row[1])")
      #expect(row[1].contains(" (") == (ratio["ci95_low"] is Double), "\(metric.id): \(row[1])")
    }
  }

  /// A comparison.json from before cost-effectiveness gets a note, not an empty table.
  @Test func anOlderComparisonGetsANote() throws {
    let section = ReportBuilder(input: try ReportFixture.compareInput()).costSection()
    guard case .note(let note) = try #require(section.blocks.first) else {
      Issue.record("expected a note, found \(section.blocks)")
      return
    }
    #expect(note.contains("predates cost-effectiveness"))
  }
}
