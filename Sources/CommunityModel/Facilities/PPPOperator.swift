import SimKernel

/// A PPP partnership in one community (L5): the facility it runs, the places its capital
/// added, and the operator holding the contract now. An operator's exit or the end of its
/// contract opens a gap in service; after it a new operator takes the contract on the same
/// terms (a new tenure), or the community runs the facility again and the partnership ends.
struct PPPOperator: Codable {
  /// Index into ``Scenario/ppp`` of its policy.
  var policy: Int
  /// Index into the model's facility instances.
  var facility: Int
  /// Places the partnership added (open once built; they stay with the facility across
  /// tenures, and close when the partnership ends).
  var addedPlaces: Int
  var addedOpen = false
  /// An operator runs the facility now (not during a gap, nor after the end).
  var active = true
  /// The partnership is over: replaced by a newer one, or handed back to the community.
  var ended = false
  /// The current operator's next review of its accounts, and the end of its contract (`nil`:
  /// none), each taken at the first midnight from then (``DistrictModel/reviewOperators(_:)``).
  var nextReview = SimTime.zero
  var contractEnd: SimTime?
  /// When the current gap in service started, while one lasts.
  var gapStart: SimTime?
  /// Per cohort: the share of would-be visitors who come (``PPPPolicy/takeUp(ofCohort:)``)
  /// and the fee each visit is charged [fen], precomputed at the start.
  let takeUp: [Double]
  let feeFen: [Int64]
  /// ``PPPPolicy/respondsToPrice``: arrivals are thinned with ``takeUpStream`` (one draw
  /// per arrival), and visit lengths and patience come from ``visitStream``, so that the
  /// facility's own stream draws only the arrivals, the same whatever the fee.
  let thins: Bool
  var takeUpStream: RandomStream
  var visitStream: RandomStream
  /// Gaps between operators.
  var tenderStream: RandomStream
  /// The current operator's accounts since its last review.
  var period = PPPAccounts()
  /// Fees charged since the last day's settlement [fen].
  var feesToday: Int64 = 0
  /// The current operator's cash: its surplus so far, never negative (a shortfall is met
  /// with its own money, booked as social capital) [fen].
  var cash: Int64 = 0
}
