import SimKernel

/// A disaster that strikes at a date (L15; the reports' garage flood, C2): a facility loses
/// places, and an emergency repair project puts them back. The repair goes through the
/// approval route at once, without waiting for a planning cycle: approved locally where
/// devolution allows its cost, otherwise by the chain's levels, so devolution's speed shows
/// in the time to repair and in the residents turned away meanwhile. A repair is never
/// rejected; its cost is an obligation (owed as arrears if the fund cannot pay it).
public struct EmergencySpec: Hashable, Sendable, Codable {
  /// Name in messages.
  public var id: String
  /// Day of the run it strikes, warm-up included (0 … warm-up + days − 1), at the start of
  /// the day.
  public var day: Int
  /// Index into ``Scenario/communities`` of the community struck; `nil`: every community.
  public var community: Int?
  /// Index into ``Scenario/facilities`` of the facility type that loses places.
  public var facility: Int
  /// Share of the facility's places lost (rounded; at least one place), (0, 1].
  public var placesLostShare: Double
  /// The repair's capital cost [CNY], drawn per community struck.
  public var repairCostCNY: Distribution
  /// Construction time after approval [days].
  public var repairDays: Distribution

  public init(
    id: String, day: Int, community: Int? = nil, facility: Int, placesLostShare: Double, repairCostCNY: Distribution,
    repairDays: Distribution
  ) {
    self.id = id
    self.day = day
    self.community = community
    self.facility = facility
    self.placesLostShare = placesLostShare
    self.repairCostCNY = repairCostCNY
    self.repairDays = repairDays
  }
}
