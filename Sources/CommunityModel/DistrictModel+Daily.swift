import SimKernel

extension DistrictModel {
  /// Midnight: settles the day's money, applies the day's lapsed needs, records the day's row, rebases the
  /// satisfaction ledger every min(τ, 60 days), and schedules the next midnight.
  mutating func dayEnds(_ context: inout SimContext<CommunityEvent>) {
    settleMoney()
    applyLapses(ofDayEndingAt: context.now)
    recordDay(at: context.now)
    if context.now.days - ledger.reference >= min(Self.ledgerRebaseDays, ledger.relaxationDays) {
      ledger.rebase(atDay: context.now.days, residents: &residents)
    }
    context.schedule(.dayEnds, at: context.now + .day, priority: .late)
  }

  /// Longest interval between rebases of the satisfaction ledger [days]; it rebases at least
  /// every τ, so stored deviations never grow by more than a factor e.
  static var ledgerRebaseDays: Double { 60 }

  /// Appends the row of the day ending at `time` (see ``DayCounts/names``) and clears the
  /// day's counts.
  mutating func recordDay(at time: SimTime) {
    let staff = communities.reduce(0) { $0 + $1.account.staff }
    daily.values.append([
      Double(openRequests),
      100 * ledger.mean(groups: 0..<ledger.residents.count, atDay: time.days),
      Double(today.arrived),
      Double(today.resolved),
      today.resolved > 0 ? today.responseDaysSum / Double(today.resolved) : .nan,
      Double(staff),
      Double(money.held.reduce(0, +)) / 100,
      Double(backlogs.reduce(0) { $0 + $1.count }),
    ])
    today = DayCounts()
  }

  /// End of the warm-up: time-based statistics restart; request counts follow the needs
  /// that arise from now on.
  mutating func warmupEnds(at now: SimTime) {
    windowClock = clock.elapsed(at: now)
    for c in communities.indices { communities[c].account.reset(at: windowClock) }
    for f in facilities.indices {
      facilities[f].pool.resetStatistics(at: now)
      facilities[f].arrived = 0
      facilities[f].turnedAway = 0
      facilities[f].gaveUp = 0
    }
    for f in facilities.indices {
      facilities[f].busyAreaAtCycle = 0
      facilities[f].capacityAreaAtCycle = 0
    }
    moneyAtWindowStart = money
    for r in staffOnRoll.indices { staffOnRoll[r].reset(at: now) }
    caseworkOnRoll.reset(at: now)
  }
}
