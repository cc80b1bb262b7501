import SimKernel

/// The clock of the window's needs, interval by interval and tier by tier [days]
/// (`Docs/model.md` §3.4): arisen → captured (``capture``), captured → first response
/// (``firstResponse``), captured → resolved (``response``: the response time), and
/// arisen → resolved (``endToEnd``). Every need that arose in the window is followed to its end
/// through the drain, so none is cut off at the horizon — except requests that wait for a
/// project, which end only when a project planned for them completes; their waits
/// (``projectWait``) are reported apart, over those resolved by the end of the drain.
struct ResponseStatistics: Codable {
  /// Captured → resolved, for requests casework resolves (those that need a project are in
  /// ``projectWait``).
  var response = TierTallies()
  var distribution = QuantileHistogram()
  /// Counts by tier in fixed bins, for distribution charts.
  var histogram = ResponseHistogram()
  /// Arisen → captured.
  var capture = TierTallies()
  /// Captured → first response (a caseworker starts on the request).
  var firstResponse = TierTallies()
  /// Captured → resolved by a project, for requests that needed one.
  var projectWait = Tally()
  /// Arisen → resolved (casework-resolved requests).
  var endToEnd = TierTallies()
  /// Urgent requests captured; of them, first responded within 48 h of capture (B14's
  /// standard), and resolved within 5 days of capture (Shenzhen's urgent cycle, B14).
  var urgentCaptured = 0
  var urgentRespondedWithin48h = 0
  var urgentResolvedWithin5Days = 0
  /// The same window's requests, community by community (the per-community metrics).
  var byCommunity: [CommunityScorecard]

  init(communities: Int) {
    byCommunity = Array(repeating: CommunityScorecard(), count: communities)
  }

  /// A request of `tier` in community `c` is captured `days` after its need arose.
  mutating func recordCapture(days: Double, tier: Int, community c: Int) {
    capture.record(days, tier: tier)
    byCommunity[c].recordCapture(tier: tier)
    if tier == RequestTier.urgent.rawValue { urgentCaptured += 1 }
  }

  /// A caseworker starts on a request of `tier` in community `c` `days` after its capture.
  mutating func recordFirstResponse(days: Double, tier: Int, community c: Int) {
    firstResponse.record(days, tier: tier)
    byCommunity[c].recordFirstResponse(days: days, tier: tier)
    if tier == RequestTier.urgent.rawValue && days <= 2 { urgentRespondedWithin48h += 1 }
  }

  /// A request of `tier` in community `c` is resolved `days` after its capture and
  /// `endToEndDays` after its need arose.
  mutating func recordResolution(days: Double, endToEndDays: Double, tier: Int, community c: Int) {
    byCommunity[c].recordResolution(days: days)
    response.record(days, tier: tier)
    distribution.record(days)
    histogram.record(days: days, tier: tier)
    endToEnd.record(endToEndDays, tier: tier)
    if tier == RequestTier.urgent.rawValue && days <= 5 { urgentResolvedWithin5Days += 1 }
  }
}
