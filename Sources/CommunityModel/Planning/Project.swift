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
