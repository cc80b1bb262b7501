/// One community's casework as the governance indicators read it (`Docs/policies.md`):
/// requests resolved by casework and their response times, urgent requests captured and
/// those first answered within 48 hours. Kept twice: for the window's requests, followed
/// through the drain (``ResponseStatistics/byCommunity``, the per-community metrics), and for
/// every request since the start of the run (``DistrictModel/scorecards``, which the
/// district's evaluation reads between two evaluations).
struct CommunityScorecard: Codable {
  /// Requests casework resolved, and Σ of their capture → resolution times [days].
  var resolved = 0
  var responseDays = 0.0
  var urgentCaptured = 0
  var urgentRespondedWithin48h = 0

  /// A request of `tier` is captured.
  mutating func recordCapture(tier: Int) {
    if tier == RequestTier.urgent.rawValue { urgentCaptured += 1 }
  }

  /// A caseworker starts on a request of `tier` `days` after its capture.
  mutating func recordFirstResponse(days: Double, tier: Int) {
    if tier == RequestTier.urgent.rawValue && days <= 2 { urgentRespondedWithin48h += 1 }
  }

  /// Casework resolves a request `days` after its capture.
  mutating func recordResolution(days: Double) {
    resolved += 1
    responseDays += days
  }

  /// What happened since `mark` (an earlier copy of this scorecard).
  func since(_ mark: CommunityScorecard) -> CommunityScorecard {
    CommunityScorecard(
      resolved: resolved - mark.resolved, responseDays: responseDays - mark.responseDays,
      urgentCaptured: urgentCaptured - mark.urgentCaptured,
      urgentRespondedWithin48h: urgentRespondedWithin48h - mark.urgentRespondedWithin48h)
  }

  /// Mean response time [days]; NaN with nothing resolved.
  var meanResponseDays: Double { resolved > 0 ? responseDays / Double(resolved) : .nan }

  /// Share of urgent requests first answered within 48 hours; NaN with none captured.
  var urgentWithin48hShare: Double {
    urgentCaptured > 0 ? Double(urgentRespondedWithin48h) / Double(urgentCaptured) : .nan
  }
}
