import CommunityModel
import ScenarioFiles
import TwinExperiments

/// The "key findings" sentences, generated from the numbers only.
///
/// - Compare: for each scenario, every key metric whose paired difference from the base is
///   clear (its 95 % CI excludes 0) gets a sentence with the two means, the difference and its
///   CI, and whether that is better or worse; the key metrics without a clear difference are
///   listed as such, never as effects.
/// - Run: each governance indicator's value against its threshold, met or missed only when
///   the whole 95 % CI lies on one side of it.
/// - Sweep: per key metric, the design point with the best mean, with its CI.
///
/// Every number is formatted by the metric's ``MetricDisplay``, as in the tables.
struct KeyFindings {
  let builder: ReportBuilder

  var input: ReportInput { builder.input }
  var language: ReportLanguage { builder.language }

  /// `english` in an English report, `chinese` in a Chinese one.
  private func words(_ english: String, _ chinese: String) -> String { language.words(english, chinese) }

  func sentences() -> [String] {
    switch input.kind {
    case .compare: comparisonSentences()
    case .run: runSentences()
    case .sweep: sweepSentences()
    case .uncertain: builder.input.uncertain?.metrics.map(\.sentence) ?? []
    }
  }

  private func comparisonSentences() -> [String] {
    guard let base = input.base else { return [] }
    var out: [String] = []
    for scenario in input.scenarios.dropFirst() {
      var unclear: [String] = []
      var clear = 0
      for key in MetricCatalog.keyMetrics {
        guard let d = builder.difference(key.id, scenario.name), d.meanDifference != nil else { continue }
        let display = builder.display(key.id)
        guard d.isSignificant, let sentence = effectSentence(scenario, base, d, display) else {
          unclear.append(display.lowercasedLabel)
          continue
        }
        out.append(sentence)
        clear += 1
      }
      if clear == 0 {
        out.append(
          words(
            "\(scenario.name): no key metric differs clearly from \(base.name) (every 95% CI of the paired difference includes 0).",
            "\(scenario.name)：没有任何关键指标与\(base.name)有明确差异（配对差值的95%置信区间均包含0）。")
        )
      } else if !unclear.isEmpty {
        out.append(
          words(
            "\(scenario.name): no clear difference from \(base.name) (95% CI includes 0) in \(list(unclear)).",
            "\(scenario.name)：\(list(unclear))与\(base.name)无明确差异（95%置信区间包含0）。"))
      }
    }
    return out
  }

  /// "devolution lowers project approval time from 45.2 to 4.0 days (−41.2 days, 95% CI −43.1
  /// to −39.3): better."
  private func effectSentence(
    _ scenario: ScenarioOutcome, _ base: ScenarioOutcome, _ d: PairedDifference, _ display: MetricDisplay
  ) -> String? {
    guard let mean = d.meanDifference, let low = d.ci95Low, let high = d.ci95High,
      let baseMean = base.metric(display.name)?.mean, let otherMean = scenario.metric(display.name)?.mean
    else { return nil }
    let verb = mean > 0 ? "raises" : "lowers"
    let judgement: String
    switch display.direction {
    case .higher: judgement = mean > 0 ? words(": better", "：改善") : words(": worse", "：变差")
    case .lower: judgement = mean < 0 ? words(": better", "：改善") : words(": worse", "：变差")
    case .neither: judgement = ""
    }
    let texts = display.signedDifference(mean: mean, low: low, high: high)
    guard language == .en else {
      let change = "\(display.differenceWithUnit(texts.mean))，95%置信区间 \(texts.low) 至 \(texts.high)"
      let other = display.withUnit(display.number(otherMean))
      guard display.number(baseMean) != display.number(otherMean) else {
        return "\(scenario.name)使\(display.label)\(mean > 0 ? "提高" : "降低")了\(change)，变化太小，"
          + "在均值\(other)中显示不出来\(judgement)。"
      }
      let from = display.withUnit(display.number(baseMean))
      return "\(scenario.name)使\(display.label)从\(from)\(mean > 0 ? "提高到" : "降低到")\(other)（\(change)）\(judgement)。"
    }
    let change = "\(display.differenceWithUnit(texts.mean)), 95% CI \(texts.low) to \(texts.high)"
    guard display.number(baseMean) != display.number(otherMean) else {
      return
        "\(scenario.name) \(verb) \(display.lowercasedLabel) by \(change), a change too small to show in the mean of "
        + "\(display.withUnit(display.number(otherMean)))\(judgement)."
    }
    let from = display.number(baseMean) + (display.unit.hasPrefix("%") ? "%" : "")
    return
      "\(scenario.name) \(verb) \(display.lowercasedLabel) from \(from) to \(display.withUnit(display.number(otherMean))) "
      + "(\(change))\(judgement)."
  }

