import SimKernel

extension DistrictModel {
  /// PPP policy `p` starts (L5; digest §2.6): in every community an operator takes over the
  /// facility (ending a partnership already there), invests its capital in added places
  /// (social capital spent on projects, open after construction), and holds the contract
  /// from now. Take-up and fee per cohort are computed here, once for the partnership.
  /// O(communities × (cohorts + partnerships)).
  mutating func startPartnership(_ p: Int, _ context: inout SimContext<CommunityEvent>) {
    let policy = scenario.ppp[p]
    let takeUp = scenario.cohorts.indices.map { policy.takeUp(ofCohort: $0) }
    let feeFen = scenario.cohorts.indices.map { Self.fen(policy.expectedFeeCNY(ofCohort: $0)) }
    for c in communities.indices {
      let f = c * scenario.facilities.count + policy.facility
      for current in operators.indices where operators[current].facility == f && !operators[current].ended {
        endPartnership(current, at: context.now, &context)
      }
      let added = Int(perThousand: policy.addedPlacesPerThousand, of: communities[c].residents)
      let o = operators.count
      operators.append(
        PPPOperator(
          policy: p, facility: f, addedPlaces: added, takeUp: takeUp, feeFen: feeFen, thins: policy.respondsToPrice,
          takeUpStream: streams.stream(.pppTakeUp(community: c, type: policy.facility)),
          visitStream: streams.stream(.pppVisits(community: c, type: policy.facility)),
          tenderStream: streams.stream(.pppTenders(community: c, type: policy.facility))))
      let capital = Self.fen(Double(added) * policy.capitalPerPlaceCNY)
      money.receive(capital, from: .socialCapital, community: c)
      money.spend(capital, on: .projects, community: c, leakage: 0, sources: FundingSource.socialCapitalOnly)
      pppTotals.capital += capital
      if added > 0 {
        context.schedule(.operatorPlacesOpen(operator: UInt32(o)), at: context.now + .days(policy.constructionDays))
      }
      beginTenure(o, at: context.now)
    }
  }

  /// An operator takes the contract of partnership `o` at `now`: it runs the facility, with
  /// fresh accounts, its first review a review period away and its contract's end a contract
  /// length away.
  mutating func beginTenure(_ o: Int, at now: SimTime) {
    let policy = scenario.ppp[operators[o].policy]
    operators[o].active = true
    operators[o].period = PPPAccounts()
    operators[o].feesToday = 0
    operators[o].cash = 0
    operators[o].nextReview = now + .days(policy.reviewDays)
    operators[o].contractEnd = policy.contractDays.map { now + .days($0) }
    facilities[operators[o].facility].operatedBy = o
  }

  mutating func operatorPlacesOpen(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    guard !operators[o].ended else { return }
    operators[o].addedOpen = true
    changePlaces(of: operators[o].facility, by: operators[o].addedPlaces, at: context.now, &context)
  }

  /// A resident of cohort `k` would visit facility `f`, which operator `o` runs: whether the
  /// resident comes at the cohort's fee (a draw from the take-up stream, when residents
  /// answer fees), counted by cohort. O(1), no allocation.
  @inline(__always)
  mutating func comesAtFee(_ o: Int, cohort k: Int) -> Bool {
    if operators[o].thins && operators[o].takeUpStream.nextUnit() >= operators[o].takeUp[k] {
      pppTotals.byCohort[k].declined += 1
      return false
    }
    pppTotals.byCohort[k].came += 1
    return true
  }

  /// A visit by a resident of cohort `k` starts at a facility operator `o` runs: the
  /// cohort's fee is charged. O(1).
  @inline(__always)
  mutating func chargeFee(_ o: Int, cohort k: Int) {
    let fee = operators[o].feeFen[k]
    operators[o].feesToday += fee
    pppTotals.accounts.fees += fee
    pppTotals.byCohort[k].paid += fee
  }

  /// The operator's day: the day's fees, its running cost, and the subsidy the community
  /// pays it (purchased services, with leakage). Fees are the operator's income and stay off
  /// the community's ledger; the surplus is the operator's cash. When fees and subsidy fall
  /// short of the cost and its cash cannot cover the rest, the enterprise puts in its own
  /// money: that net outlay is social capital, received and spent on facility operation.
  mutating func settleOperatorDay(_ o: Int) {
    let policy = scenario.ppp[operators[o].policy]
    let f = operators[o].facility
    let c = facilities[f].community
    let places = Double(facilities[f].places)
    let subsidy = money.spend(
      Self.fen(places * policy.subsidyPerPlacePerYearCNY / 365), on: .services, community: c,
      leakage: scenario.budget.leakageShare)
    let day = PPPAccounts(
      fees: operators[o].feesToday, subsidy: subsidy,
      cost: Self.fen(places * policy.operatingCostPerPlacePerYearCNY / 365))
    operators[o].feesToday = 0
    operators[o].period += day
    pppTotals.accounts.subsidy += day.subsidy
    pppTotals.accounts.cost += day.cost
    operators[o].cash += day.profit
    if operators[o].cash < 0 {
      let outlay = -operators[o].cash
      money.receive(outlay, from: .socialCapital, community: c)
      money.spend(outlay, on: .facilityOperation, community: c, leakage: 0, sources: FundingSource.socialCapitalOnly)
      pppTotals.outlay += outlay
      operators[o].cash = 0
    }
  }

