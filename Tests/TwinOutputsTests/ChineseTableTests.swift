import CommunityModel
import Foundation
import ScenarioFiles
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinOutputs

/// ``DisplayWidth`` and the terminal tables in Chinese: the words are Chinese and the columns
/// line up on a terminal, where a Chinese character takes two columns.
@Suite struct ChineseTableTests {
  @Test func asciiIsOneColumnACharacter() {
    #expect(DisplayWidth.of("") == 0)
    #expect(DisplayWidth.of("baseline") == 8)
    #expect(DisplayWidth.of("95% CI [1.0, 2.0]") == 17)
  }

  @Test func chineseKanaAndHangulAreTwoColumns() {
    #expect(DisplayWidth.of("下放审批") == 8)
    #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
    #expect(DisplayWidth.of("한국어") == 6)
    #expect(DisplayWidth.of("𠀀") == 2, "an ideograph outside the basic plane")
  }

  @Test func fullWidthPunctuationIsTwoColumnsAndHalfWidthKatakanaOne() {
    #expect(DisplayWidth.of("，：（）。、") == 12)
    #expect(DisplayWidth.of("\u{3000}") == 2, "the ideographic space")
    #expect(DisplayWidth.of("ＡＢ") == 4, "full-width Latin letters")
    #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4, "half-width katakana")
    #expect(DisplayWidth.of("×±—–") == 4, "ambiguous-width characters count as narrow")
  }

  @Test func mixedTextAddsUp() {
    #expect(DisplayWidth.of("平均响应时间 [天]") == 12 + 1 + 4)
    #expect(DisplayWidth.of("baseline：2次重复") == 8 + 2 + 1 + 6)
  }

  @Test func combiningMarksTakeNoColumn() {
    #expect(DisplayWidth.of("e\u{301}") == 1, "e with a combining acute accent")
    #expect(DisplayWidth.of("Ma\u{308}dchen") == 7, "M, a with a combining diaeresis, d, c, h, e, n")
    #expect(DisplayWidth.of("\u{301}") == 0, "a combining mark on its own")
    #expect(DisplayWidth.of("a\u{200B}b") == 2, "a zero-width space")
  }

  @Test func paddingFillsDisplayColumns() {
    #expect(DisplayWidth.leftAligned("审批", in: 6) == "审批  ")
    #expect(DisplayWidth.rightAligned("审批", in: 6) == "  审批")
    #expect(DisplayWidth.leftAligned("下放审批", in: 4) == "下放审批", "never cut")
  }

