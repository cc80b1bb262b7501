import SimKernel

/// A surge of one need category from a date (L15: a flood's repairs, an epidemic's health
/// needs, a heat wave's elderly care): for ``days`` days from ``day`` the category's needs
/// arise at ``factor`` × their usual rate, seasonality included, in the communities struck.
/// The extra needs are a second Poisson process of rate (factor − 1) × the usual one,
/// superposed on it, with streams of their own, so a surge leaves every other need's draws
/// alone (common random numbers across scenarios with and without it).
public struct NeedSurge: Hashable, Sendable, Codable {
  /// Name in messages.
  public var id: String
  /// Index into ``Scenario/needs`` of the category that surges.
  public var category: Int
  /// First day of the surge, warm-up included (0 … warm-up + days − 1), from its start.
  public var day: Int
  /// Length of the surge [days], ≥ 1.
  public var days: Int
  /// The category's rate during the surge as a multiple of its usual rate, > 1.
  public var factor: Double
  /// Index into ``Scenario/communities`` of the community struck; `nil`: every community.
  public var community: Int?

  public init(id: String, category: Int, day: Int, days: Int, factor: Double, community: Int? = nil) {
    self.id = id
    self.category = category
    self.day = day
    self.days = days
    self.factor = factor
    self.community = community
  }

  /// When the surge starts and ends (end exclusive).
  var window: (opens: SimTime, closes: SimTime) { (SimTime(.days(day)), SimTime(.days(day + days))) }
}
