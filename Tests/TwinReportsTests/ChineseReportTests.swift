import CommunityModel
import FileFormats
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinReports

/// Reports in Chinese (`report --lang zh`): byte for byte against committed snapshots (a
/// compare and a run), and what must hold of any Chinese page: its `lang`, its fonts, no
/// English heading left, the metrics' Chinese labels, amounts in 万.
@Suite struct ChineseReportTests {
  @Test func compareReportInChineseHTMLAndMarkdown() throws {
    let document = ReportBuilder(input: try ReportFixture.compareInput(), language: .zh).document()
    try ReportFixture.snapshots.expect(HTMLReport.render(document), named: "compare-report-zh.html")
    try ReportFixture.snapshots.expect(
      MarkdownReport.render(document, htmlName: "report.html"), named: "compare-report-zh.md")
  }

  @Test func runReportInChineseHTMLAndMarkdown() throws {
    let input = try ReportFixture.runInput()
    #expect(input.kind == .run)
    let document = ReportBuilder(input: input, language: .zh).document()
    try ReportFixture.snapshots.expect(HTMLReport.render(document), named: "run-report-zh.html")
    try ReportFixture.snapshots.expect(
      MarkdownReport.render(document, htmlName: "report.html"), named: "run-report-zh.md")
  }

  @Test func theChinesePageDeclaresItsLanguageAndACJKFontStack() throws {
    let html = HTMLReport.render(ReportBuilder(input: try ReportFixture.compareInput(), language: .zh).document())
    #expect(html.contains("<html lang=\"zh-Hans\">"))
    #expect(html.contains("\"Noto Sans CJK SC\""))
    #expect(html.contains("主要发现"))
    // The charts' text inherits the page's font.
    #expect(
      html.contains("svg.chart { display: block; width: 100%; max-width: 180mm; height: auto; font-family: inherit; }"))
    let english = HTMLReport.render(ReportBuilder(input: try ReportFixture.compareInput()).document())
    #expect(english.contains("<html lang=\"en\">") && !english.contains("Noto Sans CJK"))
  }

  @Test func everySectionTitleCaptionAndHeaderIsChinese() throws {
    for input in [try ReportFixture.compareInput(), try ReportFixture.runInput(), try ReportFixture.sweepInput()] {
      let document = ReportBuilder(input: input, language: .zh).document()
      for section in document.sections {
        #expect(Self.hasChinese(section.title), "section \(section.id): \(section.title)")
        for block in section.blocks {
          switch block {
          case .table(let table):
            #expect(Self.hasChinese(table.caption), "\(table.caption)")
            #expect(Self.hasChinese(table.header.joined()), "\(table.header)")
          case .figure(_, let caption), .note(let caption), .paragraph(let caption):
            #expect(Self.hasChinese(caption), "\(caption)")
          case .findings(let sentences):
            for sentence in sentences { #expect(Self.hasChinese(sentence), "\(sentence)") }
          }
        }
      }
    }
  }

  @Test func keyMetricsAndDailySeriesHaveChineseLabelsAndAmountsAreInMyriads() throws {
    for metric in MetricCatalog.keyMetrics + MetricCatalog.dailySeries {
      #expect(metric.chineseLabel != nil, "\(metric.id) (\(metric.label)) has no Chinese label")
    }
    for indicator in GovernanceIndicator.all { #expect(indicator.chineseLabel != nil, "\(indicator.name)") }
    let builder = ReportBuilder(input: try ReportFixture.compareInput(), language: .zh)
    let money = builder.display(Metric.budgetSpent.id)
    #expect(money.label == "资金支出" && money.unit == "元")
    #expect(money.withUnit(money.number(236_658)) == "23.67万元")
    #expect(builder.display(Metric.responseMeanDays.id).differenceWithUnit("−0.078") == "−0.078天")
    #expect(builder.display(Metric.satisfiedShare.id).differenceWithUnit("+0.07") == "+0.07个百分点")
    // A metric without a Chinese label falls back to its English words; the report says so once.
    let document = builder.document()
    #expect(document.subtitle.filter { $0.contains("尚无中文名称的指标以英文名称") }.count == 1)
  }

  @Test func chineseAxesCountInMyriads() {
    let axis = AxisScale(low: 0, high: 2_400_000, includeZero: true, language: .zh)
    #expect(axis.unitPrefix == "万" && axis.labelDivisor == 1e4)
    #expect(axis.title("资金支出", unit: "元") == "资金支出（万元）")
    #expect(AxisScale(low: 0, high: 3e8, language: .zh).unitPrefix == "亿")
    #expect(AxisScale(low: 0, high: 50_000, language: .zh).unitPrefix == "")
  }

  /// Whether `text` holds a CJK ideograph.
  static func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
  }
}
