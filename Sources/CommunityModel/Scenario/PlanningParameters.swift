import SimKernel

/// How a community turns its planning backlog into projects, and how projects are approved
/// (brief §3.3; digest §2.4, C1–C3).
public struct PlanningParameters: Hashable, Sendable, Codable {
  /// What ranks candidate projects at a planning cycle.
  public enum Rule: Hashable, Sendable, Codable {
    /// Captured improvement requests waiting in the backlog (the baseline: plans follow what
    /// reaches the office, skewed to those who report, B11).
    case capturedNeeds
    /// Measured demand: every need that arose in the category since the last cycle, captured
    /// or not, plus residents turned away or giving up at the category's facility (needs
    /// heat-map, evaluation loop, demand-based planning: L1, L9, L10).
    case measuredDemand
  }

  /// Days between planning cycles; the first is on day 0 of the run (annual plan: 365).
  public var cycleDays: Int
  public var rule: Rule
  /// Levels in the approval chain: drawn uniformly from this range (3–5, C1).
  public var approvalLevels: ClosedRange<Int>
  /// Delay at each level [calendar days] (≈ 11.25 each ⇒ ~45 days in all, C1).
  public var levelDelayDays: Distribution
  /// Devolved approval: projects costing at most this are approved locally [CNY]; `nil`
  /// means no devolution (the full chain for every project). CNY 500,000 under L2 (C1, C3).
  public var localApprovalThresholdCNY: Double?
  /// Working days a local approval takes (3, C1); counted on the staff's working calendar.
  public var localApprovalWorkingDays: Double
  /// Multiplies each project's drawn cost (co-building savings, L13: fiscal savings 30 %).
  public var costFactor: Double
  /// Probability that one approval level turns down a proposal on its merits (0 … 1;
  /// assumption); a local approval is one level. Its category may be proposed again at the
  /// next cycle.
  public var rejectionPerLevel: Double
  /// The misuse of project money and what catches it (F6, F41, L14).
  public var oversight: ProjectOversight

  /// The baseline: an annual plan on captured needs, a 3–5 level chain of ~15 days per
  /// level (≈ 45 days in all, C1), no devolution.
  public static let annualPlan = PlanningParameters(
    levelDelayDays: try! .exponential(mean: 11.25))  // constant, valid parameters

  public init(
    cycleDays: Int = 365, rule: Rule = .capturedNeeds, approvalLevels: ClosedRange<Int> = 3...5,
    levelDelayDays: Distribution, localApprovalThresholdCNY: Double? = nil, localApprovalWorkingDays: Double = 3,
    costFactor: Double = 1, rejectionPerLevel: Double = 0, oversight: ProjectOversight = .none
  ) {
    self.cycleDays = cycleDays
    self.rule = rule
    self.approvalLevels = approvalLevels
    self.levelDelayDays = levelDelayDays
    self.localApprovalThresholdCNY = localApprovalThresholdCNY
    self.localApprovalWorkingDays = localApprovalWorkingDays
    self.costFactor = costFactor
    self.rejectionPerLevel = rejectionPerLevel
    self.oversight = oversight
  }
}
