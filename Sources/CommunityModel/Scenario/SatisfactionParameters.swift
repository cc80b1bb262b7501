/// How experiences move a resident's satisfaction (brief §3.6).
///
/// Satisfaction s ∈ [0, 1]. Between experiences s relaxes exponentially toward the resident's
/// own baseline with time constant ``relaxationDays``. The end of a need (served, abandoned or
/// lapsed) is one ``NeedExperience``, a function of whether it was served and how long it
/// lasted, built from ``servedUplift``, ``latenessExponent``, ``lateHarm``,
/// ``unservedHarmMax`` and ``unservedHarmHalfDays`` so that serving is never worse than not
/// serving, later never better than sooner, and a longer unmet need never better than a
/// shorter one, for every prior satisfaction (the proof is on ``NeedExperience``). A facility
/// visit is an experience with score e and weight w: s + w (e − s).
public struct SatisfactionParameters: Hashable, Sendable, Codable {
  /// Residents at or above this satisfaction count as satisfied (0 … 1).
  public var satisfiedThreshold: Double
  /// Time constant of the relaxation toward the baseline [days] (> 0).
  public var relaxationDays: Double
  /// A: the share of the distance to full satisfaction that a need served on time closes
  /// (0 … 1); a late one closes A × (expected / days)^``latenessExponent``.
  public var servedUplift: Double
  /// k ≥ 0: how fast a late need's uplift falls with lateness.
  public var latenessExponent: Double
  /// B: the share of satisfaction a need served very late takes away (B × (1 − timeliness)),
  /// which is also the least that an unserved need takes away (0 … ``unservedHarmMax``).
  public var lateHarm: Double
  /// M: the share of satisfaction an unserved need takes away as its duration grows without
  /// bound (``lateHarm`` … 1).
  public var unservedHarmMax: Double
  /// H: the duration at which an unserved need's harm is halfway from B to M [days] (> 0).
  public var unservedHarmHalfDays: Double
  /// Facility experience scores (0 … 1).
  public var facilityServedScore: Double
  public var facilityTurnedAwayScore: Double
  /// Facility experience weights (0 … 1): how far one visit moves satisfaction toward its score.
  public var facilityServedWeight: Double
  public var facilityTurnedAwayWeight: Double
  /// A participant whose satisfaction falls below this stops participating; a
  /// non-participant above ``rejoinAbove`` starts (0 … 1, dropout < rejoin).
  public var participationDropoutBelow: Double
  public var participationRejoinAbove: Double

  public init(
    satisfiedThreshold: Double = 0.6, relaxationDays: Double = 120, servedUplift: Double = 0.27,
    latenessExponent: Double = 1, lateHarm: Double = 0.05, unservedHarmMax: Double = 0.25,
    unservedHarmHalfDays: Double = 90, facilityServedScore: Double = 0.8, facilityTurnedAwayScore: Double = 0.2,
    facilityServedWeight: Double = 0.02, facilityTurnedAwayWeight: Double = 0.1,
    participationDropoutBelow: Double = 0.25, participationRejoinAbove: Double = 0.85
  ) {
    self.satisfiedThreshold = satisfiedThreshold
    self.relaxationDays = relaxationDays
    self.servedUplift = servedUplift
    self.latenessExponent = latenessExponent
    self.lateHarm = lateHarm
    self.unservedHarmMax = unservedHarmMax
    self.unservedHarmHalfDays = unservedHarmHalfDays
    self.facilityServedScore = facilityServedScore
    self.facilityTurnedAwayScore = facilityTurnedAwayScore
    self.facilityServedWeight = facilityServedWeight
    self.facilityTurnedAwayWeight = facilityTurnedAwayWeight
    self.participationDropoutBelow = participationDropoutBelow
    self.participationRejoinAbove = participationRejoinAbove
  }
}
