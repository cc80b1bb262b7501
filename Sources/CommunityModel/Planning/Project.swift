import SimKernel

/// A project chosen at a planning cycle: approval (or rejection), construction, completion
/// (brief §3.3).
struct Project: Codable {
  enum State: UInt8, Codable { case awaitingApproval, underConstruction, completed, rejected, cancelled }

  /// How the approval route ends and what happens to the money, decided from the project's
  /// own draws at its proposal (``DistrictModel/propose(category:community:_:)``).
  enum Outcome: UInt8, Codable {
    /// Built with all its money.
    case delivered
    /// An intent to divert money that no review caught, exposed by disclosed accounts: built
    /// with all its money.
    case misuseStopped
    /// Built with a share of its capital lost.
    case misused
    /// Turned down by a level on its merits.
    case rejected
    /// Turned down by a level whose review caught an intent to divert money.
    case rejectedForMisuse
  }

  var community: Int
  /// Need category whose backlog it resolves (index into ``Scenario/needs``).
  var category: Int
  /// Capital cost [fen], paid at approval.
  var cost: Int64
  /// Held back from the fund from proposal to completion [fen]: the capital (until
  /// approval) plus the risk reserve (until completion).
  var committed: Int64
  var reserve: Int64
  /// Cost overrun [fen], paid at completion.
  var overrun: Int64
  var proposed: SimTime
  var constructionDays: Double
  /// Backlog requests it is planned for: resolved (oldest first) at completion, fewer if
  /// money was misused.
  var scope: Int
  var approvedLocally: Bool
  /// At or under the devolution threshold (CNY 500,000 when none is in force).
  var small: Bool
  var outcome: Outcome
  var state: State
  /// An emergency repair (``EmergencySpec``): the facility instance whose places it puts
  /// back, and how many; -1 for a planned project.
  var repairOf: Int32 = -1
  var repairPlaces: Int32 = 0
  /// Emergency repair: no backlog, no rejection, its capital an obligation.
  var isRepair: Bool { repairOf >= 0 }
}
