import SimKernel

extension DistrictModel {
  /// PPP policy `p` starts (L5; digest §2.6): in every community an operator takes over the
  /// facility, invests its capital in added places (social capital spent on projects, open
  /// after construction), and reviews its accounts every review period.
  mutating func startPartnership(_ p: Int, _ context: inout SimContext<CommunityEvent>) {
    let policy = scenario.ppp[p]
    for c in communities.indices {
      let f = c * scenario.facilities.count + policy.facility
      if let current = facilities[f].operatedBy { retireOperator(current, at: context.now, exit: false, &context) }
      let added = Int(perThousand: policy.addedPlacesPerThousand, of: communities[c].residents)
      let o = operators.count
      operators.append(PPPOperator(policy: p, facility: f, addedPlaces: added))
      facilities[f].operatedBy = o
      let capital = Self.fen(Double(added) * policy.capitalPerPlaceCNY)
      money.receive(capital, from: .socialCapital, community: c)
      money.spend(capital, on: .projects, community: c, leakage: 0, sources: FundingSource.socialCapitalOnly)
      if added > 0 {
        context.schedule(.operatorPlacesOpen(operator: UInt32(o)), at: context.now + .days(policy.constructionDays))
      }
      context.schedule(.operatorReview(operator: UInt32(o)), at: context.now + .days(policy.reviewDays))
    }
  }

  mutating func operatorPlacesOpen(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    guard operators[o].active else { return }
    operators[o].addedOpen = true
    changePlaces(of: operators[o].facility, by: operators[o].addedPlaces, at: context.now, &context)
  }

  /// The operator's day: its running cost, the subsidy the community pays it (purchased
  /// services, with leakage), and fees from the paying share of the day's visits. The part
  /// of its cost the subsidy does not cover is the enterprise's money: social capital
  /// received and spent on facility operation.
  mutating func settleOperatorDay(_ o: Int) {
    let policy = scenario.ppp[operators[o].policy]
    let f = operators[o].facility
    let c = facilities[f].community
    let places = Double(facilities[f].places)
    let cost = places * policy.operatingCostPerPlacePerYearCNY / 365
    let subsidy =
      Double(
        money.spend(
          Self.fen(places * policy.subsidyPerPlacePerYearCNY / 365), on: .services, community: c,
          leakage: scenario.budget.leakageShare)) / 100
    let own = Self.fen(max(0, cost - subsidy))
    money.receive(own, from: .socialCapital, community: c)
    money.spend(own, on: .facilityOperation, community: c, leakage: 0, sources: FundingSource.socialCapitalOnly)
    operators[o].cost += cost
    operators[o].subsidy += subsidy
    operators[o].revenue += Double(facilities[f].startedToday) * (1 - policy.publicBenefitShare) * policy.feePerVisitCNY
    facilities[f].startedToday = 0
  }

  /// The operator reviews the period: it stays if fees plus subsidy covered its cost,
  /// otherwise it exits.
  mutating func operatorReview(_ o: Int, _ context: inout SimContext<CommunityEvent>) {
    guard operators[o].active else { return }
    let policy = scenario.ppp[operators[o].policy]
    if operators[o].revenue + operators[o].subsidy < operators[o].cost {
      retireOperator(o, at: context.now, exit: true, &context)
      return
    }
    operators[o].revenue = 0
    operators[o].subsidy = 0
    operators[o].cost = 0
    context.schedule(.operatorReview(operator: UInt32(o)), at: context.now + .days(policy.reviewDays))
  }

  /// Operator `o` stops: its added places close (as visits end), and the community runs
  /// the facility again. `exit`: it left for lack of revenue (counted), rather than being
  /// replaced by a new partnership.
  mutating func retireOperator(_ o: Int, at now: SimTime, exit: Bool, _ context: inout SimContext<CommunityEvent>) {
    operators[o].active = false
    let f = operators[o].facility
    facilities[f].operatedBy = nil
    facilities[f].startedToday = 0
    if operators[o].addedOpen { changePlaces(of: f, by: -operators[o].addedPlaces, at: now, &context) }
    if exit && inWindow(now) { operatorExits += 1 }
  }
}
