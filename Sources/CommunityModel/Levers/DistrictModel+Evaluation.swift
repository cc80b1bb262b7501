import SimKernel

extension DistrictModel {
  /// Performance evaluation (L9; F21): the district ranks its communities on the governance
  /// index of the period since the last evaluation (``governanceIndicators(community:_:)``),
  /// and until the next one the top share of them draw the funding bonus on their government
  /// appropriation, paid for by the others: the district's appropriation is moved, never
  /// added to (``governmentShares()``). O(residents + facilities + communities log
  /// communities).
  mutating func evaluate(_ context: inout SimContext<CommunityEvent>) {
    guard let policy = scenario.evaluation else { return }
    let now = context.now
    let scores = communities.indices.map { c in
      GovernanceIndicator.index(governanceIndicators(community: c, .sinceEvaluation(at: now)))
    }
    let ranked = communities.indices.sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
    let winners = Int((policy.topShare * Double(communities.count)).rounded())
    let base = communities.indices.map { Double(communities[$0].residents) }
    let winnersBase = ranked.prefix(winners).reduce(0) { $0 + base[$1] }
    let othersBase = ranked.dropFirst(winners).reduce(0) { $0 + base[$1] }
    // Winners' bonus, paid by an equal total cut to the others (none if all win or none do);
    // the others give at most all they have, and the bonus shrinks to match.
    let contested = othersBase > 0 && winnersBase > 0
    let cut = contested ? min(1, policy.fundingBonus * winnersBase / othersBase) : 0
    let bonus = contested ? cut * othersBase / winnersBase : 0
    for (rank, c) in ranked.enumerated() { fundingMultiplier[c] = rank < winners ? 1 + bonus : 1 - cut }
    scorecardsAtEvaluation = scorecards
    for c in communities.indices {
      (spentAtEvaluation[c], leakedAtEvaluation[c]) = (money.spent(by: c), money.leakedBy[c])
    }
    for f in facilities.indices {
      facilities[f].areasAtEvaluation = facilities[f].areas(at: now, endTimes: visitEndTimes)
    }
    context.schedule(.evaluation, at: now + .days(policy.evaluationDays))
  }

  /// The period a community's governance indicators cover.
  enum IndicatorPeriod {
    /// The statistics window, its requests followed through the drain (per-community metrics,
    /// on the model at the horizon).
    case window(at: SimTime)
    /// Since the last evaluation (or the start of the window, or of the run), every request
    /// (what the evaluation sees at `at`).
    case sinceEvaluation(at: SimTime)
  }

  /// Community `c`'s six governance indicators over `period`, each defined as the district's
  /// (`Docs/policies.md`): mean response time of casework-resolved requests; the share of its
  /// residents satisfied now; the mean over its facility types of occupied ÷ open places;
  /// urgent requests first answered within 48 h; the share of its residents who took part in
  /// the window so far; money reaching its use. O(residents of `c` + facility types).
  func governanceIndicators(community c: Int, _ period: IndicatorPeriod) -> [GovernanceIndicator: Double] {
    let card: CommunityScorecard
    let now: SimTime
    var spent = money.spent(by: c)
    var leaked = money.leakedBy[c]
    switch period {
    case .window(let time):
      (card, now) = (responses.byCommunity[c], time)
      spent -= moneyAtWindowStart.spent(by: c)
      leaked -= moneyAtWindowStart.leakedBy[c]
    case .sinceEvaluation(let time):
      (card, now) = (scorecards[c].since(scorecardsAtEvaluation[c]), time)
      spent -= spentAtEvaluation[c]
      leaked -= leakedAtEvaluation[c]
    }
    let residentRange = communities[c].cohortStarts.first!..<communities[c].cohortStarts.last!
    let decay = ledger.decay(atDay: now.days)
    let threshold = scenario.satisfaction.satisfiedThreshold
    var satisfied = 0
    var tookPart = 0
    for i in residentRange {
      if satisfaction(of: i, decay: decay) >= threshold { satisfied += 1 }
      if residents[i].hasTakenPart { tookPart += 1 }
    }
    var utilizations: [Double] = []
    for f in facilityRange(of: c) {
      let areas = facilities[f].areas(at: now, endTimes: visitEndTimes)
      var (busy, capacity) = (areas.busy, areas.capacity)
      if case .sinceEvaluation = period {
        busy -= facilities[f].areasAtEvaluation.busy
        capacity -= facilities[f].areasAtEvaluation.capacity
      }
      if capacity > 0 { utilizations.append(busy / capacity) }
    }
    let count = Double(residentRange.count)
    return [
      .responseWithin5Days: card.meanResponseDays,
      .satisfaction: Double(satisfied) / count,
      .facilityUtilization: utilizations.isEmpty ? .nan : utilizations.reduce(0, +) / Double(utilizations.count),
      .urgentWithin48h: card.urgentWithin48hShare,
      .participation: Double(tookPart) / count,
      .budgetReachingServices: spent + leaked > 0 ? Double(spent) / Double(spent + leaked) : .nan,
    ]
  }
}
