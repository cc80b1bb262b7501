import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments

/// How a report shows one metric: its words, the unit after scaling, the scale, which
/// direction is better and the decimals used for it everywhere (tables, charts, sentences).
///
/// Key metrics (``MetricCatalog/keyMetrics``) take their catalog entry's label, display unit,
/// scale and direction; every other metric is called by its id (the name sweep files and
/// output files use) and shown as its unit's ``MetricUnit/defaultDisplay`` (shares in %),
/// with no better direction.
///
/// In a Chinese report (``language``) the label is the catalog's Chinese label (the English
/// one where it has none), the unit is in Chinese words and numbers are in
/// ``NumberText/Style/chineseReport`` (万, 亿).
public struct MetricDisplay: Hashable, Sendable {
  public var name: String
  public var label: String
  /// Unit after scaling: "days", "%", "% of paid hours", "0–100", "CNY".
  public var unit: String
  /// Factor from the metric's unit to ``unit``.
  public var scale: Double
  public var direction: Metric.Direction
  /// Decimals of this metric's means and CI bounds everywhere in the report.
  public var decimals: Int
  /// Decimals of its paired differences where their interval gives no guide (see
  /// ``signedDifference(mean:low:high:)``).
  public var differenceDecimals: Int
  /// The language of the words and the numbers' style.
  public var language: ReportLanguage
  /// Whether ``label`` is the English label in a Chinese report (no Chinese label yet).
  public var labelFallsBack: Bool

  /// The display of metric `name` in `unit` (the model's unit), with decimals chosen for the
  /// `means` and `differences` the report will show (in the model's unit).
  public init(
    name: String, unit modelUnit: String, means: [Double], differences: [Double] = [],
    language: ReportLanguage = .en
  ) {
    self.name = name
    self.language = language
    labelFallsBack = false
    if let key = MetricCatalog.keyMetric(id: name) {
      (label, unit, scale, direction) = (key.label, key.displayUnit, key.displayScale, key.direction)
      if language == .zh {
        labelFallsBack = key.chineseLabel == nil
        label = key.chineseLabel ?? key.label
      }
    } else {
      let display = MetricUnit(modelUnit).defaultDisplay
      (label, unit, scale, direction) = (name, display.unit, display.scale, .neither)
    }
    unit = language.unit(unit)
    let factor = scale
    decimals = NumberText.decimals(for: means.map { $0 * factor })
    differenceDecimals = NumberText.decimals(for: differences.map { $0 * factor })
  }

  /// `value` (model unit) scaled and formatted, without unit: `45.2`, `60.6`. "–" for `nil`.
  public func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    return NumberText.fixed(value * scale, decimals: decimals, style: language.numberStyle)
  }

  /// A paired difference and its 95 % CI bounds (model unit), signed, with decimals that
  /// follow the interval: two significant digits of its half-width (`−8.6`, `−11.9`, `−5.2`
  /// for −8.578 ± 3.37; `−236`, `−268`, `−204` for −236 ± 32), at most
  /// ``NumberText/maximumDecimals``; ``differenceDecimals`` when the interval is unknown or
  /// has no width. O(1).
  public func signedDifference(mean: Double?, low: Double?, high: Double?) -> (mean: String, low: String, high: String)
  {
    var decimals = differenceDecimals
    if let low, let high, let fromInterval = NumberText.decimals(forHalfWidth: (high - low) / 2 * scale) {
      decimals = fromInterval
    }
    return (
      signedNumber(mean, decimals: decimals), signedNumber(low, decimals: decimals),
      signedNumber(high, decimals: decimals)
    )
  }

  /// `value` × scale with its sign and `decimals` decimals: `+4.5`, `−41.2`, and `0.0` when
  /// it rounds to 0; "–" for `nil` or a non-finite value.
  private func signedNumber(_ value: Double?, decimals: Int) -> String {
    NumberText.fixed(value.map { $0 * scale }, decimals: decimals, style: language.numberStyle.signed)
  }

  /// A 95 % CI of a mean: `43.1–47.3`, or `−0.10 to 0.50` when a bound is negative (a dash
  /// would read as a minus; `−0.10 至 0.50` in Chinese).
  public func interval(_ low: Double, _ high: Double) -> String {
    let (a, b) = (number(low), number(high))
    return a.hasPrefix("−") || b.hasPrefix("−") ? a + language.to + b : "\(a)–\(b)"
  }

  /// `text` (a formatted number) with the unit, as in a sentence: `60.6%`, `4.0 days`,
  /// `62.8` (an index 0–100), `1,234 CNY`; in Chinese without a space: `4.0天`, `23.7万元`.
  public func withUnit(_ text: String) -> String {
    if unit.hasPrefix("%") { return text + unit }
    if unit == "0–100" || unit.isEmpty { return text }
    return text + language.words(" ", "") + unit
  }

  /// The unit of a difference: `percentage points` for a %, `points` for an index 0–100,
  /// else the unit (个百分点, 分 in Chinese).
  public var differenceUnit: String {
    if unit.hasPrefix("%") { return language.words("percentage points", "个百分点") + unit.dropFirst() }
    if unit == "0–100" { return language.words("points", "分") }
    return unit
  }

  /// A difference `text` with its unit: `+4.5 percentage points`, `−41.2 days`, `−41.2天`.
  public func differenceWithUnit(_ text: String) -> String {
    differenceUnit.isEmpty ? text : text + language.words(" ", "") + differenceUnit
  }

  /// The label in running text: first letter lower-cased ("mean response time"); the label
  /// itself in Chinese.
  public var lowercasedLabel: String {
    guard language == .en else { return label }
    guard let first = label.first, label.count > 1, !label.dropFirst().first!.isUppercase else { return label }
    return first.lowercased() + label.dropFirst()
  }
}
