/// How experiences move a resident's satisfaction (brief §3.6).
///
/// Satisfaction s ∈ [0, 1]. An experience with score e and weight w moves it to
/// s + w (e − s); between experiences s relaxes exponentially toward the resident's own
/// baseline with time constant ``relaxationDays``. A resolved request scores
/// ``onTimeScore`` if it took no longer than the tier's (cohort-adjusted) expectation, and
/// `onTimeScore × (expected / actual)^latenessExponent` if it took longer.
public struct SatisfactionParameters: Hashable, Sendable {
  /// Residents at or above this satisfaction count as satisfied (0 … 1).
  public var satisfiedThreshold: Double
  /// Time constant of the relaxation toward the baseline [days] (> 0).
  public var relaxationDays: Double
  /// Experience scores (0 … 1).
  public var onTimeScore: Double
  public var latenessExponent: Double
  public var abandonedScore: Double
  public var unmetNeedScore: Double
  public var facilityServedScore: Double
  public var facilityTurnedAwayScore: Double
  /// Weights (0 … 1): how far one experience moves satisfaction toward its score.
  public var resolvedWeight: Double
  public var abandonedWeight: Double
  public var unmetNeedWeight: Double
  public var facilityServedWeight: Double
  public var facilityTurnedAwayWeight: Double
  /// A participant whose satisfaction falls below this stops participating; a
  /// non-participant above ``rejoinAbove`` starts (0 … 1, dropout < rejoin).
  public var participationDropoutBelow: Double
  public var participationRejoinAbove: Double

  public init(
    satisfiedThreshold: Double = 0.6, relaxationDays: Double = 120, onTimeScore: Double = 0.9,
    latenessExponent: Double = 1, abandonedScore: Double = 0.1, unmetNeedScore: Double = 0.3,
    facilityServedScore: Double = 0.8, facilityTurnedAwayScore: Double = 0.2, resolvedWeight: Double = 0.3,
    abandonedWeight: Double = 0.4, unmetNeedWeight: Double = 0.15, facilityServedWeight: Double = 0.02,
    facilityTurnedAwayWeight: Double = 0.1, participationDropoutBelow: Double = 0.25,
    participationRejoinAbove: Double = 0.85
  ) {
    self.satisfiedThreshold = satisfiedThreshold
    self.relaxationDays = relaxationDays
    self.onTimeScore = onTimeScore
    self.latenessExponent = latenessExponent
    self.abandonedScore = abandonedScore
    self.unmetNeedScore = unmetNeedScore
    self.facilityServedScore = facilityServedScore
    self.facilityTurnedAwayScore = facilityTurnedAwayScore
    self.resolvedWeight = resolvedWeight
    self.abandonedWeight = abandonedWeight
    self.unmetNeedWeight = unmetNeedWeight
    self.facilityServedWeight = facilityServedWeight
    self.facilityTurnedAwayWeight = facilityTurnedAwayWeight
    self.participationDropoutBelow = participationDropoutBelow
    self.participationRejoinAbove = participationRejoinAbove
  }
}
