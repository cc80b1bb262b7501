import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments

/// Builds the ``ReportDocument`` of an output folder: the sections in a fixed order, each
/// from the numbers in the folder only. A section whose data the folder lacks is replaced
/// by a one-line note saying what is missing. Every text is in ``language`` (its English and
/// Chinese side by side where it is written: ``words(_:_:)``).
public struct ReportBuilder: Sendable {
  public var input: ReportInput
  public var language: ReportLanguage
  /// Display of every metric, by name (decimals chosen over all scenarios and differences).
  let displays: [String: MetricDisplay]

  public init(input: ReportInput, language: ReportLanguage = .en) {
    self.input = input
    self.language = language
    var units: [String: String] = [:]
    var means: [String: [Double]] = [:]
    var differences: [String: [Double]] = [:]
    for scenario in input.scenarios {
      for metric in scenario.metrics {
        units[metric.name] = metric.unit
        means[metric.name, default: []] += [metric.mean].compactMap { $0 }
      }
    }
    for difference in input.differences {
      differences[difference.metric, default: []] += [difference.meanDifference].compactMap { $0 }
    }
    if let sweep = input.sweep {
      for point in sweep.points {
        for metric in point.metrics { means[metric.name, default: []] += [metric.mean].compactMap { $0 } }
      }
    }
    var displays: [String: MetricDisplay] = [:]
    for (name, list) in means {
      displays[name] = MetricDisplay(
        name: name, unit: units[name] ?? "", means: list, differences: differences[name] ?? [], language: language)
    }
    self.displays = displays
  }

  /// The display of metric `name` (a plain one when no value of it was seen).
  func display(_ name: String) -> MetricDisplay {
    displays[name] ?? MetricDisplay(name: name, unit: "", means: [], language: language)
  }

  /// `english` in an English report, `chinese` in a Chinese one.
  func words(_ english: String, _ chinese: String) -> String { language.words(english, chinese) }

  /// A number in the report's style (`1,234`; `123.5万` in Chinese).
  func number(_ value: Double, decimals: Int) -> String {
    NumberText.fixed(value, decimals: decimals, style: language.numberStyle)
  }

  /// `label` of a catalog entry in the report's language (the English label where there is
  /// no Chinese one).
  func label(_ english: String, chinese: String?) -> String {
    language == .zh ? chinese ?? english : english
  }

  /// Scenario i's colour, the same in every chart.
  func color(_ scenarioIndex: Int) -> String { Palette.color(at: scenarioIndex) }

  var scenarioSeries: [(name: String, color: String)] {
    input.scenarios.enumerated().map { ($1.name, color($0)) }
  }

  /// The whole report. O(size of the input).
  public func document() -> ReportDocument {
    let sections: [ReportSection]
    switch input.kind {
    case .run:
      sections =
        [
          overviewSection(), findingsSection(), keyMetricsSection(), dailySection(), distributionSection(),
          resourcesSection(), moneySection(), tradeOffSection(), governanceSection(),
        ] + [communitiesSection()].compactMap { $0 }
    case .compare:
      sections =
        [
          overviewSection(), findingsSection(), keyMetricsSection(), costSection(), dailySection(),
          distributionSection(), resourcesSection(), moneySection(), tradeOffSection(), governanceSection(),
        ] + [communitiesSection()].compactMap { $0 }
    case .sweep:
      sections = [
        sweepOverviewSection(), findingsSection(), sweepMetricsSection(), tradeOffSection(), sweepPointsSection(),
      ]
    case .uncertain:
      sections = [findingsSection(), robustnessSection()]
    }
    var subtitle = self.subtitle
    if language == .zh {
      subtitle.append(
        "说明：指标名称和单位已译为中文；尚无中文名称的指标以英文名称或指标编号显示。金额等较大数值以“万”“亿”为单位。")
    }
    return ReportDocument(title: title, subtitle: subtitle, sections: sections, footer: [footer], language: language)
  }

  /// The footer's line: the results' provenance, or that they record none.
  var footer: String { ProvenanceFooter.line(input.provenance, language: language) }

