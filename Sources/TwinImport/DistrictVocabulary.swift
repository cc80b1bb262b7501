import CommunityModel
import FileFormats

/// The ids a district's tables may use, taken from the base scenario: its cohorts (the share
/// columns), roles (with their `per_1000` rule, to bound a community's vacancies), facilities
/// (with their opening hours, to check a community's hours when it states only one of them,
/// and their places and days, to check a warm start's occupancy),
/// the funding sources a community may state money for, and for a warm start its need
/// categories (and which of them have a `project`), tiers, stages and departments. The order
/// of each list is the order the tables and the scenario file are written in.
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
  /// Each role's posts per 1,000 residents in the base, by id.
  public var rolesPerThousand: [String: Double]
  /// Facility ids, in the base's order.
  public var facilities: [String]
  /// The base's opening hours of each facility, by id.
  public var facilityHours: [String: OpeningHours]
  /// The base's facilities by id, for a community's places and whether it never closes.
  var facilitySpecs: [String: FacilitySpec]
  /// Funding sources a community may state money for: those of `budget.annual_cny_per_resident`
  /// (PPP capital and crowdfunding arrive through their own mechanisms).
  public var sources: [String]
  /// Need category ids (`needs[].category`), in the base's order.
  public var categories: [String]
  /// The need categories with a `project` (those a project under construction or awaiting
  /// approval may be for),
  /// in the base's order.
  public var projectCategories: [String]
  /// Request tiers: `urgent`, `improvement`, `innovation`.
  public var tiers: [String]
  /// Where an open case is: `queue`, `department`, `project`.
  public var stages: [String]
  /// Department ids (`departments.units[].id`), in the base's order.
  public var departments: [String]

  /// The stage at which an open case names its department.
  static let departmentStage = "department"

  /// The vocabulary of `scenario`. O(cohorts + roles + facilities + needs + departments).
  public init(scenario: Scenario) {
    cohorts = scenario.cohorts.map(\.id)
    roles = scenario.roles.map(\.id)
    rolesPerThousand = Dictionary(
      scenario.roles.map { ($0.id, $0.perThousandResidents) }, uniquingKeysWith: { first, _ in first })
    facilities = scenario.facilities.map(\.id)
    facilityHours = Dictionary(
      scenario.facilities.map { ($0.id, OpeningHours(opens: $0.opensHour, closes: $0.closesHour)) },
      uniquingKeysWith: { first, _ in first })
    facilitySpecs = Dictionary(scenario.facilities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    sources = Self.appropriatedSources.map(\.name)
    categories = scenario.needs.map(\.id)
    projectCategories = scenario.needs.filter { $0.project != nil }.map(\.id)
    tiers = RequestTier.allCases.map(\.name)
    stages = ["queue", Self.departmentStage, "project"]
    departments = scenario.departments.map(\.id)
  }

  /// The posts of `role` in `community`: what it states, else the base's `per_1000` rule
  /// (as the scenario reader counts them). O(1).
  func posts(ofRole role: String, in community: DistrictCommunity) -> Int {
    community.staff[role] ?? Int(perThousand: rolesPerThousand[role] ?? 0, of: community.residents)
  }

  /// The posts of `role` in `community` filled at the start: its posts
  /// (``posts(ofRole:in:)``) less the most that a row of `vacancies` holds vacant of them (as
  /// the scenario reader counts them); what its recent hires may hold. O(vacancies).
  func filledPosts(ofRole role: String, in community: DistrictCommunity, vacancies: [DistrictInitialState.Vacancies])
    -> Int
  {
    let posts = posts(ofRole: role, in: community)
    let vacant = vacancies.reduce(0) { $1.community == community.name && $1.role == role ? max($0, $1.posts) : $0 }
    return posts - min(posts, vacant)
  }

  /// The places of `facility` in `community`: what it states, else the base's per-1,000 rule
  /// (as the scenario reader counts them); 0 for an unknown facility. O(1).
  func places(ofFacility facility: String, in community: DistrictCommunity) -> Int {
    community.facilities[facility]?.places ?? facilitySpecs[facility]?.places(forResidents: community.residents) ?? 0
  }

  /// Whether `facility` is open round the clock (0–24, every day) in `community`, its stated
  /// hours in place of the base's: the facilities a warm start may state an occupancy of.
  /// O(1).
  func isAlwaysOpen(_ facility: String, in community: DistrictCommunity) -> Bool {
    facilitySpecs[facility]?.isAlwaysOpen(override: community.facilities[facility]) ?? false
  }

  /// The categories a project under construction or awaiting approval may be for, in words:
  /// the allowed values of `projects.csv`'s and `proposals.csv`'s `category` and of
  /// `initial_state.projects[].category` and `initial_state.proposals[].category`.
  var allowedProjectCategories: String {
    projectCategories.isEmpty
      ? "none: no need category of the base has a project" : projectCategories.joined(separator: ", ")
  }

  /// What is wrong with `category` as a project's: `nil` when it is one of
  /// ``projectCategories``; else that it has no project in the base, or that there is no such
  /// category, with a did-you-mean. O(categories × id length).
  func projectCategoryProblem(_ category: String) -> String? {
    if projectCategories.contains(category) { return nil }
    if categories.contains(category) { return "this need category has no project in the base scenario" }
    return "no such need category\(EditDistance.suggestion(for: category, in: projectCategories))"
  }

  /// The sources a community states money for, in the order the budget section lists them.
  private static let appropriatedSources: [FundingSource] = [.government, .donations, .selfRaised, .foundation]
}
