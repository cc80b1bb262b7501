/// Daily values of a few key quantities over one replication, for charts and warm-up
/// analysis: `values[d][m]` is metric `names[m]` on day `firstDay + d`.
///
/// Days are counted from the start of the observation window (day 0 = first day after the
/// warm-up); warm-up days have negative numbers. A value is NaN when the day had nothing to
/// measure (no request resolved that day, say).
public struct DailySeries: Hashable, Sendable, Codable {
  public var names: [String]
  public var units: [String]
  /// Day number of the first row.
  public var firstDay: Int
  public var values: [[Double]]

  public init(names: [String], units: [String], firstDay: Int, values: [[Double]] = []) {
    precondition(names.count == units.count, "one unit per series")
    self.names = names
    self.units = units
    self.firstDay = firstDay
    self.values = values
  }

  /// Empty series of the catalog entries `series` (``MetricCatalog/dailySeries``), rows from
  /// day `firstDay`.
  public init(_ series: [Metric], firstDay: Int) {
    self.init(names: series.map(\.id), units: series.map(\.unit.words), firstDay: firstDay)
  }
}
