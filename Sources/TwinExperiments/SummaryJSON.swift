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
///   ]
/// }
/// ```
///
/// `replication_rule` is `{"kind": "fixed"}`, or after `--replications auto` the rule and what
/// it found, as in `comparison.json` (``ComparisonJSON``).
///
/// Numbers are Swift's shortest round-trip form of the `Double` (parsing the text gives the
/// same bits back); `sd`, `ci95_low`, `ci95_high` and `mean` are `null` when undefined (see
/// ``MetricSummary``), and any non-finite number is `null` too, since JSON has no NaN or ∞.
public enum SummaryJSON {
  /// The JSON text of `summary`. O(size of the output).
  public static func render(_ summary: ExperimentSummary) -> String {
    var out = "{\n"
    out += "  \"scenario\": " + scenarioObject(summary, indent: "  ") + ",\n"
    out += "  \"seed\": \(summary.seed),\n"
    out += "  \"replications\": \(summary.replications),\n"
    out += "  \"antithetic\": \(summary.antithetic),\n"
    out += "  \"replication_rule\": " + ComparisonJSON.rule(summary.precision) + ",\n"
    out += "  \"days\": \(summary.days),\n"
    out += "  \"warmup_days\": \(summary.warmupDays),\n"
    out += "  \"metrics\": " + metricArray(summary.metrics, indent: "  ") + "\n"
    out += "}\n"
    return out
  }

  /// The `{"name", "file", "sha256", "bases", "description"}` object naming the scenario of
  /// `summary`; `bases` is `[{"file", "sha256"}, …]`, nearest base first (`[]` without one).
  static func scenarioObject(_ summary: ExperimentSummary, indent: String) -> String {
    object(
      [
        ("name", string(summary.scenarioName)), ("file", string(summary.scenarioFile)),
        ("sha256", string(summary.scenarioSHA256)), ("bases", sources(summary.scenarioBases, indent: indent + "  ")),
        ("description", string(summary.scenarioDescription)),
      ], indent: indent)
  }

  /// `sources` as a JSON array of `{"file", "sha256"}` objects whose closing bracket is
  /// indented by `indent`; `[]` when empty. O(sources).
  static func sources(_ sources: [ScenarioSource], indent: String) -> String {
    array(
      sources.map { object([("file", string($0.file)), ("sha256", string($0.sha256))], indent: indent + "  ") },
      indent: indent)
  }

  /// The metric objects as a JSON array whose closing bracket is indented by `indent` (the
  /// opening bracket goes where the caller is); `[]` when empty. O(M).
  static func metricArray(_ metrics: [MetricSummary], indent: String) -> String {
    let inner = indent + "  "
    let objects = metrics.map { metric in
      object(
        [
          ("name", string(metric.name)), ("unit", string(metric.unit)), ("mean", number(metric.mean)),
          ("sd", number(metric.standardDeviation)), ("ci95_low", number(metric.ci95Low)),
          ("ci95_high", number(metric.ci95High)), ("n", "\(metric.count)"),
        ], indent: inner)
    }
    return array(objects, indent: indent)
  }

  /// Already-rendered `elements` as a JSON array, one per line, whose closing bracket is
  /// indented by `indent` (the elements by two spaces more); `[]` when empty. O(elements).
  static func array(_ elements: [String], indent: String) -> String {
    guard !elements.isEmpty else { return "[]" }
    return "[\n" + elements.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
  }

  /// A JSON object of already-rendered `fields`, one per line, whose closing brace is
  /// indented by `indent`. O(fields).
  static func object(_ fields: [(key: String, value: String)], indent: String) -> String {
    let lines = fields.map { indent + "  " + string($0.key) + ": " + $0.value }
    return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
  }

  /// A JSON number in shortest round-trip form, or `null` for `nil`, NaN and ±∞.
  public static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return value.description
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped; everything
  /// else, including non-ASCII text, kept as is (UTF-8). `forHTMLScript` also escapes `<` and
  /// the line separators U+2028/U+2029, so that the JSON can sit inside an HTML `<script>`
  /// element without any text in it ending the element. O(length).
  public static func string(_ text: String, forHTMLScript: Bool = false) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20
        || (forHTMLScript && (scalar == "<" || scalar.value == 0x2028 || scalar.value == 0x2029)):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
