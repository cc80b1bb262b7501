import TwinExperiments

/// The "key findings" sentences, generated from the numbers only.
///
/// - Compare: for each scenario, every key metric whose paired difference from the base is
///   clear (its 95 % CI excludes 0) gets a sentence with the two means, the difference and its
///   CI, and whether that is better or worse; the key metrics without a clear difference are
///   listed as such, never as effects.
/// - Run: governance indicators whose 95 % CI lies wholly above or below their threshold.
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
    }
  }

  private func comparisonSentences() -> [String] {
    guard let base = input.base else { return [] }
    var out: [String] = []
    for scenario in input.scenarios.dropFirst() {
      var unclear: [String] = []
      var clear = 0
      for key in KeyMetric.all {
        guard let d = builder.difference(key.name, scenario.name), d.meanDifference != nil else { continue }
        let display = builder.display(key.name)
        guard d.isSignificant, let sentence = effectSentence(scenario, base, d, display) else {
          unclear.append(display.lowercasedLabel)
          continue
        }
        out.append(sentence)
        clear += 1
      }
      if clear == 0 {
        out.append(
          "\(scenario.name): no key metric differs clearly from \(base.name) (every 95% CI of the paired difference includes 0).")
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
    switch display.preference {
    case .higher: judgement = mean > 0 ? ": better" : ": worse"
    case .lower: judgement = mean < 0 ? ": better" : ": worse"
    case .neither: judgement = ""
    }
    let from = display.number(baseMean) + (display.unit.hasPrefix("%") ? "%" : "")
    return "\(scenario.name) \(verb) \(display.lowercasedLabel) from \(from) to \(display.withUnit(display.number(otherMean))) "
      + "(\(display.differenceWithUnit(display.signedNumber(mean))), 95% CI \(display.signedNumber(low)) to "
      + "\(display.signedNumber(high)))\(judgement)."
  }

  private func runSentences() -> [String] {
    ["A single scenario: the key metrics and their 95% CIs are in the tables below; compare scenarios to find effects."]
  }

  private func sweepSentences() -> [String] {
    guard let sweep = input.sweep else { return [] }
    let points = sweep.points
    var out: [String] = []
    for key in KeyMetric.all where key.preference != .neither {
      guard let m = sweep.manifest.metrics.firstIndex(of: key.name) else { continue }
      let display = builder.display(key.name)
      let ranked = points.filter { $0.metrics[m].mean != nil }
        .sorted { a, b in
          let (x, y) = (a.metrics[m].mean!, b.metrics[m].mean!)
          return key.preference == .higher ? (x, b.point) > (y, a.point) : (x, a.point) < (y, b.point)
        }
      guard let best = ranked.first, let mean = best.metrics[m].mean else { continue }
      var sentence = "Best point for \(display.lowercasedLabel): point \(best.point) (\(builder.pointParameters(best))), mean "
        + display.withUnit(display.number(mean))
      if let low = best.metrics[m].ci95Low, let high = best.metrics[m].ci95High {
        sentence += " (95% CI \(display.interval(low, high)))"
        let overlapping = ranked.dropFirst().filter { other in
          guard let l = other.metrics[m].ci95Low, let h = other.metrics[m].ci95High else { return false }
          return l <= high && h >= low
        }.count
        sentence += overlapping == 0
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
