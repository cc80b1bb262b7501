/// What shortfalls did in the statistics window (``ShortfallPolicy``; `+Shortfall`).
struct ShortfallCounts: Codable {
  /// Days that ended with a community owing arrears, summed over communities.
  var communityDays = 0
  /// Σ over midnights of the posts a hiring freeze held vacant [post-days].
  var frozenPostDays = 0
  /// Σ over midnights of the facility places closed by a shortfall [place-days].
  var placesClosedDays = 0
}
