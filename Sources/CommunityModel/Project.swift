import SimKernel

/// A project chosen at a planning cycle: approval, construction, completion (brief §3.3).
struct Project {
  enum State: UInt8 { case awaitingApproval, underConstruction, completed }

  var community: Int
  /// Need category whose backlog it resolves (index into ``Scenario/needs``).
  var category: Int
  /// Capital cost [fen], paid at approval.
  var cost: Int64
  /// Held back from the fund from proposal to completion [fen]: the capital with its
  /// leakage (until approval) plus the risk reserve (until completion).
  var committed: Int64
  var reserve: Int64
  var proposed: SimTime
  var constructionDays: Double
  var approvedLocally: Bool
  /// At or under the devolution threshold (CNY 500,000 when none is in force).
  var small: Bool
  var state: State
}

/// A PPP enterprise running one facility in one community (L5).
struct PPPOperator {
  /// Index into ``Scenario/ppp`` of its policy.
  var policy: Int
  /// Index into the model's facility instances.
  var facility: Int
  /// Places it added (open once built).
  var addedPlaces: Int
  var active = true
  var addedOpen = false
  /// Since the last review [CNY]: fees, subsidy received, running cost.
  var revenue = 0.0
  var subsidy = 0.0
  var cost = 0.0
}
