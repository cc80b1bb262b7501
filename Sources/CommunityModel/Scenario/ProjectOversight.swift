/// What stands between a project's money and its misuse (digest §2.7; F6, F41, L14).
///
/// A proposal is prepared with the intent to divert part of its money with probability
/// ``misuseIntentProbability``. Each approval level reviews it (the full chain has 3–5, a local
/// approval one) and catches an intent with ``reviewDetection``; a caught proposal is
/// rejected. An intent no review caught meets the oversight after approval: the project's
/// accounts are disclosed with probability ``disclosureShare`` (F41: 58 %), and disclosed
/// accounts expose it with ``disclosedDetection`` (residents, observers, a third-party
/// audit), which stops it before money is lost. Otherwise a share ``divertedShare`` of the
/// capital is lost and the project delivers that much less. The share of project money
/// misused is an output: nothing sets it directly.
///
/// So devolution (one local review instead of a chain) raises misuse where oversight is weak,
/// and transparency (L14: disclosure 58 % → 100 %) lowers it whatever the approval route.
public struct ProjectOversight: Hashable, Sendable, Codable {
  /// Probability that a proposal carries an intent to divert money (0 … 1). Calibrated so
  /// that the baseline loses ~20 % of its project money (F6): `Docs/calibration.md`.
  public var misuseIntentProbability: Double
  /// Share of a misused project's capital that is lost (0 ≤ share < 1): the project
  /// delivers the rest of its places and scope.
  public var divertedShare: Double
  /// Probability that one approval level's review catches an intent (0 … 1; assumption).
  public var reviewDetection: Double
  /// Probability that an approved project's accounts are disclosed (0 … 1; F41: 58 %).
  public var disclosureShare: Double
  /// Probability that disclosed accounts expose an intent in time (0 … 1; assumption).
  public var disclosedDetection: Double

  public init(
    misuseIntentProbability: Double = 0, divertedShare: Double = 0, reviewDetection: Double = 0,
    disclosureShare: Double = 0, disclosedDetection: Double = 0
  ) {
    self.misuseIntentProbability = misuseIntentProbability
    self.divertedShare = divertedShare
    self.reviewDetection = reviewDetection
    self.disclosureShare = disclosureShare
    self.disclosedDetection = disclosedDetection
  }

  /// No misuse.
  public static let none = ProjectOversight()
}
