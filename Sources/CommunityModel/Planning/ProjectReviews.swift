/// What a project's approval reviews will find, drawn at its proposal
/// (``DistrictModel/drawReviews(_:using:)``): whether it is meant to divert money, and at each
/// level whether the review catches that intent and whether the level turns it down on its
/// merits.
struct ProjectReviews {
  var intent: Bool
  /// By level, in the order the levels review it.
  var caught: [Bool]
  var turnedDown: [Bool]
  /// Whether disclosed accounts expose an intent no review caught.
  var exposed: Bool

  /// How a route of `reviews` reviews (at most the levels drawn) ends, and after how many: a
  /// review that catches an intent, or turns the proposal down, ends the route there; a
  /// proposal through every review is built, misused unless disclosure exposed an intent.
  /// O(reviews).
  func route(through reviews: Int) -> (outcome: Project.Outcome, reviewed: Int) {
    var outcome = Project.Outcome.delivered
    var reviewed = 0
    while reviewed < reviews && outcome == .delivered {
      if intent && caught[reviewed] {
        outcome = .rejectedForMisuse
      } else if turnedDown[reviewed] {
        outcome = .rejected
      }
      reviewed += 1
    }
    if outcome == .delivered && intent { outcome = exposed ? .misuseStopped : .misused }
    return (outcome, reviewed)
  }
}
