import CommunityModel
import TwinExperiments

/// Builds the ``ReportDocument`` of an output folder: the sections in a fixed order, each
/// from the numbers in the folder only. A section whose data the folder lacks is replaced
/// by a one-line note saying what is missing.
public struct ReportBuilder: Sendable {
  public var input: ReportInput
  /// Display of every metric, by name (decimals chosen over all scenarios and differences).
  let displays: [String: MetricDisplay]

  public init(input: ReportInput) {
    self.input = input
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
        name: name, unit: units[name] ?? "", means: list, differences: differences[name] ?? [])
    }
    self.displays = displays
  }

  /// The display of metric `name` (a plain one when no value of it was seen).
  func display(_ name: String) -> MetricDisplay {
    displays[name] ?? MetricDisplay(name: name, unit: "", means: [])
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
    return ReportDocument(title: title, subtitle: subtitle, sections: sections, footer: [footer])
  }

  /// The footer's line: the results' provenance, or that they record none.
  var footer: String {
    guard let provenance = input.provenance else {
      return "The results do not record which build made them (written before outputs recorded their provenance)."
    }
    return "Results made by " + provenance.sentence
  }

  var title: String {
    switch input.kind {
    case .run: "CommunityTwin report: \(input.base?.name ?? "run")"
    case .compare: "CommunityTwin report: \(input.scenarios.map(\.name).joined(separator: " vs "))"
    case .sweep: "CommunityTwin report: sweep \(input.sweep?.manifest.name ?? "")"
    case .uncertain:
      "CommunityTwin report: \(input.uncertain?.scenarios.joined(separator: " vs ") ?? "") across plausible worlds"
    }
  }

  var subtitle: [String] {
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

  /// Scenarios: name, file (with the fingerprints of it and its bases), description, days.
  func overviewSection() -> ReportSection {
    let rows = input.scenarios.enumerated().map { i, s in
      [
        s.name + (i == 0 && input.kind == .compare ? " (base)" : ""), Self.fileCell(s), s.description ?? "–",
        "\(s.days)", "\(s.warmupDays)",
      ]
    }
    let table = ReportTable(
      caption: "Scenarios", header: ["Scenario", "File", "Description", "Days", "Warm-up days"], rows: rows,
      textColumns: [0, 1, 2])
    var blocks: [ReportBlock] = [.table(table)]
    if input.scenarios.allSatisfy({ $0.description == nil }) {
      blocks.append(.note("The output records no scenario descriptions."))
    }
    return ReportSection(id: "overview", title: "What was simulated", blocks: blocks)
  }

  /// `s`'s file, then the first 12 hex digits of its SHA-256 and each base file's, when the
  /// output records them: "devolution.json (SHA-256 cc3e38de9777…; base baseline.json,
  /// ed5492dab668…)".
  static func fileCell(_ s: ScenarioOutcome) -> String {
    guard let sha256 = s.sha256, !sha256.isEmpty else { return s.file }
    let bases = s.bases.map { "; base \($0.file), \($0.sha256.prefix(12))…" }.joined()
    return "\(s.file) (SHA-256 \(sha256.prefix(12))…\(bases))"
  }

  func findingsSection() -> ReportSection {
    let findings = KeyFindings(builder: self).sentences()
    let reading =
      switch input.kind {
      case .compare:
        "A difference is clear when the 95% CI of the paired difference (scenario minus \(input.base?.name ?? "base"), replication by replication) excludes 0; better and worse follow each metric's direction."
      case .run: "An indicator clearly meets or misses its threshold only when its whole 95% CI is on one side of it."
      case .sweep: "Best by mean; a point is clearly the best only when no other point's 95% CI overlaps its own."
      case .uncertain:
        "Best by each world's mean over its replications; the parameter named goes with a change of the best (a screening, not a cause)."
      }
    return ReportSection(id: "findings", title: "Key findings", blocks: [.findings(findings), .note(reading)])
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
