import SimKernel

extension DistrictModel {
  /// Runs replication `replication` of `scenario` under master seed `seed` from an empty
  /// district to the horizon (warm-up + days), then through the drain, and returns its
  /// metrics and daily series.
  ///
  /// Metrics of time (satisfaction, utilization, money, staff, facilities, projects) and the
  /// daily series are taken at the horizon. Then the run goes on for up to
  /// ``Scenario/drainDays``: needs keep arising and being served, so the window's requests
  /// meet the congestion they would have met, but nothing new is counted; the drain ends at
  /// the first midnight at which the requests of needs that arose in the window still open
  /// are at most ``Scenario/drainTolerance`` of those captured (``drainIsDone``). The
  /// request outcomes and the clock of a need (counts, response times) come from the end of
  /// the drain, so no request is cut off by the horizon (`Docs/experiments.md`).
  ///
  /// Deterministic: the same scenario, seed, replication and pairing give identical results
  /// on any thread. Replication r of two scenarios uses the same named random streams (common
  /// random numbers); with `antithetic`, replications 2k and 2k + 1 are an antithetic pair
  /// (see ``ReplicationStreams``).
  ///
  /// The simulation runs to each midnight in turn and calls `dayDone` with the days simulated
  /// so far (1 … ``Scenario/longestRunDays``; a drain that ends early reports its remaining
  /// days at once), so a long replication can show progress; events at a midnight wait for
  /// the next step, so the result is identical to one run to the horizon. ``ReplicationRun``
  /// does the same in steps (checkpoints and forks).
  /// - Precondition: `scenario` is valid (`Scenario.problems` is empty, as `ScenarioFile` checks).
  public static func runReplication(
    _ scenario: Scenario, seed: UInt64, replication: Int, antithetic: Bool = false, dayDone: ((Int) -> Void)? = nil
  ) -> ReplicationResult {
    ReplicationRun(scenario, seed: seed, replication: replication, antithetic: antithetic).finish(dayDone: dayDone)
  }

  /// Whether the drain may stop: the window's open casework requests (``openWindowRequests``)
  /// are at most ``Scenario/drainTolerance`` of its captured requests (none, at tolerance 0).
  var drainIsDone: Bool {
    Double(openWindowRequests) <= scenario.drainTolerance * Double(counts.captured)
  }

  /// The model as it stands at the horizon, for the metrics: its open window requests counted
  /// (``openAtHorizon``, and those with departments), its request slots and pending lapses, which no metric reads,
  /// dropped, so that the drain's writes to them copy nothing. It cannot run on. O(slots).
  var horizonRecord: DistrictModel {
    var record = self
    record.openAtHorizon = openWindowRequestsCaptured
    record.departmentCounts.openAtHorizon = windowRequestsWithDepartments
    record.requests = RequestPool(reservingCapacity: 0)
    record.lapses = LapseBook(days: 0)
    return record
  }

  /// Replaces this (horizon) model's request outcomes with those of `drained`, the same run
  /// after `drainDays` days of drain (``openAtHorizon`` was counted at the horizon).
  mutating func takeOutcomes(after drained: DistrictModel, drainDays: Int) {
    openAfterDrain = drained.openWindowRequestsCaptured
    self.drainDays = drainDays
    counts = drained.counts
    responses = drained.responses
  }

  /// Captured requests of the window still open (queued, in service, with a department or
  /// waiting for a project), counted from the request records, independently of the
  /// resolved and abandoned counters. O(slots).
  var openWindowRequestsCaptured: Int {
    requests.slots.reduce(0) { n, r in
      let open =
        r.state == .queued || r.state == .inService || r.state == .withDepartment || r.state == .awaitingProject
      return n + (open && r.inWindow && !r.isAdministrative ? 1 : 0)
    }
  }

