import SimKernel

/// How a request reaches the other departments it needs, and how they work on it together
/// (C13, C14, C17, C20; L11, L12). The departments themselves are ``Scenario/departments``.
///
/// After the community office's part, a cross-department request is handed off: a delay of
/// calendar time (forms, transfer, the department's intake) before it joins a department's
/// queue. Without coordination each department gets its own hand-off, one after the other,
/// and the departments work in sequence. Coordination (the `coordination` lever, L12) changes
/// the mechanism, not the result: a shared intake hands a request off once for all its
/// departments, joint handling lets them work on it in parallel (fork–join), and a factor
/// shortens hand-offs.
public struct CoordinationParameters: Hashable, Sendable, Codable {
  /// One hand-off's delay [days of calendar time] (assumption; `Docs/calibration.md`).
  public var handoffDays: Distribution
  /// One hand-off's delay for an urgent request [days of calendar time]: the urgent tier's
  /// 48-hour response standard (B14) applied to referrals, an expedited channel (assumption;
  /// `Docs/calibration.md`). The same as ``handoffDays`` unless a scenario sets it.
  public var urgentHandoffDays: Distribution
  /// Multiplies every drawn hand-off delay (1 without coordination; L12 assumption).
  public var handoffFactor: Double
  /// One hand-off for all of a request's departments (else one per department).
  public var sharedIntake: Bool
  /// A request's departments work on it at once (else one after the other).
  public var jointHandling: Bool
  /// Multiplies each category's probability that a request needs another department
  /// (capped at 1): data sharing on a digital platform (L11) routes fewer cases away.
  public var probabilityFactor: Double
  /// The standard a cross-department request's completion is measured against: from its
  /// first hand-off to its last department's reply [days] (assumption: one month).
  public var completionStandardDays: Double

  public init(
    handoffDays: Distribution = try! .fixed(0), urgentHandoffDays: Distribution? = nil, handoffFactor: Double = 1,
    sharedIntake: Bool = false, jointHandling: Bool = false, probabilityFactor: Double = 1,
    completionStandardDays: Double = 30
  ) {
    self.handoffDays = handoffDays
    self.urgentHandoffDays = urgentHandoffDays ?? handoffDays
    self.handoffFactor = handoffFactor
    self.sharedIntake = sharedIntake
    self.jointHandling = jointHandling
    self.probabilityFactor = probabilityFactor
    self.completionStandardDays = completionStandardDays
  }
}