  /// At midnight, after the day's accounts: each operator whose review is due stays if fees
  /// plus subsidy covered its cost over the period, and otherwise exits; an operator whose
  /// contract has run out leaves for the re-tender. O(partnerships).
  mutating func reviewOperators(_ context: inout SimContext<CommunityEvent>) {
    let now = context.now
    for o in operators.indices where operators[o].active {
      if operators[o].nextReview <= now {
        if !operators[o].period.covered {
          if inWindow(now) { operatorExits += 1 }
          endTenure(o, &context)
          continue
        }
        operators[o].period = PPPAccounts()
        operators[o].nextReview = now + .days(scenario.ppp[operators[o].policy].reviewDays)
      }
      if let end = operators[o].contractEnd, end <= now {
        if inWindow(now) { contractsEnded += 1 }
        endTenure(o, &context)
      }
    }
  }

  /// The operator of partnership `o` leaves (it exited, or its contract ended): the whole
  /// facility closes for a gap drawn from the policy's gap distribution (visits in progress
  /// finish; waiting visitors wait until their patience runs out), after which a new
  /// operator or the community takes over (``serviceResumes(_:_:)``).
  mutating func endTenure(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    let f = operators[o].facility
    operators[o].active = false
    facilities[f].operatedBy = nil
    let gapDays = scenario.ppp[operators[o].policy].retenderGapDays.sample(using: &operators[o].tenderStream)
    guard gapDays > 0 else {
      serviceResumes(o, &context)
      return
    }
    operators[o].gapStart = context.now
    facilities[f].suspended = true
    facilities[f].setCapacity(0, at: context.now, endTimes: &visitEndTimes)
    context.schedule(
      .serviceResumes(operator: UInt32(o)), at: context.now + SimDuration(sampling: gapDays, unit: .day))
  }

  /// The gap in service of partnership `o` is over: with re-tendering a new operator takes
  /// the contract on the same terms; otherwise the partnership ends and the community runs
  /// the facility again.
  mutating func serviceResumes(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    guard !operators[o].ended else { return }
    closeGap(o, at: context.now, &context)
    guard scenario.ppp[operators[o].policy].retenders else {
      endPartnership(o, at: context.now, &context)
      return
    }
    if inWindow(context.now) { retenders += 1 }
    beginTenure(o, at: context.now)
  }

  /// Partnership `o` ends (the community takes the facility back, or a newer partnership
  /// replaces it): its added places close (as visits end) and any gap in service is over.
  mutating func endPartnership(_ o: Int, at now: SimTime, _ context: inout SimContext<CommunityEvent>) {
    closeGap(o, at: now, &context)
    let f = operators[o].facility
    operators[o].active = false
    operators[o].ended = true
    if facilities[f].operatedBy == o { facilities[f].operatedBy = nil }
    if operators[o].addedOpen { changePlaces(of: f, by: -operators[o].addedPlaces, at: now, &context) }
  }

  /// Ends partnership `o`'s gap in service, if one is open: the facility reopens (at once
  /// if within its hours) and the gap's days in the window are counted.
  mutating func closeGap(_ o: Int, at now: SimTime, _ context: inout SimContext<CommunityEvent>) {
    guard let start = operators[o].gapStart else { return }
    operators[o].gapStart = nil
    closedGapDays += windowDays(from: start, to: now)
    let f = operators[o].facility
    facilities[f].suspended = false
    if facilities[f].hours.isOpen(at: now) { openAllPlaces(f, at: now, &context) }
  }

  /// Days of the statistics window between `start` and `end`.
  func windowDays(from start: SimTime, to end: SimTime) -> Double {
    let from = max(start, warmupEnd)
    let to = min(end, horizon)
    return to > from ? (to - from).seconds / 86_400 : 0
  }

  /// Days of service gap in the window up to `now`: the gaps that ended and those still open.
  func serviceGapDays(at now: SimTime) -> Double {
    operators.reduce(closedGapDays) { total, op in
      guard let start = op.gapStart else { return total }
      return total + windowDays(from: start, to: now)
    }
  }
}
