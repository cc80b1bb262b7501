/// Project outcomes in the statistics window (brief §5).
struct ProjectCounts {
  var proposed = 0
  var approved = 0
  var completed = 0
  /// Approved locally (devolution or filing).
  var approvedLocally = 0
  /// Days from proposal to approval of each project approved in the window.
  var approvalDays: [Double] = []
  /// The same, for projects at or under the devolution threshold (CNY 500,000 when no
  /// devolution is in force: the reports' threshold, C1).
  var smallApprovalDays: [Double] = []
}
