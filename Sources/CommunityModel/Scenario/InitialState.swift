/// Where a district stands today (issue 22's warm start): the open cases it inherits, the
/// posts it has vacant, how satisfied its residents are and the projects it is building. A run from it starts with them in place instead of empty.
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

  public var openCases: [OpenCases]
  public var vacancies: [Vacancies]
  public var satisfaction: [Satisfaction]
  public var projects: [Project]

  public init(
    openCases: [OpenCases] = [], vacancies: [Vacancies] = [], satisfaction: [Satisfaction] = [],
    projects: [Project] = []
  ) {
    self.openCases = openCases
    self.vacancies = vacancies
    self.satisfaction = satisfaction
    self.projects = projects
  }

  /// Nothing inherited: a run from empty.
  public static let empty = InitialState()

  /// Open cases in all.
  public var openCaseCount: Int { openCases.reduce(0) { $0 + $1.count } }
}
