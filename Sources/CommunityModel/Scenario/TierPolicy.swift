import SimKernel

/// How residents treat requests of one tier: what they expect and how long they wait.
public struct TierPolicy: Hashable, Sendable, Codable {
  /// Response time a resident counts as "on time" [days] (urgent 2 = 48 h, B14; residents
  /// expect 3–5 days for ordinary requests, B7).
  public var expectedDays: Double
  /// How long a resident waits for a worker before giving up [days].
  public var patienceDays: Distribution
  /// Multiplies the channel's report probability for needs of this tier (urgent needs
  /// are reported more often); the product is capped at 1.
  public var reportFactor: Double

  public init(expectedDays: Double, patienceDays: Distribution, reportFactor: Double = 1) {
    self.expectedDays = expectedDays
    self.patienceDays = patienceDays
    self.reportFactor = reportFactor
  }
}