  /// Each governance indicator's value against its threshold, said to be met or missed only
  /// when the whole 95 % CI is on one side.
  private func runSentences() -> [String] {
    guard let scenario = input.base else { return [] }
    var out: [String] = []
    for indicator in GovernanceIndicator.all {
      let name = indicator.valueMetric.id
      guard let summary = scenario.metric(name), let mean = summary.mean else { continue }
      let display = builder.display(name)
      let threshold = display.withUnit(display.number(indicator.threshold))
      let bound =
        indicator.higherIsBetter
        ? words("at least ", "不低于") + threshold : words("at most ", "不高于") + threshold
      let label = builder.label(indicator.label, chinese: indicator.chineseLabel)
      var sentence = label + words(": ", "：") + display.withUnit(display.number(mean))
      guard let low = summary.ci95Low, let high = summary.ci95High else {
        out.append(
          sentence
            + words(
              " (one replication, no CI): cannot tell whether it reaches the threshold of \(bound).",
              "（仅一次重复，无置信区间）：无法判断是否达到阈值（\(bound)）。"))
        continue
      }
      sentence += words(" (95% CI \(display.interval(low, high)))", "（95%置信区间 \(display.interval(low, high))）")
      let good = indicator.higherIsBetter ? low >= indicator.threshold : high <= indicator.threshold
      let bad = indicator.higherIsBetter ? high < indicator.threshold : low > indicator.threshold
      if good {
        sentence += words(" clearly meets the threshold of \(bound).", "，明确达到阈值（\(bound)）。")
      } else if bad {
        sentence += words(" clearly misses the threshold of \(bound).", "，明确未达到阈值（\(bound)）。")
      } else {
        sentence += words(
          ": the interval contains the threshold of \(bound), so it is not clear whether it is met.",
          "：区间包含阈值（\(bound)），是否达到并不明确。")
      }
      out.append(sentence)
    }
    if out.isEmpty {
      out.append(
        words(
          "A single scenario without governance values: the key metrics and their 95% CIs are in the tables below.",
          "单一情景且无治理指标数值：关键指标及其95%置信区间见下表。"))
    }
    return out
  }

  private func sweepSentences() -> [String] {
    guard let sweep = input.sweep else { return [] }
    let points = sweep.points
    var out: [String] = []
    for key in MetricCatalog.keyMetrics where key.direction != .neither {
      guard let m = sweep.manifest.metrics.firstIndex(of: key.id) else { continue }
      let display = builder.display(key.id)
      let ranked = points.filter { $0.metrics[m].mean != nil }
        .sorted { a, b in
          let (x, y) = (a.metrics[m].mean!, b.metrics[m].mean!)
          return key.direction == .higher ? (x, b.point) > (y, a.point) : (x, a.point) < (y, b.point)
        }
      guard let best = ranked.first, let mean = best.metrics[m].mean else { continue }
      var sentence =
        words(
          "Best point for \(display.lowercasedLabel): point \(best.point) (\(builder.pointParameters(best))), mean ",
          "\(display.label)最优的设计点：设计点\(best.point)（\(builder.pointParameters(best))），均值")
        + display.withUnit(display.number(mean))
      if let low = best.metrics[m].ci95Low, let high = best.metrics[m].ci95High {
        sentence += words(" (95% CI \(display.interval(low, high)))", "（95%置信区间 \(display.interval(low, high))）")
        let overlapping = ranked.dropFirst().filter { other in
          guard let l = other.metrics[m].ci95Low, let h = other.metrics[m].ci95High else { return false }
          return l <= high && h >= low
        }.count
        sentence +=
          overlapping == 0
          ? words("; no other point's CI overlaps it.", "；其他设计点的置信区间均不与其重叠。")
          : words(
            "; the CIs of \(overlapping) other point\(overlapping == 1 ? "" : "s") overlap it, so it is not clearly the best.",
            "；另有\(overlapping)个设计点的置信区间与其重叠，因此并不明确最优。")
      } else {
        sentence += words(".", "。")
      }
      out.append(sentence)
    }
    if out.isEmpty {
      out.append(
        words("The sweep records no key metric with a better direction.", "参数扫描中没有记录有优劣方向的关键指标。"))
    }
    return out
  }

  /// "a, b and c"; "a、b和c".
  private func list(_ items: [String]) -> String { language.list(items) }
}
