import SimKernel

extension DistrictModel {
  /// The day's money flows in every community, at midnight (brief §2 "Budgets"):
  /// appropriations accrue (1/365 of the annual amount; the district's government money
  /// divided by the communities' performance weights, L9), arrears are paid first, then staff on roll, then the running
  /// costs of the facilities the community runs and of its cameras (what the fund cannot pay is owed as
  /// arrears), and PPP operators settle their day (`+PPP`). Then each community's shortfall
  /// state follows from what it still owes (`+Shortfall`).
  /// O(posts + facilities + communities + operators).
  mutating func settleMoney(_ context: inout SimContext<CommunityEvent>) {
    let budget = scenario.budget
    // The district's government appropriation for the day: the pool the evaluation divides
    // (L9). The last community gets what the others leave, so the pool is paid out to the fen.
    let government = FundingSource.government.rawValue
    var pool: Int64 = 0
    for c in communities.indices {
      pool += Self.fen(appropriation(of: c)[government] * Double(communities[c].residents) / 365)
    }
    for c in communities.indices {
      let residents = Double(communities[c].residents)
      let perResident = appropriation(of: c)
      for source in FundingSource.allCases {
        var amount = Self.fen(perResident[source.rawValue] * residents / 365)
        if source == .government {
          amount =
            c == communities.count - 1
            ? pool : min(pool, Self.fen(perResident[government] * residents * fundingMultiplier[c] / 365))
          pool -= amount
        }
        money.receive(amount, from: source, community: c)
      }
    }
    // Pay ratios on roll per community, in a buffer kept between days (no allocation).
    for c in payRatiosOnRoll.indices { payRatiosOnRoll[c] = 0 }
    for w in workers.indices where workers[w].state != .vacant {
      payRatiosOnRoll[Int(workers[w].community)] += payRatio(ofPost: w)
    }
    let dailyWage = budget.localAverageMonthlyWage * 12 / 365
    for c in communities.indices {
      money.payArrears(community: c, leakage: budget.leakageShare)
      money.owe(Self.fen(payRatiosOnRoll[c] * dailyWage), on: .salaries, community: c, leakage: 0)
    }
    for f in facilities.indices where facilities[f].operatedBy == nil {
      let spec = scenario.facilities[facilities[f].spec]
      let cost = Double(facilities[f].places) * spec.operatingCostPerPlacePerYearCNY / 365
      money.owe(
        Self.fen(cost), on: .facilityOperation, community: facilities[f].community, leakage: budget.leakageShare)
    }
    if let security = scenario.security, security.cameraCostPerYearCNY > 0 {
      for c in communities.indices where cameras[c] > 0 {
        money.owe(
          Self.fen(Double(cameras[c]) * security.cameraCostPerYearCNY / 365), on: .security, community: c,
          leakage: budget.leakageShare)
      }
    }
    for o in operators.indices where operators[o].active { settleOperatorDay(o) }
    updateShortfalls(context.now, &context)
  }

  /// Community `c`'s appropriation per resident per year [CNY] by funding source: its own if
  /// it states one, else the budget's. O(1).
  func appropriation(of c: Int) -> [Double] {
    scenario.communities[c].annualPerResident ?? scenario.budget.annualPerResident
  }

  /// The ledger at the start of the run: every community's opening fund balances received,
  /// before any window, so they count in no window's receipts. O(communities × sources).
  static func openingLedger(_ communities: [CommunitySpec]) -> MoneyLedger {
    var money = MoneyLedger(communities: communities.count)
    for (c, community) in communities.enumerated() {
      for (source, cny) in zip(FundingSource.allCases, community.openingBalanceCNY) where cny > 0 {
        money.receive(fen(cny), from: source, community: c)
      }
    }
    return money
  }

  /// `cny` in whole fen, rounded to nearest.
  static func fen(_ cny: Double) -> Int64 { Int64((cny * 100).rounded()) }
}
