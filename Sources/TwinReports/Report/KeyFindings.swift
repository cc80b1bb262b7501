import CommunityModel
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
          "\(scenario.name): no key metric differs clearly from \(base.name) (every 95% CI of the paired difference includes 0)."
        )
      } else if !unclear.isEmpty {
        out.append("\(scenario.name): no clear difference from \(base.name) (95% CI includes 0) in \(list(unclear)).")
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
    case .higher: judgement = mean > 0 ? ": better" : ": worse"
    case .lower: judgement = mean < 0 ? ": better" : ": worse"
    case .neither: judgement = ""
    }
    let texts = display.signedDifference(mean: mean, low: low, high: high)
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
      let bound = (indicator.higherIsBetter ? "at least " : "at most ") + threshold
      var sentence = "\(indicator.label): \(display.withUnit(display.number(mean)))"
      guard let low = summary.ci95Low, let high = summary.ci95High else {
        out.append(sentence + " (one replication, no CI): cannot tell whether it reaches the threshold of \(bound).")
        continue
      }
      sentence += " (95% CI \(display.interval(low, high)))"
      let good = indicator.higherIsBetter ? low >= indicator.threshold : high <= indicator.threshold
      let bad = indicator.higherIsBetter ? high < indicator.threshold : low > indicator.threshold
      if good {
        sentence += " clearly meets the threshold of \(bound)."
      } else if bad {
        sentence += " clearly misses the threshold of \(bound)."
      } else {
        sentence += ": the interval contains the threshold of \(bound), so it is not clear whether it is met."
      }
      out.append(sentence)
    }
    if out.isEmpty {
      out.append(
        "A single scenario without governance values: the key metrics and their 95% CIs are in the tables below.")
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
        "Best point for \(display.lowercasedLabel): point \(best.point) (\(builder.pointParameters(best))), mean "
        + display.withUnit(display.number(mean))
      if let low = best.metrics[m].ci95Low, let high = best.metrics[m].ci95High {
        sentence += " (95% CI \(display.interval(low, high)))"
        let overlapping = ranked.dropFirst().filter { other in
          guard let l = other.metrics[m].ci95Low, let h = other.metrics[m].ci95High else { return false }
          return l <= high && h >= low
        }.count
        sentence +=
          overlapping == 0
          ? "; no other point's CI overlaps it."
          : "; the CIs of \(overlapping) other point\(overlapping == 1 ? "" : "s") overlap it, so it is not clearly the best."
      } else {
        sentence += "."
      }
      out.append(sentence)
    }
    if out.isEmpty { out.append("The sweep records no key metric with a better direction.") }
    return out
  }

  /// "a, b and c".
  private func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }
}
