/// Where a district stands today as its tables state it (`open_cases.csv`, `vacancies.csv`,
/// `recent_hires.csv`, `satisfaction.csv`, `projects.csv`, `proposals.csv`, `occupancy.csv`):
/// the rows of a scenario file's
/// `initial_state`, by id and name, in table order.
///
/// The same value is read from the CSV tables (`import`) and from a scenario file's
/// `initial_state` (`export`), and written to both; a cell left empty stays `nil` (not
/// stated: the scenario reader's default applies), so the round trip keeps it empty.
public struct DistrictInitialState: Hashable, Sendable {
  /// `count` open cases alike, as one row of `open_cases.csv`.
  public struct OpenCases: Hashable, Sendable {
    /// A community's name in `communities.csv`.
    public var community: String
    /// A need category id of the base (`needs[].category`).
    public var category: String
    /// `urgent`, `improvement` or `innovation`.
    public var tier: String
    /// `queue`, `department` or `project`.
    public var stage: String
    /// A department id of the base; stated exactly when ``stage`` is `department`.
    public var department: String?
    /// Days since the need arose, 0 … 3650 [days]; `nil` is not stated (0).
    public var ageDays: Double?
    /// Cases alike, 1 … 10,000,000; `nil` is not stated (1).
    public var count: Int?

    public init(
      community: String, category: String, tier: String, stage: String, department: String? = nil,
      ageDays: Double? = nil, count: Int? = nil
    ) {
      self.community = community
      self.category = category
      self.tier = tier
      self.stage = stage
      self.department = department
      self.ageDays = ageDays
      self.count = count
    }
  }

  /// Posts of a role vacant in a community at the start, as one row of `vacancies.csv`.
  public struct Vacancies: Hashable, Sendable {
    /// A community's name in `communities.csv`.
    public var community: String
    /// A role id of the base.
    public var role: String
    /// Vacant posts, 0 … the community's posts of the role.
    public var posts: Int

    public init(community: String, role: String, posts: Int) {
      self.community = community
      self.role = role
      self.posts = posts
    }
  }

  /// Filled posts of a role in a community held at the start by recent hires alike, as one
  /// row of `recent_hires.csv`: they start at the productivity the role's ramp-up reaches
  /// after ``tenureDays``.
  public struct RecentHires: Hashable, Sendable {
    /// A community's name in `communities.csv`.
    public var community: String
    /// A role id of the base.
    public var role: String
    /// Posts, 0 … the community's filled posts of the role (its posts less its vacancies)
    /// not held by earlier rows.
    public var posts: Int
    /// Days since they were hired, 0 … 3650 [days].
    public var tenureDays: Double

    public init(community: String, role: String, posts: Int, tenureDays: Double) {
      self.community = community
      self.role = role
      self.posts = posts
      self.tenureDays = tenureDays
    }
  }

  /// A community's satisfaction index today, as one row of `satisfaction.csv`.
  public struct Satisfaction: Hashable, Sendable {
    /// A community's name in `communities.csv`; at most one row per community.
    public var community: String
    /// The community's mean satisfaction today, 0 … 100 [index points].
    public var index: Double

    public init(community: String, index: Double) {
      self.community = community
      self.index = index
    }
  }

  /// A project under construction at the start, as one row of `projects.csv`: its capital is
  /// already paid, and it completes after ``daysLeft``, adding its places and resolving its
  /// share of the community's backlog.
  public struct Project: Hashable, Sendable {
    /// A community's name in `communities.csv`.
    public var community: String
    /// A need category id of the base with a `project`.
    public var category: String
    /// The time until it completes, 0 < x ≤ 3650 [days].
    public var daysLeft: Double
    /// Backlog requests it resolves, oldest first, 0 … 2,147,483,647 [requests]; `nil` is
    /// not stated (the category's `project.scope_requests`).
    public var scopeRequests: Int?

    public init(community: String, category: String, daysLeft: Double, scopeRequests: Int? = nil) {
      self.community = community
      self.category = category
      self.daysLeft = daysLeft
      self.scopeRequests = scopeRequests
    }
  }

  /// A project awaiting approval at the start, as one row of `proposals.csv`: its capital and
  /// risk reserve are committed from the start, and the model draws its remaining levels.
  public struct Proposal: Hashable, Sendable {
    /// A community's name in `communities.csv`.
    public var community: String
    /// A need category id of the base with a `project`.
    public var category: String
    /// The capital cost as proposed, 0 < x ≤ 1e12 [CNY].
    public var costCNY: Double
    /// Days since it was proposed, 0 … 3650 [days].
    public var waitedDays: Double
    /// Levels of the approval chain still to pass, 1 … 20 [levels].
    public var levelsLeft: Int
    /// Backlog requests it resolves, oldest first, 0 … 2,147,483,647 [requests]; `nil` is
    /// not stated (the category's backlog at the start, up to its `project.scope_requests`).
    public var scopeRequests: Int?

    public init(
      community: String, category: String, costCNY: Double, waitedDays: Double, levelsLeft: Int,
      scopeRequests: Int? = nil
    ) {
      self.community = community
      self.category = category
      self.costCNY = costCNY
      self.waitedDays = waitedDays
      self.levelsLeft = levelsLeft
      self.scopeRequests = scopeRequests
    }
  }

  /// The places taken at the start of a facility open round the clock, as one row of
  /// `occupancy.csv`.
  public struct Occupancy: Hashable, Sendable {
    /// A community's name in `communities.csv`; at most one row per community and facility.
    public var community: String
    /// A facility id of the base, open 0–24 every day in the community.
    public var facility: String
    /// Places taken, 0 … the facility's places in the community [places].
    public var occupied: Int

    public init(community: String, facility: String, occupied: Int) {
      self.community = community
      self.facility = facility
      self.occupied = occupied
    }
  }

  /// The open cases, in table order.
  public var openCases: [OpenCases]
  /// The vacancies, in table order.
  public var vacancies: [Vacancies]
  /// The recent hires, in table order.
  public var recentHires: [RecentHires]
  /// The satisfaction indices, in table order.
  public var satisfaction: [Satisfaction]
  /// The projects under construction, in table order.
  public var projects: [Project]
  /// The projects awaiting approval, in table order.
  public var proposals: [Proposal]
  /// The stated occupancies, in table order.
  public var occupancy: [Occupancy]

  public init(
    openCases: [OpenCases] = [], vacancies: [Vacancies] = [], recentHires: [RecentHires] = [],
    satisfaction: [Satisfaction] = [], projects: [Project] = [], proposals: [Proposal] = [],
    occupancy: [Occupancy] = []
  ) {
    self.openCases = openCases
    self.vacancies = vacancies
    self.recentHires = recentHires
    self.satisfaction = satisfaction
    self.projects = projects
    self.proposals = proposals
    self.occupancy = occupancy
  }

  /// Whether nothing is inherited (the scenario file then has no `initial_state`).
  public var isEmpty: Bool {
    openCases.isEmpty && vacancies.isEmpty && recentHires.isEmpty && satisfaction.isEmpty && projects.isEmpty
      && proposals.isEmpty && occupancy.isEmpty
  }
}
