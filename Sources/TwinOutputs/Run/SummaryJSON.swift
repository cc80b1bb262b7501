import FileFormats
import ScenarioFiles
import TwinExperiments

/// The text of `summary.json`: an ``ExperimentSummary`` as pretty-printed JSON, written by
/// hand so that it is deterministic byte for byte (keys in a fixed, logical order; two-space
/// indentation; `\n` line ends, one at the end).
///
/// ```json
/// {
///   "scenario": {
///     "name": "devolution",
///     "file": "Scenarios/devolution.json",
///     "sha256": "…64 hex digits…",
///     "bases": [
///       {
///         "file": "Scenarios/baseline.json",
///         "sha256": "…64 hex digits…"
///       }
///     ],
///     "description": "Baseline plus approval devolution (L2) …"
///   },
///   "seed": 1,
///   "replications": 10,
///   "antithetic": false,
///   "replication_rule": {"kind": "fixed"},
///   "days": 365,
///   "warmup_days": 30,
///   "metrics": [
///     {
///       "name": "response.urgent.mean_days",
///       "unit": "days",
///       "mean": 1.8734,
///       "sd": 0.2117,
///       "ci95_low": 1.722,
///       "ci95_high": 2.0248,
///       "n": 10
///     }
///   ],
///   "provenance": {"tool", "version", "commit", "os", …, "started"}
/// }
/// ```

/// `language` (``RecordedLanguage``): `"zh"` when the run's table was Chinese; absent for
/// English.
///
/// `provenance` (``Provenance``): which build wrote the file, on what system, with which
/// command line and when; absent when none is given (a library caller's choice).
///
/// `replication_rule` is `{"kind": "fixed"}`, or after `--replications auto` the rule and what
/// it found, as in `comparison.json` (``ComparisonJSON``).
///
/// Numbers are Swift's shortest round-trip form of the `Double` (parsing the text gives the
/// same bits back); `sd`, `ci95_low`, `ci95_high` and `mean` are `null` when undefined (see
/// ``MetricSummary``), and any non-finite number is `null` too, since JSON has no NaN or ∞.
public enum SummaryJSON {
  /// The JSON text of `summary`, ending with the output's `language` when it is not English
  /// (``RecordedLanguage``) and `provenance` when given. O(size of the output).
  public static func render(
    _ summary: ExperimentSummary, language: ReportLanguage = .en, provenance: Provenance? = nil
  ) -> String {
    var out = "{\n"
    out += "  \"scenario\": " + scenarioObject(summary, indent: "  ") + ",\n"
    out += "  \"seed\": \(summary.seed),\n"
    out += "  \"replications\": \(summary.replications),\n"
    out += "  \"antithetic\": \(summary.antithetic),\n"
    out += "  \"replication_rule\": " + ComparisonJSON.rule(summary.precision) + ",\n"
    out += "  \"days\": \(summary.days),\n"
    out += "  \"warmup_days\": \(summary.warmupDays),\n"
    out += "  \"metrics\": " + metricArray(summary.metrics, indent: "  ")
    if let (key, value) = RecordedLanguage.field(language) { out += ",\n  \"\(key)\": " + value }
    if let provenance { out += ",\n  \"provenance\": " + provenance.json(indent: "  ") }
    out += "\n"
    out += "}\n"
    return out
  }

  /// The `{"name", "file", "sha256", "bases", "description"}` object naming the scenario of
  /// `summary`; `bases` is `[{"file", "sha256"}, …]`, nearest base first (`[]` without one).
  static func scenarioObject(_ summary: ExperimentSummary, indent: String) -> String {
    JSONText.object(
      [
        ("name", JSONText.string(summary.scenarioName)), ("file", JSONText.string(summary.scenarioFile)),
        ("sha256", JSONText.string(summary.scenarioSHA256)),
        ("bases", sources(summary.scenarioBases, indent: indent + "  ")),
        ("description", JSONText.string(summary.scenarioDescription)),
      ], indent: indent)
  }

  /// `sources` as a JSON array of `{"file", "sha256"}` objects whose closing bracket is
  /// indented by `indent`; `[]` when empty. O(sources).
  static func sources(_ sources: [ScenarioSource], indent: String) -> String {
    JSONText.array(
      sources.map {
        JSONText.object(
          [("file", JSONText.string($0.file)), ("sha256", JSONText.string($0.sha256))], indent: indent + "  ")
      },
      indent: indent)
  }

  /// The metric objects as a JSON array whose closing bracket is indented by `indent` (the
  /// opening bracket goes where the caller is); `[]` when empty. O(M).
  static func metricArray(_ metrics: [MetricSummary], indent: String) -> String {
    let inner = indent + "  "
    let objects = metrics.map { metric in
      JSONText.object(
        [
          ("name", JSONText.string(metric.name)), ("unit", JSONText.string(metric.unit)),
          ("mean", JSONText.number(metric.mean)),
          ("sd", JSONText.number(metric.standardDeviation)), ("ci95_low", JSONText.number(metric.ci95Low)),
          ("ci95_high", JSONText.number(metric.ci95High)), ("n", "\(metric.count)"),
        ], indent: inner)
    }
    return JSONText.array(objects, indent: indent)
  }
}
