import CommunityModel
import Foundation
import Testing
import _TwinTestSupport

/// `Docs/metrics.md`'s tables are generated from the metric catalog: the committed text
/// between the markers must be what the catalog renders today. To regenerate:
/// `COMMUNITY_TWIN_RECORD_DOCS=1 swift test --filter MetricCatalogDocTests` (the recording run
/// fails too, so it never passes silently; run again without the variable).
@Suite struct MetricCatalogDocTests {
  static let file = Fixtures.scenariosDirectory.deletingLastPathComponent().appendingPathComponent("Docs/metrics.md")
  static let begin = "<!-- BEGIN generated from the metric catalog by MetricCatalogDocTests; do not edit -->\n"
  static let end = "<!-- END generated -->\n"

  @Test func committedTablesAreCurrent() throws {
    let text = try String(contentsOf: Self.file, encoding: .utf8)
    let start = try #require(text.range(of: Self.begin), "Docs/metrics.md has no line \(Self.begin)")
    let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex), "no line \(Self.end)")
    let rendered = try Self.render()
    let regenerate = "COMMUNITY_TWIN_RECORD_DOCS=1 swift test --filter MetricCatalogDocTests"
    if ProcessInfo.processInfo.environment["COMMUNITY_TWIN_RECORD_DOCS"] == "1" {
      let recorded = text[..<start.upperBound] + rendered + text[stop.lowerBound...]
      try recorded.write(to: Self.file, atomically: true, encoding: .utf8)
      Issue.record("recorded Docs/metrics.md from the catalog; run the test again without COMMUNITY_TWIN_RECORD_DOCS")
      return
    }
    #expect(
      String(text[start.upperBound..<stop.lowerBound]) == rendered,
      "Docs/metrics.md is not what the metric catalog says; regenerate it with \(regenerate)")
  }

  @Test func everyShownMetricIsInTheTables() throws {
    let rendered = try Self.render()
    for metric in MetricCatalog.keyMetrics + MetricCatalog.dailySeries { #expect(rendered.contains("`\(metric.id)`")) }
    for indicator in GovernanceIndicator.all { #expect(rendered.contains(indicator.name)) }
  }

  /// The generated part of `Docs/metrics.md`.
  static func render() throws -> String {
    // Tiers, funding sources, spending uses and indicators are the same in every scenario.
    let scenario = try Fixtures.scenario("baseline.json")
    var out = "## Key metrics\n\nIn the order `compare` shows them.\n\n"
    out += "| Metric | Label | Better | Shown as |\n|---|---|---|---|\n"
    for key in MetricCatalog.keyMetrics {
      let shown = shownAs(key.displayUnit, key.displayScale)
      out += "| `\(key.id)` | \(key.label) | \(key.direction.rawValue) | \(shown) |\n"
    }
    out += "\n## Every metric\n\nIn the order of the output files. A family's `<member>` stands for each member: "
    out += "the scenario's cohort, role and facility ids, and\n\n"
    for members in [MetricFamily.MemberSet.tiers, .fundingSources, .spendingUses, .governanceIndicators] {
      let keys = members.members(in: scenario).map { "`\($0.key)`" }
      out += "- `<\(members.placeholder)>`: \(keys.joined(separator: ", "))\n"
    }
    out += "- `<community>` (districts of two or more): each community's name in lower case, every run of "
    out += "characters other than letters and digits (of any script) turned into `_` (`Old Town 2` → `old_town_2`, "
    out += "`和平里社区` stays), or `community_<n>` (its place in the file) where that leaves nothing or repeats "
    out += "another's\n"
    out += "\n| Metric | Unit | Label | Better | Shown as | Definition |\n|---|---|---|---|---|---|\n"
    for block in MetricCatalog.blocks {
      switch block {
      case .metric(let metric): out += row(metric)
      case .families(let families):
        for family in families {
          let unit = family.unit.map(\.words) ?? "the indicator's"
          let shown = family.unit.map { shownAs($0.defaultDisplay.unit, $0.defaultDisplay.scale) } ?? "by its unit"
          out +=
            "| `\(family.pattern)` | \(unit) | \(family.label), per \(family.memberSet.placeholder) | "
            + "\(family.direction?.rawValue ?? "the indicator's") | \(shown) | \(family.definition) |\n"
        }
      }
    }
    out += "\n## Daily series\n\nThe columns of `timeseries.csv`, one value per day.\n\n"
    out += "| Series | Unit | Label | Better | Shown as | Definition |\n|---|---|---|---|---|---|\n"
    for series in MetricCatalog.dailySeries { out += row(series) }
    out += "\n## Units\n\nThe values a metric in each unit can take. A level's 95 % interval (one scenario's mean) "
    out += "is cut to them ([experiments.md](experiments.md#replications-and-confidence-intervals)).\n\n"
    out += "| Unit | Range |\n|---|---|\n"
    for unit in MetricUnit.all { out += "| \(unit.words) | \(Self.range(unit.range)) |\n" }
    return out
  }

  /// "[0, 1]", "[0, ∞)", "none".
  private static func range(_ range: MetricUnit.Range) -> String {
    guard range != .unbounded else { return "none: not cut (balances, profits and net flows can be negative)" }
    let number = { (x: Double) in x.rounded() == x ? "\(Int(x))" : "\(x)" }
    let low = range.lower.map { "[\(number($0))" } ?? "(−∞"
    let high = range.upper.map { "\(number($0))]" } ?? "∞)"
    return "\(low), \(high)"
  }

  private static func row(_ metric: Metric) -> String {
    "| `\(metric.id)` | \(metric.unit.words) | \(metric.label) | \(metric.direction.rawValue) | "
      + "\(shownAs(metric.displayUnit, metric.displayScale)) | \(metric.definition) |\n"
  }

  /// "% (× 100)", "days".
  private static func shownAs(_ unit: String, _ scale: Double) -> String {
    scale == 1 ? unit : "\(unit) (× \(Int(scale)))"
  }
}
