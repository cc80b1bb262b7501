/// How a resident experiences the end of one of their needs: the one definition, used for
/// every need, whether it ended served (resolved), abandoned in the queue, or lapsed unseen.
///
/// An experience moves satisfaction s ∈ [0, 1] to
///
///     s′ = s + u (1 − s) − h s,        u, h ≥ 0, u + h ≤ 1,
///
/// an *uplift* u (the share of the distance to 1 it closes) and a *harm* h (the share of s it
/// takes away). This is the model's score-and-weight step s + w (e − s) with w = u + h and
/// e = u / (u + h) (``weight``, ``score``); the pair (u, h) is what makes the orderings below
/// hold for every prior s, where a pair (e, w) alone does not.
///
/// A need is a pure function of two things: whether it was **served**, and its **duration** d
/// in days, from the moment it arose to the moment it ended (resolved, abandoned, lapsed).
/// With the parameters of ``SatisfactionParameters`` (A = `servedUplift`, k =
/// `latenessExponent`, B = `lateHarm`, M = `unservedHarmMax`, H = `unservedHarmHalfDays`) and
/// the resident's expected duration E (the tier's `expectedDays` × the cohort's
/// `expectationFactor`), timeliness f = min(1, (E / d)^k) ∈ (0, 1], and
///
///     served:    u = A f,   h = B (1 − f)
///     unserved:  u = 0,     h = B + (M − B) d / (d + H)        (0 ≤ B ≤ M ≤ 1, A ≤ 1, H > 0)
///
/// **Lemma.** For experiences (u₁, h₁) and (u₂, h₂), s′₁ ≥ s′₂ for every s ∈ [0, 1] if and only
/// if u₁ ≥ u₂ and h₁ ≤ h₂. *Proof.* s′₁ − s′₂ = (u₁ − u₂)(1 − s) − (h₁ − h₂) s is affine in s,
/// so it is ≥ 0 on [0, 1] iff it is at both ends: u₁ − u₂ ≥ 0 (s = 0) and h₂ − h₁ ≥ 0 (s = 1). ∎
///
/// Both functions keep u + h ≤ max(A, B) ≤ 1 (served) and h ≤ M ≤ 1 (unserved), so s′ stays in
/// [0, 1] and s′ is non-decreasing in s. Then, for every prior s ∈ [0, 1]:
///
/// - **(a) Served is never worse than unserved**, whatever either duration: u_served = A f ≥ 0 =
///   u_unserved, and h_served = B (1 − f) ≤ B ≤ h_unserved(d′) for every d′ ≥ 0.
/// - **(b) Served later is never better than served sooner**: f is non-increasing in d (E/d
///   falls and k ≥ 0), so u = A f is non-increasing and h = B (1 − f) non-decreasing in d.
/// - **(c) An unmet need hurts more the longer it stayed unmet**: d / (d + H) is increasing in
///   d and M − B ≥ 0, so h is non-decreasing in d (strictly when M > B), and u = 0.
///
/// By the lemma each ordering holds on s′ for every s, not only on scores. Facility visits are
/// separate experiences with their own score and weight (``SatisfactionParameters``).
public struct NeedExperience: Hashable, Sendable {
  /// u: the share of the distance to full satisfaction that the experience closes (0 … 1).
  public var uplift: Double
  /// h: the share of satisfaction that the experience takes away (0 … 1).
  public var harm: Double

  public init(uplift: Double, harm: Double) {
    self.uplift = uplift
    self.harm = harm
  }

  /// w = u + h: how far the experience moves satisfaction toward its score.
  @inline(__always)
  public var weight: Double { uplift + harm }

  /// e = u / (u + h): the satisfaction the experience pulls toward (0 when it moves nothing).
  @inline(__always)
  public var score: Double {
    let w = uplift + harm
    return w > 0 ? uplift / w : 0
  }

  /// Satisfaction `s` after the experience: s + u (1 − s) − h s.
  public func applied(to s: Double) -> Double { s + uplift * (1 - s) - harm * s }

  /// A need that ended after `days` (from arising), served or not, for a resident who
  /// expected it served within `expectedDays` (> 0; unused when not served). O(1), at most
  /// one `pow`.
  @inline(__always)
  public static func need(
    served: Bool, days: Double, expectedDays: Double, _ p: SatisfactionParameters
  ) -> NeedExperience {
    let d = max(0, days)
    if served {
      let f = d <= expectedDays ? 1 : _pow(expectedDays / d, p.latenessExponent)
      return NeedExperience(uplift: p.servedUplift * f, harm: p.lateHarm * (1 - f))
    }
    let growth = d / (d + p.unservedHarmHalfDays)
    return NeedExperience(uplift: 0, harm: p.lateHarm + (p.unservedHarmMax - p.lateHarm) * growth)
  }
}
