import SimKernel

/// How needs become requests: residents' own reports through a channel (B12: only ~8 % of
/// needs are self-reported), or discovery by grid-worker patrols (D33).
public struct CaptureParameters: Hashable, Sendable, Codable {
  /// Probability that a participating resident with online access reports a need (0 … 1).
  public var onlineReportProbability: Double
  /// Probability that a participating resident without online access reports a need (0 … 1).
  public var offlineReportProbability: Double
  /// Multiplies the report probability of residents who do not participate (0 … 1).
  public var nonparticipantFactor: Double
  /// Delay from a need arising to its report [hours]; reports are handled from the next
  /// working time on.
  public var reportDelayHours: Distribution
  /// Discovery of unreported needs from data (needs heat-map, hotline, sensors: L1), a
  /// hazard per unreported need [per day] added to the patrols'; 0 in the baseline.
  public var dataDiscoveryRatePerDay: Double

  public init(
    onlineReportProbability: Double, offlineReportProbability: Double, nonparticipantFactor: Double,
    reportDelayHours: Distribution, dataDiscoveryRatePerDay: Double = 0
  ) {
    self.onlineReportProbability = onlineReportProbability
    self.offlineReportProbability = offlineReportProbability
    self.nonparticipantFactor = nonparticipantFactor
    self.reportDelayHours = reportDelayHours
    self.dataDiscoveryRatePerDay = dataDiscoveryRatePerDay
  }
}
