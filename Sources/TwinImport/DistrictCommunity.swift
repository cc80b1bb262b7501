import CommunityModel

/// One community as a district file states it: its size and make-up, and whatever it states
/// of its own staffing and pay, facilities and money (the rest comes from the base scenario).
///
/// The same value is read from the CSV tables (`import`) and from a scenario file's
/// `communities` (`export`), and written to both; maps are keyed by the base scenario's ids
/// and written in the base's order.
public struct DistrictCommunity: Hashable, Sendable {
  /// The community's name (any text; unique in the district).
  public var name: String
  /// Residents, 1 … 10,000,000.
  public var residents: Int
  /// Share of residents in each cohort, in the base scenario's cohort order; adds up to 1.
  public var cohortShares: [Double]
  /// Posts by role id (only the roles the community states).
  public var staff: [String: Int]
  /// Its own pay ratio by role id [× local average wage], 0 … 10 (only roles whose posts it
  /// states; a role not here is paid the base's `pay_ratio`).
  public var payRatios: [String: Double]
  /// What the community states of each facility, by facility id (the model's own type: `nil`
  /// is not stated, the base's value applies).
  public var facilities: [String: FacilityOverride]
  /// Appropriation by funding source [CNY per resident per year].
  public var annualCNYPerResident: [String: Double]
  /// Money in each source's account when the run starts [CNY].
  public var openingBalanceCNY: [String: Double]

  public init(
    name: String, residents: Int, cohortShares: [Double], staff: [String: Int] = [:],
    payRatios: [String: Double] = [:], facilities: [String: FacilityOverride] = [:],
    annualCNYPerResident: [String: Double] = [:],
    openingBalanceCNY: [String: Double] = [:]
  ) {
    self.name = name
    self.residents = residents
    self.cohortShares = cohortShares
    self.staff = staff
    self.payRatios = payRatios
    self.facilities = facilities
    self.annualCNYPerResident = annualCNYPerResident
    self.openingBalanceCNY = openingBalanceCNY
  }
}
