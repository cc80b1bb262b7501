/// `uncertain.json` as read back: the comparison across plausible worlds, for a report.
public struct UncertainSummary: Hashable, Sendable {
  public var worlds: Int
  public var replications: Int
  public var seed: UInt64
  /// The scenarios' names, base first.
  public var scenarios: [String]
  /// The key paths the worlds set.
  public var parameters: [String]
  public var metrics: [MetricRobustness]

  /// One metric: per scenario, the share of worlds where it is best and its regret (NaN where
  /// not measured).
  public struct MetricRobustness: Hashable, Sendable {
    public var id: String
    public var label: String
    /// `higher` or `lower` (is better).
    public var direction: String
    public var bestShare: [Double]
    public var medianRegret: [Double]
    public var p90Regret: [Double]
    public var sentence: String
  }
}