  /// The display column (from 0) where `needle` starts in `line`.
  static func column(of needle: String, in line: Substring) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return DisplayWidth.of(line[..<range.lowerBound])
  }

  static let summary = ExperimentSummary(
    scenarioName: "下放审批", scenarioFile: "下放审批.json", scenarioSHA256: "ab12", seed: 42, replications: 2, days: 10,
    warmupDays: 2,
    metrics: [
      MetricSummary(
        name: "a.count", unit: "requests", mean: 12, standardDeviation: 2.8, ci95Low: -13.5, ci95High: 37.5, count: 2),
      MetricSummary(
        name: "b.share", unit: "share 0–1", mean: 0.1, standardDeviation: nil, ci95Low: nil, ci95High: nil, count: 1),
      MetricSummary(
        name: "response.all.mean_days", unit: "days", mean: 1.5, standardDeviation: 0.1, ci95Low: 1.4, ci95High: 1.6,
        count: 2),
    ])

  @Test func theSummaryTableInChineseHasChineseWordsAndAlignedColumns() {
    let table = SummaryTable.render(Self.summary, language: .zh)
    let lines = table.split(separator: "\n")
    #expect(lines[0] == "下放审批：2次重复 × 10天（预热2天之后），随机种子42")
    #expect(lines[1].hasPrefix("指标") && lines[1].hasSuffix("单位"))
    #expect(lines[1].contains("均值") && lines[1].contains("95%置信区间"))
    #expect(lines[2].hasSuffix("件") && lines[3].hasSuffix("比例（0–1）") && lines[4].hasSuffix("天"))
    // The unit column starts at the same display column in every row, and the interval too.
    let unitColumns = [("单位", 1), ("件", 2), ("比例（0–1）", 3), ("天", 4)].map { Self.column(of: $0.0, in: lines[$0.1]) }
    #expect(Set(unitColumns).count == 1 && unitColumns[0] != nil, "\(unitColumns)")
    let intervalColumns = [("95%置信区间", 1), ("[", 2), ("n = 1", 3), ("[", 4)].map {
      Self.column(of: $0.0, in: lines[$0.1])
    }
    #expect(Set(intervalColumns).count == 1 && intervalColumns[0] != nil, "\(intervalColumns)")
  }

  @Test func theSummaryTableInEnglishIsUnchanged() {
    let table = SummaryTable.render(Self.summary)
    #expect(table.hasPrefix("下放审批: 2 replications × 10 days (after 2 warm-up days), seed 42\n\nmetric"))
    #expect(table.contains("requests\n") && !table.contains("件"))
  }

  static func comparison() throws -> Comparison {
    let base = try Fixtures.tinyScenario(days: 20)
    var devolved = base
    devolved.name = "下放审批"
    devolved.roles[0].perThousandResidents = 10
    let result = try Experiment(scenarios: [base, devolved], seed: 4, replications: .fixed(4)).run()
    return Comparison(result, files: ["a.json", "下放审批.json"], sha256: ["aa", "bb"])
  }

  @Test func theComparisonTableInChineseIsChineseAndAligned() throws {
    let comparison = try Self.comparison()
    let table = ComparisonTable.render(comparison, language: .zh)
    #expect(table.hasPrefix("以tiny为基准比较2个情景：每个情景4次重复，预热"))
    #expect(!table.contains("clearly") && !table.contains("no clear difference") && !table.contains("change "))
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
    let heading = try #require(lines.firstIndex { $0.hasPrefix("平均响应时间 [天]，越低越好") })
    let (baseRow, otherRow) = (lines[heading + 1], lines[heading + 2])
    #expect(baseRow.hasPrefix("  tiny      ") && otherRow.hasPrefix("  下放审批  "))
    #expect(otherRow.contains("变化"))
    #expect(["明显更好", "明显更差", "无明显差异", "重复次数太少，无法判断"].contains { otherRow.hasSuffix($0) })
    // The means are right-aligned: they end at the same display column; the intervals start
    // at the same one.
    let meanEnds = [baseRow, otherRow].map { row in
      Self.column(of: "  (", in: row)
    }
    #expect(meanEnds[0] != nil && meanEnds[0] == meanEnds[1], "\(meanEnds)")
    #expect(table.contains("各项变化的成本：budget.public_cost_cny [元]，情景减去tiny"))
    #expect(table.contains("下放审批   新增成本  "))
    #expect(table.hasSuffix("个指标及其标准差见comparison.json和comparison.csv。\n"))
  }

  @Test func chineseVerdictsSayTheSameAsTheEnglishOnes() throws {
    let comparison = try Self.comparison()
    let pairs: [(String, String)] = [
      ("clearly better", "明显更好"), ("clearly worse", "明显更差"), ("no clear difference", "无明显差异"),
      ("clearly higher", "明显更高"), ("clearly lower", "明显更低"), ("too few runs to tell", "重复次数太少，无法判断"),
    ]
    for d in comparison.differences {
      for direction in [Metric.Direction.higher, .lower, .neither] {
        let english = ComparisonTable.verdict(d, direction)
        let chinese = ComparisonTable.verdict(d, direction, language: .zh)
        #expect(pairs.contains { $0 == (english, chinese) }, "\(english) / \(chinese)")
      }
    }
  }

  @Test func wrappedChineseBreaksBetweenCharactersWithinTheWidth() {
    let labels = Array(repeating: "紧急诉求48小时内响应率", count: 8).joined(separator: "、")
    let text = ComparisonTable.wrapped("无明确变化，因此无法估计：\(labels)。")
    let lines = text.split(separator: "\n")
    #expect(lines.count > 1)
    for line in lines { #expect(DisplayWidth.of(line) <= 96, "\(line)") }
    #expect(lines[0].hasPrefix("    无明确变化") && lines[1].hasPrefix("      ") && !lines[1].hasPrefix("       "))
    #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == "无明确变化，因此无法估计：\(labels)。")
  }

  @Test func theRecordedLanguageIsWrittenOnlyForChineseAndReadBack() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("recorded-language-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let english = directory.appendingPathComponent("en.json")
    let chinese = directory.appendingPathComponent("zh.json")
    try SummaryJSON.render(Self.summary).write(to: english, atomically: true, encoding: .utf8)
    try SummaryJSON.render(Self.summary, language: .zh).write(to: chinese, atomically: true, encoding: .utf8)
    #expect(!(try String(contentsOf: english, encoding: .utf8)).contains("\"language\""))
    #expect(try RecordedLanguage.read(from: english) == .en)
    #expect(try RecordedLanguage.read(from: chinese) == .zh)
    let bad = directory.appendingPathComponent("bad.json")
    try #"{"language": "fr"}"#.write(to: bad, atomically: true, encoding: .utf8)
    #expect {
      try RecordedLanguage.read(from: bad)
    } throws: { error in
      "\(error)".contains("language") && "\(error)".contains("en, zh")
    }
  }
}
