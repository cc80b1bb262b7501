import SimKernel

extension DistrictModel {
  /// The day's money flows in every community, at midnight (brief §2 "Budgets"):
  /// appropriations accrue (1/365 of the annual amount; government × the community's
  /// performance multiplier), staff on roll are paid, facilities the community runs cost
  /// their running cost, and PPP operators settle their day (`+PPP`).
  /// O(posts + facilities + operators).
  mutating func settleMoney() {
    let budget = scenario.budget
    for c in communities.indices {
      let residents = Double(communities[c].residents)
      for source in FundingSource.allCases {
        var annual = budget.annualPerResident[source.rawValue] * residents
        if source == .government { annual *= fundingMultiplier[c] }
        money.receive(Self.fen(annual / 365), from: source, community: c)
      }
    }
    // Pay ratios on roll per community, in a buffer kept between days (no allocation).
    for c in payRatiosOnRoll.indices { payRatiosOnRoll[c] = 0 }
    for worker in workers where worker.state != .vacant {
      payRatiosOnRoll[Int(worker.community)] += scenario.roles[Int(worker.role)].payRatio
    }
    let dailyWage = budget.localAverageMonthlyWage * 12 / 365
    for c in communities.indices {
      money.spend(Self.fen(payRatiosOnRoll[c] * dailyWage), on: .salaries, community: c, leakage: 0)
    }
    for f in facilities.indices where facilities[f].operatedBy == nil {
      let spec = scenario.facilities[facilities[f].spec]
      let cost = Double(facilities[f].places) * spec.operatingCostPerPlacePerYearCNY / 365
      money.spend(
        Self.fen(cost), on: .facilityOperation, community: facilities[f].community, leakage: budget.leakageShare)
    }
    for o in operators.indices where operators[o].active { settleOperatorDay(o) }
  }

  /// `cny` in whole fen, rounded to nearest.
  static func fen(_ cny: Double) -> Int64 { Int64((cny * 100).rounded()) }
}
