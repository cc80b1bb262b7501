/// Where community money comes from (brief §2 "Budgets"; digest §1.5, F1).
///
/// Every source except ``government`` counts as social capital in
/// `budget.social_capital_share` (baseline ~15 %: donations 10 % + self-raised 5 %, F1, F17).
public enum FundingSource: Int, CaseIterable, Hashable, Sendable, Codable {
  /// Annual government appropriation per resident (~85 % of input, F1).
  case government
  /// Social and corporate donations (~10 %, F1).
  case donations
  /// Community self-raised income, e.g. leasing idle space (~5 %, F1, F15).
  case selfRaised
  /// Money a PPP enterprise puts into community services: its capital, and its net outlay,
  /// the running cost that fees, subsidy and its retained surplus did not cover (L5, digest
  /// §2.6). Fees are residents' money paid to the operator, never social capital.
  case socialCapital
  /// Residents' contributions to a project (CNY 3 M elevator, F24).
  case crowdfunding
  /// A community foundation's per-resident allocation (CNY 50 per resident per year, F29).
  case foundation

  /// An operator's own money, spent only on its own facility.
  static let socialCapitalOnly: [FundingSource] = [.socialCapital]

  /// Name in metric names and scenario files (`budget.by_source.<name>_cny`).
  public var name: String {
    switch self {
    case .government: "government"
    case .donations: "donations"
    case .selfRaised: "self_raised"
    case .socialCapital: "social_capital"
    case .crowdfunding: "crowdfunding"
    case .foundation: "foundation"
    }
  }
}

/// What community money is spent on (brief §2 "Budgets").
public enum SpendingUse: Int, CaseIterable, Hashable, Sendable, Codable {
  /// Pay of staff on roll (pay ratio × local average wage).
  case salaries
  /// Running costs of facilities the community operates.
  case facilityOperation
  /// Capital cost of projects (new or expanded facilities, renovations, repairs).
  case projects
  /// Purchased services: subsidies to PPP operators.
  case services
  /// Cameras' yearly cost, purchase spread over their life, upkeep and monitoring (L15).
  case security

  /// Name in metric names (`budget.by_use.<name>_cny`).
  public var name: String {
    switch self {
    case .salaries: "salaries"
    case .facilityOperation: "facility_operation"
    case .projects: "projects"
    case .services: "services"
    case .security: "security"
    }
  }

  /// Sources charged for this use, in order: earmarked money first, government last for
  /// projects; government first for running costs. The community foundation's fund and
  /// residents' crowdfunding are earmarked for projects (F29, L6: a development fund for
  /// community projects), so they never pay running costs.
  var chargeOrder: [FundingSource] { self == .projects ? Self.projectOrder : Self.runningOrder }

  private static let runningOrder: [FundingSource] = [.government, .selfRaised, .donations]
  /// Sources a planning cycle may commit to projects (everything but PPP capital).
  static let projectOrder: [FundingSource] = [.crowdfunding, .foundation, .donations, .selfRaised, .government]
}
