/// The eleven CSV tables of a district folder (`Docs/import.md`): their file names and columns.
///
/// `communities.csv` is required; the others are optional, and a community that none of them
/// names keeps the base scenario's staffing, pay, facilities and money, and starts with no
/// open cases, no vacant posts, fully trained staff, its residents' resting satisfaction and
/// no project under construction or awaiting approval, its round-the-clock facilities at the
/// model's estimate of their occupancy. The column order here is the canonical one: the templates and `export` write
/// it, and `import` accepts the columns in any order.
public enum DistrictTable: Int, CaseIterable, Hashable, Sendable {
  /// One row per community: `name`, `residents`, then one share column per cohort.
  case communities
  /// One row per community and role: `community`, `role`, `posts`, `pay_ratio`.
  case staff
  /// One row per community and facility: `community`, `facility`, `places`, `opens_hour`,
  /// `closes_hour`.
  case facilities
  /// One row per community and funding source: `community`, `source`,
  /// `annual_cny_per_resident`, `opening_balance_cny`.
  case funds
  /// One row per group of open cases alike (a warm start): `community`, `category`, `tier`,
  /// `stage`, `department`, `age_days`, `count`.
  case openCases
  /// One row per community and role with vacant posts: `community`, `role`, `posts`.
  case vacancies
  /// One row per group of filled posts held by recent hires alike (a warm start):
  /// `community`, `role`, `posts`, `tenure_days`.
  case recentHires
  /// One row per community with a satisfaction index today (a warm start): `community`,
  /// `index`.
  case satisfaction
  /// One row per project under construction (a warm start): `community`, `category`,
  /// `days_left`, `scope_requests`.
  case projects
  /// One row per project awaiting approval (a warm start): `community`, `category`,
  /// `cost_cny`, `waited_days`, `levels_left`, `scope_requests`.
  case proposals
  /// One row per community and facility open round the clock with a stated occupancy (a warm
  /// start): `community`, `facility`, `occupied`.
  case occupancy

  /// The file's name in the folder: `communities.csv`.
  public var fileName: String {
    switch self {
    case .communities: "communities.csv"
    case .staff: "staff.csv"
    case .facilities: "facilities.csv"
    case .funds: "funds.csv"
    case .openCases: "open_cases.csv"
    case .vacancies: "vacancies.csv"
    case .recentHires: "recent_hires.csv"
    case .satisfaction: "satisfaction.csv"
    case .projects: "projects.csv"
    case .proposals: "proposals.csv"
    case .occupancy: "occupancy.csv"
    }
  }

  /// Whether a folder must have this table.
  public var isRequired: Bool { self == .communities }

  /// The columns, in canonical order; `cohorts` are the cohort ids of the base scenario (the
  /// share columns of `communities.csv`). O(cohorts).
  public func columns(cohorts: [String]) -> [String] {
    switch self {
    case .communities: [Self.name, Self.residents] + cohorts
    case .staff: [Self.community, Self.role, Self.posts, Self.payRatio]
    case .facilities: [Self.community, Self.facility, Self.places, Self.opensHour, Self.closesHour]
    case .funds: [Self.community, Self.source, Self.annualCNYPerResident, Self.openingBalanceCNY]
    case .openCases: [Self.community, Self.category, Self.tier, Self.stage, Self.department, Self.ageDays, Self.count]
    case .vacancies: [Self.community, Self.role, Self.posts]
    case .recentHires: [Self.community, Self.role, Self.posts, Self.tenureDays]
    case .satisfaction: [Self.community, Self.index]
    case .projects: [Self.community, Self.category, Self.daysLeft, Self.scopeRequests]
    case .proposals:
      [Self.community, Self.category, Self.costCNY, Self.waitedDays, Self.levelsLeft, Self.scopeRequests]
    case .occupancy: [Self.community, Self.facility, Self.occupied]
    }
  }

  /// Columns of ``columns(cohorts:)`` that a file may leave out (every cell then empty):
  /// `staff.csv`'s `pay_ratio`, added after the table first shipped, so that older files still
  /// read.
  public var optionalColumns: Set<String> { self == .staff ? [Self.payRatio] : [] }

  // MARK: - Column names

  static let name = "name"
  static let residents = "residents"
  static let community = "community"
  static let role = "role"
  static let posts = "posts"
  static let payRatio = "pay_ratio"
  static let tenureDays = "tenure_days"
  static let facility = "facility"
  static let places = "places"
  static let opensHour = "opens_hour"
  static let closesHour = "closes_hour"
  static let source = "source"
  static let annualCNYPerResident = "annual_cny_per_resident"
  static let openingBalanceCNY = "opening_balance_cny"
  static let category = "category"
  static let tier = "tier"
  static let stage = "stage"
  static let department = "department"
  static let ageDays = "age_days"
  static let count = "count"
  static let index = "index"
  static let daysLeft = "days_left"
  static let scopeRequests = "scope_requests"
  static let costCNY = "cost_cny"
  static let waitedDays = "waited_days"
  static let levelsLeft = "levels_left"
  static let occupied = "occupied"
}
