/// Project outcomes in the statistics window (brief §5).
struct ProjectCounts: Codable {
  var proposed = 0
  /// Chosen but not committed for lack of money, and approved but not payable (cancelled);
  /// their cost [fen].
  var deferred = 0
  var cancelled = 0
  var deferredCost: Int64 = 0
  var approved = 0
  var rejected = 0
  var completed = 0
  /// Approved locally (devolution or filing).
  var approvedLocally = 0
  /// Approved projects whose money was partly diverted, and those whose intent disclosed
  /// accounts exposed in time.
  var misused = 0
  var misuseStopped = 0
  /// Capital paid for projects approved in the window, and the part of it diverted [fen].
  var capitalPaid: Int64 = 0
  var capitalDiverted: Int64 = 0
  /// Overruns paid for projects completed in the window [fen].
  var overrunPaid: Int64 = 0
  /// Days from proposal to approval of each project approved in the window.
  var approvalDays: [Double] = []
  /// The same, for projects at or under the devolution threshold (CNY 500,000 when no
  /// devolution is in force: the reports' threshold, C1).
  var smallApprovalDays: [Double] = []
}
