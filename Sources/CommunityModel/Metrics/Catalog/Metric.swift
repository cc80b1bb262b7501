/// One entry of the metric catalog: a number the model reports, declared once with everything
/// the outputs, reports and docs say about it (after OMNeT++'s
/// `@statistic`).
///
/// The entries are static constants (`Metric.responseMeanDays`, in the `Metric+*.swift`
/// files of this folder); metrics that exist once per cohort, role, facility and so on are
/// ``MetricFamily`` entries. ``MetricCatalog`` lists what a scenario's runs report, in order.
/// Code names a metric by its entry (`Metric.governanceIndex.id`), never by a string.
public struct Metric: Hashable, Sendable {
  /// Which way is better for the community.
  public enum Direction: String, Hashable, Sendable {
    /// Higher is better (satisfaction).
    case higher
    /// Lower is better (response time).
    case lower
    /// Neither is better in itself (money spent): differences are called higher or lower.
    case neither
  }

  /// Dotted name, as the output files write it: `response.all.mean_days`.
  public var id: String
  /// Unit in the model's words, as the output files write it.
  public var unit: MetricUnit
  /// Plain-words label, e.g. "Mean response time".
  public var label: String
  public var direction: Direction
  /// Unit as shown after scaling, e.g. "days", "%", "% of paid hours".
  public var displayUnit: String
  /// Factor from ``unit`` to ``displayUnit`` (100 for a share shown in %).
  public var displayScale: Double
  /// What is measured, and over which time: one line for the docs' metric table.
  public var definition: String

  /// An entry; `display` defaults to the unit's ``MetricUnit/defaultDisplay``.
  public init(
    _ id: String, _ unit: MetricUnit, label: String, direction: Direction = .neither,
    display: (unit: String, scale: Double)? = nil, definition: String
  ) {
    self.id = id
    self.unit = unit
    self.label = label
    self.direction = direction
    (displayUnit, displayScale) = display ?? unit.defaultDisplay
    self.definition = definition
  }

  /// This metric's daily series (same id): the value on each day rather than over the window.
  func perDay(_ unit: MetricUnit? = nil, label: String? = nil, definition: String) -> Metric {
    let unit = unit ?? self.unit
    let keepsDisplay = unit == self.unit
    return Metric(
      id, unit, label: label ?? self.label, direction: direction,
      display: keepsDisplay ? (displayUnit, displayScale) : nil, definition: definition)
  }
}

extension MetricValue {
  /// The value of catalog entry `metric`.
  public init(_ metric: Metric, value: Double) {
    self.init(name: metric.id, unit: metric.unit.words, value: value)
  }
}