  var title: String {
    if language == .zh { return chineseTitle }
    return switch input.kind {
    case .run: "CommunityTwin report: \(input.base?.name ?? "run")"
    case .compare: "CommunityTwin report: \(input.scenarios.map(\.name).joined(separator: " vs "))"
    case .sweep: "CommunityTwin report: sweep \(input.sweep?.manifest.name ?? "")"
    case .uncertain:
      "CommunityTwin report: \(input.uncertain?.scenarios.joined(separator: " vs ") ?? "") across plausible worlds"
    }
  }

  /// The title of a Chinese report.
  private var chineseTitle: String {
    switch input.kind {
    case .run: "CommunityTwin 报告：\(input.base?.name ?? "运行")"
    case .compare: "CommunityTwin 报告：\(input.scenarios.map(\.name).joined(separator: " 对比 "))"
    case .sweep: "CommunityTwin 报告：参数扫描 \(input.sweep?.manifest.name ?? "")"
    case .uncertain:
      "CommunityTwin 报告：\(input.uncertain?.scenarios.joined(separator: " 对比 ") ?? "")在各种可能情形下的表现"
    }
  }

  var subtitle: [String] {
    if language == .zh { return chineseSubtitle }
    let folder = "Output folder: \(input.folder)"
    switch input.kind {
    case .run, .compare:
      guard let base = input.base else { return [folder] }
      let kind =
        input.kind == .run ? "run" : "compare (common random numbers; differences are paired against \(base.name))"
      return [
        folder,
        "\(kind.prefix(1).uppercased() + kind.dropFirst()): \(input.replications) replications\(input.antithetic ? " in antithetic pairs" : "") of \(base.days) days after a \(base.warmupDays)-day warm-up, seed \(input.seed). Intervals are 95% confidence intervals across replications.",
      ]
    case .sweep:
      guard let sweep = input.sweep else { return [folder] }
      let m = sweep.manifest
      return [
        folder,
        "Sweep (\(m.design.name)): \(m.points) design points × \(m.replications) replications = \(m.runs) runs (\(sweep.records.count) found) of \(m.days) days after a \(m.warmupDays)-day warm-up, seed \(m.seed). Intervals are 95% confidence intervals across replications.",
      ]
    case .uncertain:
      guard let u = input.uncertain else { return [folder] }
      return [
        folder,
        "Compare across \(u.worlds) plausible worlds (parameter sets of \(u.parameters.joined(separator: ", "))), \(u.replications) replications each, the same random numbers in every world, seed \(u.seed).",
      ]
    }
  }

  /// The lines under the title of a Chinese report.
  private var chineseSubtitle: [String] {
    let folder = "输出文件夹：\(input.folder)"
    let ci = "区间均为各次重复运行的95%置信区间。"
    switch input.kind {
    case .run, .compare:
      guard let base = input.base else { return [folder] }
      let kind =
        input.kind == .run ? "运行" : "对比（共同随机数；差值均为与\(base.name)逐次配对的差值）"
      return [
        folder,
        "\(kind)：预热\(base.warmupDays)天后观测\(base.days)天，重复\(input.replications)次"
          + "\(input.antithetic ? "（对偶成对）" : "")，随机种子\(input.seed)。\(ci)",
      ]
    case .sweep:
      guard let sweep = input.sweep else { return [folder] }
      let m = sweep.manifest
      return [
        folder,
        "参数扫描（\(m.design.name)）：\(m.points)个设计点 × \(m.replications)次重复 = \(m.runs)次运行"
          + "（找到\(sweep.records.count)次），预热\(m.warmupDays)天后观测\(m.days)天，随机种子\(m.seed)。\(ci)",
      ]
    case .uncertain:
      guard let u = input.uncertain else { return [folder] }
      return [
        folder,
        "在\(u.worlds)种可能情形（\(u.parameters.joined(separator: "、"))的参数组合）下对比，每种情形重复"
          + "\(u.replications)次，各情形使用相同的随机数，随机种子\(u.seed)。",
      ]
    }
  }

