import SimKernel

extension DistrictModel {
  /// Midnight: settles the day's money, applies the day's lapsed needs, records the day's row, rebases the
  /// satisfaction ledger every min(τ, 60 days), and schedules the next midnight.
  mutating func dayEnds(_ context: inout SimContext<CommunityEvent>) {
    settleMoney(&context)
    reviewOperators(&context)
    applyLapses(ofDayEndingAt: context.now)
    recordDay(at: context.now)
    if scenario.outreach.isOn {
      let day = context.now.dayIndex - 1
      for c in communities.indices { updateOutreachRate(community: c, day: day, at: context.now) }
    }
    if context.now.days - ledger.reference >= min(Self.ledgerRebaseDays, ledger.relaxationDays) {
      ledger.rebase(atDay: context.now.days, residents: &residents)
    }
    context.schedule(.dayEnds, at: context.now + .day, priority: .late)
  }

  /// Longest interval between rebases of the satisfaction ledger [days]; it rebases at least
  /// every τ, so stored deviations never grow by more than a factor e.
  static var ledgerRebaseDays: Double { 60 }

  /// Appends the row of the day ending at `time`, in the order of ``MetricCatalog/dailySeries``,
  /// and clears the day's counts.
  mutating func recordDay(at time: SimTime) {
    let staff = communities.reduce(0) { $0 + $1.account.staff }
    let (paid, idle) = workTotals(at: time)
    let busyShare = paid > paidAtDayStart ? 1 - Double(idle - idleAtDayStart) / Double(paid - paidAtDayStart) : .nan
    (paidAtDayStart, idleAtDayStart) = (paid, idle)
    daily.values.append([
      Double(openRequests),
      100 * ledger.mean(groups: 0..<ledger.residents.count, atDay: time.days),
      Double(today.arrived),
      Double(today.resolved),
      today.resolved > 0 ? today.responseDaysSum / Double(today.resolved) : .nan,
      Double(staff),
      Double(money.held.reduce(0, +)) / 100,
      Double(backlogs.reduce(0) { $0 + $1.count }),
      busyShare,
    ])
    today = DayCounts()
  }

  /// Casework staff's paid and idle working time so far, summed over communities [s of working
  /// time], with every account integrated up to `time`. O(communities).
  mutating func workTotals(at time: SimTime) -> (paid: Int64, idle: Int64) {
    let now = clock.elapsed(at: time)
    var paid: Int64 = 0
    var idle: Int64 = 0
    for c in communities.indices {
      communities[c].account.advance(to: now)
      paid += communities[c].account.paid
      idle += communities[c].account.idleTime
    }
    return (paid, idle)
  }

  /// End of the warm-up: time-based statistics restart; request counts follow the needs
  /// that arise from now on.
  mutating func warmupEnds(at now: SimTime) {
    windowClock = clock.elapsed(at: now)
    // The accounts restart from zero: carry the day's totals so far into the day's baseline.
    let (paid, idle) = workTotals(at: now)
    paidAtDayStart -= paid
    idleAtDayStart -= idle
    for c in communities.indices { communities[c].account.reset(at: windowClock) }
    for d in departments.indices {
      departments[d].advance(to: now)
      departments[d].busyArea = 0
      departments[d].windowClock = departments[d].busyClock
    }
    for f in facilities.indices {
      facilities[f].resetStatistics(at: now, endTimes: &visitEndTimes)
      facilities[f].arrived = 0
      facilities[f].turnedAway = 0
      facilities[f].gaveUp = 0
    }
    for f in facilities.indices {
      facilities[f].busyAreaAtCycle = 0
      facilities[f].capacityAreaAtCycle = 0
      facilities[f].areasAtEvaluation = FacilityInstance.Areas(busy: 0, capacity: 0)
    }
    moneyAtWindowStart = money
    pppTotalsAtWindowStart = pppTotals
    for r in staffOnRoll.indices { staffOnRoll[r].reset(at: now) }
    paidOnRoll.reset(at: now)
    activeOffenders.reset(at: now)
    caseworkOnRoll.reset(at: now)
  }
}
