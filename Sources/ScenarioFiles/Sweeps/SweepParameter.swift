/// One parameter of a sweep: where it is in the scenario, the values it takes, and its
/// centre for one-at-a-time designs.
public struct SweepParameter: Hashable, Sendable {
  /// Key path in the scenario file's JSON, e.g. `workforce.roles[community_worker].per_1000`.
  public var path: String
  /// Words for people (the file's `label`, e.g. "Caseworkers per 1,000 residents"), shown by
  /// the explorer in place of ``path`` and beside it by the printed summaries of `sensitivity`
  /// and `calibrate`; `nil` without one. Output files keep ``path``.
  public var label: String?
  /// Values for grid and one-at-a-time designs, in the file's order.
  public var levels: [Double]
  /// Range sampled by a Latin hypercube: the file's `range`, or the levels' extent.
  public var low: Double
  public var high: Double
  /// Value the other parameters hold in a one-at-a-time design: the file's `base`, or the
  /// base scenario's own value at ``path``.
  public var center: Double
  /// Whether values are rounded to whole numbers (days, counts).
  public var isInteger: Bool

  public init(
    path: String, label: String? = nil, levels: [Double], low: Double, high: Double, center: Double, isInteger: Bool
  ) {
    self.path = path
    self.label = label
    self.levels = levels
    self.low = low
    self.high = high
    self.center = center
    self.isInteger = isInteger
  }

  /// What people read: ``label``, or ``path`` without one.
  public var name: String { label ?? path }

  /// `value`, rounded to a whole number (half away from zero) when ``isInteger``.
  public func conformed(_ value: Double) -> Double {
    isInteger ? value.rounded() : value
  }
}
