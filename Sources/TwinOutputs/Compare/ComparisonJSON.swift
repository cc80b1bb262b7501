import FileFormats
import ScenarioFiles
import TwinExperiments

/// The text of `comparison.json`: a ``Comparison`` as pretty-printed JSON, deterministic byte
/// for byte like `summary.json` (``SummaryJSON``), whose metric objects it reuses.
///
/// ```json
/// {
///   "base": "baseline",
///   "seed": 1,
///   "replications": 20,
///   "antithetic": false,
///   "replication_rule": {"kind": "fixed"},
///   "scenarios": [
///     {
///       "scenario": {"name": "baseline", "file": "Scenarios/baseline.json", "sha256": "…"},
///       "days": 365,
///       "warmup_days": 365,
///       "metrics": [{"name", "unit", "mean", "sd", "ci95_low", "ci95_high", "n"}, …]
///     }, …
///   ],
///   "differences": [
///     {"metric", "unit", "scenario", "mean_diff", "sd", "ci95_low", "ci95_high", "n",
///      "relative_change", "significant"}, …
///   ],
///   "cost_effectiveness": {
///     "cost_metric": "budget.public_cost_cny",
///     "ratios": [{"scenario", "metric", "ratio", "ci95_low", "ci95_high", "n", "verdict"}, …]
///   },
///   "provenance": {"tool", "version", "commit", "os", …, "started"}
/// }
/// ```
///
/// (Shown compacted; the file puts one key per line.) `replication_rule` is
/// `{"kind": "precision", "relative_half_width", "minimum", "maximum", "reached", "metrics":
/// [{"scenario", "metric", "relative_half_width", "met"}]}` after `--replications auto`.
/// `mean_diff` is scenario − base in the metric's unit; `relative_change` is `mean_diff`
/// over |base mean| (0.05 = 5 %); `significant` is whether the 95 % CI excludes 0.
/// `cost_effectiveness` (``CostEffectiveness``): each scenario's added cost is its entry in
/// `differences` for `cost_metric`; each of `ratios` is the added cost per unit of
/// improvement in a key metric (cost unit per metric unit, the model's units), Fieller's 95 %
/// interval (`ratio` and bounds `null`: not estimable) and the verdict
/// (``CostEffectivenessVerdict``'s raw values). `language` (``RecordedLanguage``) when the
/// comparison's table was not English. `provenance` (``Provenance``) when given.
/// Undefined or non-finite numbers are `null`.
public enum ComparisonJSON {
  /// The JSON text of `comparison`, ending with the output's `language` when it is not
  /// English (``RecordedLanguage``) and `provenance` when given. O(size of the output).
  public static func render(
    _ comparison: Comparison, language: ReportLanguage = .en, provenance: Provenance? = nil
  ) -> String {
    let base = comparison.base
    let scenarios = comparison.summaries.map { summary in
      JSONText.object(
        [
          ("scenario", SummaryJSON.scenarioObject(summary, indent: "      ")),
          ("days", "\(summary.days)"), ("warmup_days", "\(summary.warmupDays)"),
          ("metrics", SummaryJSON.metricArray(summary.metrics, indent: "      ")),
        ], indent: "    ")
    }
    let differences = comparison.differences.map { d in
      JSONText.object(
        [
          ("metric", JSONText.string(d.metric)), ("unit", JSONText.string(d.unit)),
          ("scenario", JSONText.string(d.scenario)), ("mean_diff", JSONText.number(d.meanDifference)),
          ("sd", JSONText.number(d.standardDeviation)), ("ci95_low", JSONText.number(d.ci95Low)),
          ("ci95_high", JSONText.number(d.ci95High)), ("n", "\(d.count)"),
          ("relative_change", JSONText.number(d.relativeChange)), ("significant", "\(d.isSignificant)"),
        ], indent: "    ")
    }
    var fields: [(key: String, value: String)] =
      [
        ("base", JSONText.string(base.scenarioName)), ("seed", "\(base.seed)"),
        ("replications", "\(base.replications)"), ("antithetic", "\(base.antithetic)"),
        ("replication_rule", rule(comparison.precision)),
        ("scenarios", JSONText.array(scenarios, indent: "  ")),
        ("differences", JSONText.array(differences, indent: "  ")),
      ] + costEffectiveness(comparison)
    if let field = RecordedLanguage.field(language) { fields.append(field) }
    if let provenance { fields.append(("provenance", provenance.json(indent: "  "))) }
    return JSONText.object(fields, indent: "") + "\n"
  }

  /// The `cost_effectiveness` entry, none for a comparison without a cost metric.
  static func costEffectiveness(_ comparison: Comparison) -> [(key: String, value: String)] {
    guard let costMetric = comparison.costMetric else { return [] }
    let ratios = comparison.costEffectiveness.map { e in
      JSONText.object(
        [
          ("scenario", JSONText.string(e.scenario)), ("metric", JSONText.string(e.metric)),
          ("ratio", JSONText.number(e.ratio.ratio)), ("ci95_low", JSONText.number(e.ratio.ci95Low)),
          ("ci95_high", JSONText.number(e.ratio.ci95High)), ("n", "\(e.ratio.count)"),
          ("verdict", JSONText.string(e.verdict.rawValue)),
        ], indent: "      ")
    }
    let object = JSONText.object(
      [("cost_metric", JSONText.string(costMetric)), ("ratios", JSONText.array(ratios, indent: "    "))],
      indent: "  ")
    return [(key: "cost_effectiveness", value: object)]
  }

  /// The `replication_rule` object, at the top level of `comparison.json` and `summary.json`.
  static func rule(_ precision: PrecisionReport?) -> String {
    guard let precision else { return JSONText.object([("kind", JSONText.string("fixed"))], indent: "  ") }
    let metrics = precision.metrics.map { m in
      JSONText.object(
        [
          ("scenario", JSONText.string(m.scenario)), ("metric", JSONText.string(m.metric)),
          ("relative_half_width", JSONText.number(m.relativeHalfWidth)), ("met", "\(m.isMet)"),
        ], indent: "      ")
    }
    let target = precision.target
    return JSONText.object(
      [
        ("kind", JSONText.string("precision")), ("of", JSONText.string(target.of.rawValue)),
        ("relative_half_width", JSONText.number(target.relativeHalfWidth)),
        ("minimum", "\(target.minimum)"), ("maximum", "\(target.maximum)"), ("reached", "\(precision.isReached)"),
        ("metrics", JSONText.array(metrics, indent: "    ")),
      ], indent: "  ")
  }
}
