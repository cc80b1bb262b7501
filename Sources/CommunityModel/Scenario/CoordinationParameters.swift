/// How other departments take part in requests (C13, C14, C17, C20; L11, L12): factors on
/// every need category's cross-department probability and delay, 1 in the baseline.
public struct CoordinationParameters: Hashable, Sendable {
  /// Multiplies each category's probability that a request needs another department
  /// (capped at 1): data sharing and one-network platforms route fewer cases away.
  public var probabilityFactor: Double
  /// Multiplies each drawn department delay: joint meetings and one-network management
  /// (Shanghai: 48 h average response, C20).
  public var delayFactor: Double

  public init(probabilityFactor: Double = 1, delayFactor: Double = 1) {
    self.probabilityFactor = probabilityFactor
    self.delayFactor = delayFactor
  }
}
