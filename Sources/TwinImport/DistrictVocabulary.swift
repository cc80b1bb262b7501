import CommunityModel

/// The ids a district's tables may use, taken from the base scenario: its cohorts (the share
/// columns), roles, facilities (with their opening hours, to check a community's hours when
/// it states only one of them) and the funding sources a community may state money for. The
/// order of each list is the order the tables and the scenario file are written in.
public struct DistrictVocabulary: Hashable, Sendable {
  /// A facility's opening hours in the base scenario, [h] from midnight.
  public struct OpeningHours: Hashable, Sendable {
    public var opens: Int
    public var closes: Int
  }

  /// Cohort ids, in the base's order.
  public var cohorts: [String]
  /// Role ids, in the base's order.
  public var roles: [String]
  /// Facility ids, in the base's order.
  public var facilities: [String]
  /// The base's opening hours of each facility, by id.
  public var facilityHours: [String: OpeningHours]
  /// Funding sources a community may state money for: those of `budget.annual_cny_per_resident`
  /// (PPP capital and crowdfunding arrive through their own mechanisms).
  public var sources: [String]

  /// The vocabulary of `scenario`. O(cohorts + roles + facilities).
  public init(scenario: Scenario) {
    cohorts = scenario.cohorts.map(\.id)
    roles = scenario.roles.map(\.id)
    facilities = scenario.facilities.map(\.id)
    facilityHours = Dictionary(
      scenario.facilities.map { ($0.id, OpeningHours(opens: $0.opensHour, closes: $0.closesHour)) },
      uniquingKeysWith: { first, _ in first })
    sources = Self.appropriatedSources.map(\.name)
  }

  /// The sources a community states money for, in the order the budget section lists them.
  private static let appropriatedSources: [FundingSource] = [.government, .donations, .selfRaised, .foundation]
}
