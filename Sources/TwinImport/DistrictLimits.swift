import FileFormats
import ScenarioFiles

/// The allowed range of every number in a district's tables, the same in the CSV tables and
/// the scenario file's `communities` (`Docs/import.md` lists them): the scenario reader's
/// own limits (``ScenarioLimits``), so the two cannot drift apart.
enum DistrictLimits {
  /// Residents of one community (as `communities[].residents` in a scenario file).
  static let residents = 1...ScenarioLimits.residentsPerCommunity
  /// Residents of the whole district (a resident index is 32 bits in the model).
  static let districtResidents = ScenarioLimits.residents
  /// Communities of one district (a community index is 16 bits).
  static let communities = ScenarioLimits.communities
  /// A share of residents.
  static let share = NumberRule.unitInterval
  /// How far the shares' sum may be from 1.
  static let shareSumTolerance = 1e-6
  /// What a community's shares must add up to, in words.
  static let shareSum = "shares that add up to 1 ± 0.000001"

  /// A sum of shares for a message, to the tolerance's six decimals (`0.9`, not
  /// `0.8999999999999999`).
  static func shareSumText(_ sum: Double) -> String { JSONValue.format((sum * 1e6).rounded() / 1e6) }
  /// Posts of one role in one community: a hundred per thousand residents of the largest
  /// community (the scenario reader's limit on `per_1000`).
  static let posts = 0...ScenarioLimits.postsPerCommunity
  /// A community's own pay ratio of a role [× local average wage] (as a role's `pay_ratio`).
  static let payRatio = ScenarioLimits.payRatio
  /// Days recent hires have been in post at the start (as
  /// `initial_state.recent_hires[].tenure_days`: the longest horizon).
  static let tenureDays = ScenarioLimits.days
  /// Places of one facility in one community: one per resident of the largest community.
  static let places = 0...ScenarioLimits.placesPerFacility
  /// A facility's opening hour [h from midnight].
  static let opensHour = ScenarioLimits.opensHour
  /// A facility's closing hour [h from midnight].
  static let closesHour = ScenarioLimits.closesHour
  /// An appropriation [CNY per resident per year] (as `budget.annual_cny_per_resident`).
  static let annualCNYPerResident = ScenarioLimits.cnyPerResidentYear
  /// An opening balance [CNY]: a trillion, far within the ledger's whole fen in `Int64`.
  static let openingBalanceCNY = ScenarioLimits.openingBalanceCNY
  /// A warm start's open cases' age [days since the need arose] (as `initial_state`'s
  /// `age_days`: the longest horizon).
  static let ageDays = ScenarioLimits.days
  /// Cases alike in one row of a warm start (as `initial_state`'s `count`).
  static let openCases = 1...ScenarioLimits.warmStartCases
  /// A community's satisfaction index today (as `initial_state.satisfaction[].index`).
  static let satisfactionIndex = ScenarioLimits.satisfactionIndex
  /// The time until a project under construction completes [days] (as
  /// `initial_state.projects[].days_left`: 0 < x ≤ 3650).
  static let daysLeft = ScenarioLimits.daysLeft
  /// Backlog requests a project under construction resolves (as
  /// `initial_state.projects[].scope_requests`: 0 … 2,147,483,647).
  static let scopeRequests = ScenarioLimits.inheritedScopeRequests
  /// A proposal's capital cost [CNY] (as `initial_state.proposals[].cost_cny`: 0 < x ≤ 1e12).
  static let costCNY = ScenarioLimits.proposalCostCNY
  /// Days a proposal has waited since it was proposed (as
  /// `initial_state.proposals[].waited_days`: 0 … 3650).
  static let waitedDays = ScenarioLimits.waitedDays
  /// Levels of the approval chain a proposal has left (as
  /// `initial_state.proposals[].levels_left`: 1 … 20).
  static let levelsLeft = ScenarioLimits.approvalLevels
}
