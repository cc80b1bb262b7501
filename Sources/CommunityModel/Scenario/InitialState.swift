/// Where a district stands today (issue 22's warm start): the open cases it inherits, the
/// posts it has vacant and those its recent hires hold, how satisfied its residents are, the
/// projects it is building and those awaiting approval, and how full its round-the-clock
/// facilities are. A run from it starts with them in place instead of empty.
/// Funds and what each community states of its staff and facilities are in
/// ``CommunitySpec``.
public struct InitialState: Hashable, Sendable, Codable {
  /// Where an inherited case is in the pipeline.
  public enum Stage: Hashable, Sendable, Codable {
    /// Waiting for a caseworker in its community's queue (it may need departments after).
    case queue
    /// With department `d` (index into ``Scenario/departments``), in its queue.
    case department(Int)
    /// Casework done, waiting in the planning backlog for a project of its category.
    case project
  }

  /// `count` open cases alike: community, category, tier, stage and age.
  public struct OpenCases: Hashable, Sendable, Codable {
    /// Indices into ``Scenario/communities`` and ``Scenario/needs``; a ``RequestTier`` raw
    /// value.
    public var community: Int
    public var category: Int
    public var tier: Int
    public var stage: Stage
    /// Days since the need arose (≥ 0): the oldest are first in their queue.
    public var ageDays: Double
    public var count: Int

    public init(community: Int, category: Int, tier: Int, stage: Stage, ageDays: Double, count: Int) {
      self.community = community
      self.category = category
      self.tier = tier
      self.stage = stage
      self.ageDays = ageDays
      self.count = count
    }
  }

  /// `posts` posts of a role in a community vacant at the start, refilled after a hiring
  /// lag as any vacancy.
  public struct Vacancies: Hashable, Sendable, Codable {
    public var community: Int
    public var role: Int
    public var posts: Int

    public init(community: Int, role: Int, posts: Int) {
      self.community = community
      self.role = role
      self.posts = posts
    }
  }

  /// `posts` filled posts of a role in a community held at the start by recent hires, who
  /// have done `tenureDays` of the role's ramp-up: each starts at the productivity the ramp
  /// reaches after that many days and reaches 1 when the rest of the ramp-up is done (at
  /// once for a tenure of at least the role's ramp-up days). The posts are the community's
  /// filled posts of the role after its vacancies, so together its rows hold at most its
  /// posts less its vacancies.
  public struct RecentHires: Hashable, Sendable, Codable {
    /// Indices into ``Scenario/communities`` and ``Scenario/roles``.
    public var community: Int
    public var role: Int
    public var posts: Int
    /// Days since they were hired (≥ 0) [days].
    public var tenureDays: Double

    public init(community: Int, role: Int, posts: Int, tenureDays: Double) {
      self.community = community
      self.role = role
      self.posts = posts
      self.tenureDays = tenureDays
    }
  }

  /// A community's satisfaction today, as the index (0 … 100, the mean satisfaction × 100 a
  /// survey would give): every resident starts shifted from their resting satisfaction by
  /// the same amount (clamped to 0 … 1), so the community's mean starts there and relaxes
  /// as a run's would.
  public struct Satisfaction: Hashable, Sendable, Codable {
    public var community: Int
    public var index: Double

    public init(community: Int, index: Double) {
      self.community = community
      self.index = index
    }
  }

  /// A project under construction at the start: its capital already paid, it completes
  /// after `daysLeft` days as a planned project does (its category's places added, up to
  /// `scope` of the category's backlog resolved, oldest first).
  public struct Project: Hashable, Sendable, Codable {
    /// Indices into ``Scenario/communities`` and ``Scenario/needs`` (a category with a
    /// ``NeedCategory/project``).
    public var community: Int
    public var category: Int
    /// Days until it completes (> 0).
    public var daysLeft: Double
    /// Backlog requests it resolves; `nil`: the category's ``ProjectSpec/scopeRequests``.
    public var scope: Int?

    public init(community: Int, category: Int, daysLeft: Double, scope: Int? = nil) {
      self.community = community
      self.category = category
      self.daysLeft = daysLeft
      self.scope = scope
    }
  }

  /// A project proposed before the start and still in the approval chain: the money its
  /// proposal committed (its capital and the risk reserve) is held back from its community's
  /// fund from the start; the `levelsLeft` levels still to pass draw their delays, rejections
  /// and reviews — and the project its construction time, misuse and overrun — from the
  /// model's own stream as a new proposal's do, and an approved one is paid for, built and
  /// completed as a planned project is.
  public struct Proposal: Hashable, Sendable, Codable {
    /// Indices into ``Scenario/communities`` and ``Scenario/needs`` (a category with a
    /// ``NeedCategory/project``).
    public var community: Int
    public var category: Int
    /// Capital cost, as proposed (> 0, at most ``ProjectSpec/maxCostCNY``) [CNY].
    public var costCNY: Double
    /// Days since it was proposed (≥ 0): its approval time counts from then [days].
    public var waitedDays: Double
    /// Levels of the approval chain still to pass (≥ 1), the one under way included, which
    /// starts afresh at the start (exact for exponential level delays, the baseline's).
    public var levelsLeft: Int
    /// Backlog requests it resolves; `nil`: as a new proposal, the category's backlog at the
    /// start up to its ``ProjectSpec/scopeRequests``.
    public var scope: Int?

    public init(community: Int, category: Int, costCNY: Double, waitedDays: Double, levelsLeft: Int, scope: Int? = nil)
    {
      self.community = community
      self.category = category
      self.costCNY = costCNY
      self.waitedDays = waitedDays
      self.levelsLeft = levelsLeft
      self.scope = scope
    }
  }

  /// How many places of a facility open round the clock are taken at the start, instead of
  /// the model's estimate (the offered load, at most its places).
  public struct Occupancy: Hashable, Sendable, Codable {
    /// Indices into ``Scenario/communities`` and ``Scenario/facilities`` (a facility open
    /// 0–24 every day there).
    public var community: Int
    public var facility: Int
    /// Places taken (0 … the facility's places in the community).
    public var occupied: Int

    public init(community: Int, facility: Int, occupied: Int) {
      self.community = community
      self.facility = facility
      self.occupied = occupied
    }
  }

  public var openCases: [OpenCases]
  public var vacancies: [Vacancies]
  public var recentHires: [RecentHires]
  public var satisfaction: [Satisfaction]
  public var projects: [Project]
  public var proposals: [Proposal]
  /// At most one row per community and facility.
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

  /// Nothing inherited: a run from empty.
  public static let empty = InitialState()

  /// Open cases in all.
  public var openCaseCount: Int { openCases.reduce(0) { $0 + $1.count } }

  /// Of the `posts` posts of role `r` in community `c`, those filled at the start: the posts
  /// less those the vacancies hold vacant, the most its recent hires may hold. The vacant
  /// posts are the largest of the vacancy rows of `c` and `r`, since each row names the
  /// role's first posts (rows for the same community and role overlap). O(vacancy rows).
  public func filledPosts(_ posts: Int, ofRole r: Int, in c: Int) -> Int {
    let vacant = vacancies.reduce(0) { $1.community == c && $1.role == r ? max($0, $1.posts) : $0 }
    return posts - min(posts, vacant)
  }
}