  /// Every metric of the run, by catalog entry, in the catalog's order
  /// (``MetricCatalog/metrics(for:)``; `Docs/metrics.md`).
  func metrics() -> [MetricValue] {
    var out: [MetricValue] = []
    func add(_ metric: Metric, _ value: Double) { out.append(MetricValue(metric, value: value)) }
    let day = horizon.days
    let cohortCount = scenario.cohorts.count

    // Satisfaction.
    add(.satisfactionIndex, 100 * ledger.mean(groups: 0..<ledger.residents.count, atDay: day))
    var satisfied = 0
    let decay = ledger.decay(atDay: day)
    for i in 0..<residents.count where satisfaction(of: i, decay: decay) >= scenario.satisfaction.satisfiedThreshold {
      satisfied += 1
    }
    add(.satisfiedShare, Double(satisfied) / Double(residents.count))
    for (k, cohort) in scenario.cohorts.enumerated() {
      let groups = stride(from: k, to: ledger.residents.count, by: cohortCount)
      add(MetricFamily.satisfactionIndexByCohort[cohort.id], 100 * ledger.mean(groups: groups, atDay: day))
    }

    // The clock of a need: response (captured → resolved), then each interval by tier.
    add(.responseMeanDays, responses.response.all.meanOrNaN)
    add(.responseMedianDays, responses.distribution.quantile(0.5) ?? .nan)
    add(.responseP90Days, responses.distribution.quantile(0.9) ?? .nan)
    for tier in RequestTier.allCases {
      add(MetricFamily.responseMeanDaysByTier[tier.name], responses.response.byTier[tier.rawValue].meanOrNaN)
    }
    let urgent = responses.urgentCaptured
    add(.urgentRespondedWithin48hShare, urgent > 0 ? Double(responses.urgentRespondedWithin48h) / Double(urgent) : .nan)
    add(
      .urgentResolvedWithin5DaysShare, urgent > 0 ? Double(responses.urgentResolvedWithin5Days) / Double(urgent) : .nan)
    add(.captureMeanDays, responses.capture.all.meanOrNaN)
    add(.firstResponseMeanDays, responses.firstResponse.all.meanOrNaN)
    add(.endToEndMeanDays, responses.endToEnd.all.meanOrNaN)
    for tier in RequestTier.allCases {
      add(MetricFamily.captureMeanDaysByTier[tier.name], responses.capture.byTier[tier.rawValue].meanOrNaN)
      add(MetricFamily.firstResponseMeanDaysByTier[tier.name], responses.firstResponse.byTier[tier.rawValue].meanOrNaN)
      add(MetricFamily.endToEndMeanDaysByTier[tier.name], responses.endToEnd.byTier[tier.rawValue].meanOrNaN)
    }

    // Requests.
    add(.requestsArrived, Double(counts.arrived))
    add(.requestsCaptured, Double(counts.captured))
    add(.requestsSelfReported, Double(counts.selfReported))
    add(.requestsDiscovered, Double(counts.discovered))
    add(.requestsDiscoveredByPatrol, Double(counts.captured(by: .patrol)))
    add(.requestsDiscoveredByData, Double(counts.captured(by: .data)))
    add(.requestsDiscoveredByOutreach, Double(counts.captured(by: .outreach)))
    add(.requestsResolved, Double(counts.resolved))
    add(.requestsAbandoned, Double(counts.abandoned))
    add(.requestsOpenAtHorizon, Double(openAtHorizon))
    add(.requestsOpenAfterDrain, Double(openAfterDrain))
    add(.drainDays, Double(drainDays))
    add(.crossDepartmentShare, counts.resolved > 0 ? Double(counts.crossDepartment) / Double(counts.resolved) : .nan)
    addDepartmentMetrics(add)
    add(.needsUncaptured, Double(counts.arrived - counts.captured))
    add(.needsCaptureShare, counts.arrived > 0 ? Double(counts.captured) / Double(counts.arrived) : .nan)
    add(.needsSelfReportedShare, counts.arrived > 0 ? Double(counts.selfReported) / Double(counts.arrived) : .nan)
    let outreach = counts.captured(by: .outreach)
    add(.needsOutreachShare, counts.arrived > 0 ? Double(outreach) / Double(counts.arrived) : .nan)

    // Workers.
    let paid = communities.reduce(0) { $0 + $1.account.paid }
    let service = communities.reduce(0) { $0 + $1.account.service }
    let admin = communities.reduce(0) { $0 + $1.account.admin }
    let idle = communities.reduce(0) { $0 + $1.account.idleTime }
    func share(_ x: Int64) -> Double { paid > 0 ? Double(x) / Double(paid) : .nan }
    add(.workerUtilization, share(service))
    add(.workersAdminShare, share(admin))
    add(.workersIdleShare, share(idle))
    add(.workersPaidHours, Double(paid) / 3_600)
    add(.workersServiceHours, Double(service) / 3_600)
    add(.workersAdminHours, Double(admin) / 3_600)
    add(.workersIdleHours, Double(idle) / 3_600)
    add(.adminTasksArrived, Double(adminTasksArrived))
    add(.outreachVisits, scenario.outreach.isOn ? Double(idle) / 3_600 * scenario.outreach.visitsPerIdleHour : 0)
    let caseworkers = caseworkOnRoll.mean
    let weeks = Double(scenario.days) / 7
    add(.caseworkOnStaff, caseworkers)
    add(.workersWeeklyHours, caseworkers > 0 ? Double(paid) / 3_600 / weeks / caseworkers : .nan)
    add(.caseworkPer1000Residents, 1_000 * caseworkers / Double(residents.count))
    // Paid staff (posts whose community pays the role a ratio > 0); volunteers are reported
    // per role only.
    let paidStaff = paidOnRoll.mean
    add(.workersPer1000Residents, 1_000 * paidStaff / Double(residents.count))
    let years = Double(scenario.days) / 365
    add(.workersTurnoverRate, paidStaff > 0 ? Double(paidDepartures) / paidStaff / years : .nan)
    add(.workersDepartures, Double(paidDepartures))
    for (r, role) in scenario.roles.enumerated() {
      add(MetricFamily.onRollByRole[role.id], staffOnRoll[r].mean)
      let onRoll = staffOnRoll[r].mean
      add(MetricFamily.turnoverRateByRole[role.id], onRoll > 0 ? Double(departures[r]) / onRoll / years : .nan)
    }
    add(.workersHires, Double(hires))
    add(.workersFrozenPostDays, Double(shortfallCounts.frozenPostDays))

    // Facilities, aggregated over communities by facility id.
    for (f, spec) in scenario.facilities.enumerated() {
      var busy = 0.0
      var capacity = 0.0
      var arrived = 0
      var unserved = 0
      for instance in facilities where instance.spec == f {
        let areas = instance.areas(at: horizon, endTimes: visitEndTimes)
        busy += areas.busy
        capacity += areas.capacity
        arrived += instance.arrived
        unserved += instance.turnedAway + instance.gaveUp
      }
      add(MetricFamily.facilityUtilization[spec.id], capacity > 0 ? busy / capacity : .nan)
      add(MetricFamily.facilityTurnedAwayShare[spec.id], arrived > 0 ? Double(unserved) / Double(arrived) : .nan)
      add(MetricFamily.facilityVisits[spec.id], Double(arrived))
      add(MetricFamily.facilityPlaces[spec.id], Double(facilities.reduce(0) { $0 + ($1.spec == f ? $1.places : 0) }))
    }

    // Participation: the disposition at the horizon (after the run's experiences), then who
    // took part in the window (the residents' event marks).
    var participants = Array(repeating: 0, count: cohortCount)
    var tookPart = Array(repeating: 0, count: cohortCount)
    var members = Array(repeating: 0, count: cohortCount)
    for resident in residents {
      members[Int(resident.cohort)] += 1
      if resident.isParticipant { participants[Int(resident.cohort)] += 1 }
      if resident.hasTakenPart { tookPart[Int(resident.cohort)] += 1 }
    }
    for (k, cohort) in scenario.cohorts.enumerated() {
      let rate = members[k] > 0 ? Double(participants[k]) / Double(members[k]) : .nan
      add(MetricFamily.participationRateByCohort[cohort.id], rate)
      let share = members[k] > 0 ? Double(tookPart[k]) / Double(members[k]) : .nan
      add(MetricFamily.tookPartShareByCohort[cohort.id], share)
    }
    out += policyMetrics(after: out)
    assert(out.map(\.name) == MetricCatalog.metrics(for: scenario).map(\.id), "the model reports the catalog's list")
    return out
  }
}