  /// Scenarios: name, file (with the fingerprints of it and its bases), description, days.
  func overviewSection() -> ReportSection {
    let rows = input.scenarios.enumerated().map { i, s in
      [
        s.name + (i == 0 && input.kind == .compare ? words(" (base)", "（基准）") : ""), fileCell(s),
        s.description ?? "–",
        "\(s.days)", "\(s.warmupDays)",
      ]
    }
    let table = ReportTable(
      caption: words("Scenarios", "情景"),
      header: language == .zh
        ? ["情景", "文件", "说明", "天数", "预热"] : ["Scenario", "File", "Description", "Days", "Warm-up days"],
      rows: rows, textColumns: [0, 1, 2])
    var blocks: [ReportBlock] = [.table(table)]
    if input.scenarios.allSatisfy({ $0.description == nil }) {
      blocks.append(.note(words("The output records no scenario descriptions.", "输出中没有记录情景说明。")))
    }
    return ReportSection(id: "overview", title: words("What was simulated", "模拟了什么"), blocks: blocks)
  }

  /// `s`'s file, then the first 12 hex digits of its SHA-256 and each base file's, when the
  /// output records them: "devolution.json (SHA-256 cc3e38de9777…; base baseline.json,
  /// ed5492dab668…)".
  func fileCell(_ s: ScenarioOutcome) -> String {
    guard let sha256 = s.sha256, !sha256.isEmpty else { return s.file }
    let bases = s.bases.map { words("; base ", "；基于 ") + "\($0.file), \($0.sha256.prefix(12))…" }.joined()
    return "\(s.file) (SHA-256 \(sha256.prefix(12))…\(bases))"
  }

  func findingsSection() -> ReportSection {
    let findings = KeyFindings(builder: self).sentences()
    let reading =
      language == .zh ? chineseReading : englishReading
    return ReportSection(
      id: "findings", title: words("Key findings", "主要发现"), blocks: [.findings(findings), .note(reading)])
  }

  /// How to read the findings, in Chinese.
  private var chineseReading: String {
    switch input.kind {
    case .compare:
      "当配对差值（情景减\(input.base?.name ?? "基准")，逐次重复配对）的95%置信区间不包含0时，差异明确；"
        + "改善或变差依各指标的方向而定。"
    case .run: "只有当整个95%置信区间都在阈值同一侧时，才说该指标明确达到或未达到阈值。"
    case .sweep: "按均值取最优；只有当其他设计点的95%置信区间都与其不重叠时，才说它明确最优。"
    case .uncertain: "按每种情形各次重复的均值取最优；所列参数与最优方案的变化相伴（仅为筛查，并非因果）。"
    }
  }

  /// How to read the findings, in English.
  private var englishReading: String {
    switch input.kind {
    case .compare:
      "A difference is clear when the 95% CI of the paired difference (scenario minus \(input.base?.name ?? "base"), replication by replication) excludes 0; better and worse follow each metric's direction."
    case .run: "An indicator clearly meets or misses its threshold only when its whole 95% CI is on one side of it."
    case .sweep: "Best by mean; a point is clearly the best only when no other point's 95% CI overlaps its own."
    case .uncertain:
      "Best by each world's mean over its replications; the parameter named goes with a change of the best (a screening, not a cause)."
    }
  }

  /// "45.2 (43.1–47.3)": a mean and its 95 % CI in the metric's display; just the mean when
  /// the CI is undefined.
  func meanWithInterval(_ summary: MetricSummary?, _ display: MetricDisplay) -> String {
    guard let summary, let mean = summary.mean else { return "–" }
    guard let low = summary.ci95Low, let high = summary.ci95High else { return display.number(mean) }
    return "\(display.number(mean)) (\(display.interval(low, high)))"
  }

  /// The metrics of `family` in any scenario, in the first scenario's order, with each one's
  /// member key (a facility id, a funding source). O(scenarios × metrics).
  func metricNames(of family: MetricFamily) -> [(name: String, part: String)] {
    var seen = Set<String>()
    var out: [(String, String)] = []
    for scenario in input.scenarios {
      for metric in scenario.metrics {
        guard let key = family.memberKey(inId: metric.name), seen.insert(metric.name).inserted else { continue }
        out.append((metric.name, key))
      }
    }
    return out
  }
}
