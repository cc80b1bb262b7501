import SimKernel

extension DistrictModel {
  /// At midnight, after the day's money: a community that owes arrears is in shortfall, one
  /// that owes none is not. Entering a shortfall closes the share of its facility places the
  /// policy does not keep; leaving it reopens them and restarts the recruitment of the posts
  /// its hiring freeze held (``ShortfallPolicy``). Counts, for the day that starts if it is
  /// in the window, its shortfall days, frozen post-days and closed place-days (so the
  /// run's first day, before any money is due, is never in shortfall). O(communities +
  /// facilities), plus the frozen posts of a community whose shortfall ends.
  mutating func updateShortfalls(_ now: SimTime, _ context: inout SimContext<CommunityEvent>) {
    let window = inWindow(now)
    for c in communities.indices {
      let short = money.owesArrears(c)
      if short != inShortfall[c] {
        inShortfall[c] = short
        if short { beginShortfall(community: c, at: now, &context) } else { endShortfall(community: c, &context) }
      }
      guard window else { continue }
      if short { shortfallCounts.communityDays += 1 }
      shortfallCounts.frozenPostDays += frozenPosts[c].count
    }
    guard window else { return }
    for f in facilities.indices { shortfallCounts.placesClosedDays += facilities[f].closedForShortfall }
  }

  /// Community `c` enters a shortfall: each facility it runs keeps
  /// ``ShortfallPolicy/facilityPlacesKept`` of its places (rounded) and closes the rest.
  mutating func beginShortfall(community c: Int, at now: SimTime, _ context: inout SimContext<CommunityEvent>) {
    let kept = scenario.budget.shortfall.facilityPlacesKept
    guard kept < 1 else { return }
    for f in facilityRange(of: c) where facilities[f].operatedBy == nil {
      let closed = facilities[f].places - Int((Double(facilities[f].places) * kept).rounded())
      guard closed > 0 else { continue }
      facilities[f].closedForShortfall = closed
      changePlaces(of: f, by: -closed, at: now, &context)
    }
  }

  /// Community `c` owes nothing any more: its closed places reopen and every post its freeze
  /// held vacant starts recruiting again (a new hiring lag).
  mutating func endShortfall(community c: Int, _ context: inout SimContext<CommunityEvent>) {
    for f in facilityRange(of: c) where facilities[f].closedForShortfall > 0 {
      let closed = facilities[f].closedForShortfall
      facilities[f].closedForShortfall = 0
      changePlaces(of: f, by: closed, at: context.now, &context)
    }
    let frozen = frozenPosts[c]
    frozenPosts[c].removeAll(keepingCapacity: true)
    for w in frozen where !workers[Int(w)].abolished { scheduleRefill(w, &context) }
  }

  /// Whether a paid post of community `c` may be filled now: not while a hiring freeze holds.
  func hiringFrozen(community c: Int, payRatio: Double) -> Bool {
    payRatio > 0 && inShortfall[c] && scenario.budget.shortfall.hiringFreeze
  }

  /// Facility instances of community `c`.
  func facilityRange(of c: Int) -> Range<Int> {
    let types = scenario.facilities.count
    return c * types..<(c + 1) * types
  }
}
