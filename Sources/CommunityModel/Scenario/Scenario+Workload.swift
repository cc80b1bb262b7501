import SimKernel

extension Scenario {
  /// The events one replication will handle per simulated day, by source: a closed-form
  /// estimate from the rates, counts and probabilities of the scenario, for the parameters in
  /// force at the start and after each intervention, whichever asks for most.
  ///
  /// Per day, with n residents of each cohort (`Docs/scenario-format.md`, "Workload"):
  /// - needs: λ = Σ n × rate / 365 (× the monthly pattern's mean); each need is one event, and
  ///   the share r that is captured (self-reported, or discovered by patrols before it lapses)
  ///   adds a report, a job's end, the other department's reply (with its probability) and a
  ///   patience timer (when patience is shorter than the run);
  /// - admin tasks: the community's catalogue, Σ tasks per year ÷ 365, two events each
  ///   (arrival, end);
  /// - facilities: Σ n × visits per open day × open days / 7, two events each (arrival, end)
  ///   where visitors wait, one (the arrival) where they are turned away (a loss pool keeps the
  ///   end), plus an opening and a closing per open day unless always open;
  /// - turnover: posts × annual turnover / 365, two events each (departure, hire);
  /// - calendar: a midnight a day, planning cycles, a project's approval and completion per
  ///   candidate category per cycle, evaluations and partnership reviews.
  ///
  /// It ignores queueing (a job that never starts ends no event) and the warm-up's build-up,
  /// so it is a little high for a district that is short of staff or places.
  /// - Complexity: O((interventions + 1) × communities × (needs + facilities + roles) × cohorts).
  public var workloadEstimate: WorkloadEstimate {
    var states = [inForceAtStart]
    for intervention in states[0].interventions {  // the later ones, by start day
      var next = states[states.count - 1]
      intervention.lever.apply(to: &next)
      states.append(next)
    }
    var worst = states[0].eventsPerDay(horizonDays: simulatedDays)
    for state in states.dropFirst() {
      let rates = state.eventsPerDay(horizonDays: simulatedDays)
      if WorkloadEstimate.total(rates) > WorkloadEstimate.total(worst) { worst = rates }
    }
    return WorkloadEstimate(eventsPerDay: worst.filter { $0.value > 0 }, days: longestRunDays)
  }

  /// ``workloadEstimate``'s events per day for this scenario's parameters as they stand.
  private func eventsPerDay(horizonDays: Int) -> [WorkloadEstimate.Source: Double] {
    var rates: [WorkloadEstimate.Source: Double] = [:]
    func add(_ source: WorkloadEstimate.Source, _ perDay: Double) { rates[source, default: 0] += perDay }
    let workdays = Double(workingCalendar.workdays.count)
    for community in communities {
      let counts = community.cohortCounts.map(Double.init)
      let residents = Double(community.residents)
      let posts = roles.indices.map { Double(self.posts(ofRole: $0, in: community)) }
      // Needs and their casework.
      let discoveryPerDay =
        capture.dataDiscoveryRatePerDay
        + zip(roles, posts).reduce(0) { total, pair in
          guard case .patrol(let perDay, let detection) = pair.0.duty else { return total }
          return total + pair.1 * perDay * detection * workdays / 7 / residents
        }
      for (j, need) in needs.enumerated() {
        let weights = zip(counts, need.ratePerResidentPerYear).map { $0 * $1 }
        let seasonal = (try? ArrivalRateProfile(baseRatePerDay: 1, monthly: need.monthly))?.meanRatePerDay ?? .infinity
        let perDay = weights.reduce(0, +) / 365 * seasonal
        guard perDay > 0 else { continue }
        let reportProbability =
          zip(weights, cohorts).reduce(0) { total, pair in
            let (weight, cohort) = pair
            let channel =
              cohort.digitalAccess * capture.onlineReportProbability
              + (1 - cohort.digitalAccess) * capture.offlineReportProbability
            let participation = cohort.participation + (1 - cohort.participation) * capture.nonparticipantFactor
            return total + weight * channel * participation
          } / weights.reduce(0, +)
        let selfReported = zip(need.tierShares, tiers).reduce(0) { total, pair in
          total + pair.0 * min(1, reportProbability * pair.1.reportFactor)
        }
        let lapseRisk = discoveryPerDay * need.lifetimeDays.mean
        let captured = selfReported + (1 - selfReported) * (lapseRisk > 0 ? lapseRisk / (1 + lapseRisk) : 0)
        let patience = zip(need.tierShares, tiers).reduce(0) { total, pair in
          total + pair.0 * min(1, Double(horizonDays) / max(pair.1.patienceDays.mean, 1e-9))
        }
        // Per department: a hand-off and a finish (plus the share needing more than one).
        let perRequest = need.departmentCountShares.enumerated().reduce(0) { $0 + Double($1.offset + 1) * $1.element }
        let department =
          departments.isEmpty
          ? 0 : 2 * min(1, need.crossDepartmentProbability * coordination.probabilityFactor) * perRequest
        add(.needs(category: j), perDay * (1 + captured * (2 + department + patience)))
      }
      // Admin tasks: the community's catalogue, whatever its staff.
      add(.adminTasks, 2 * adminTasks.tasksPerYear / 365)
      // Turnover.
      for r in roles.indices where posts[r] > 0 {
        let turnover = annualTurnover(ofRole: r, in: community)
        if turnover > 0 { add(.turnover(role: r), 2 * posts[r] * turnover / 365) }
      }
      // Facilities.
      for (f, facility) in facilities.enumerated() {
        let openShare = Double(facility.openDays.count) / 7
        let visits = zip(counts, facility.visitsPerResidentPerDay).reduce(0) { $0 + $1.0 * $1.1 } * openShare
        let eventsPerVisit: Double
        switch facility.whenFull {
        case .turnAway: eventsPerVisit = 1
        case .wait: eventsPerVisit = 2
        }
        add(.facility(f), eventsPerVisit * visits + (facility.isAlwaysOpen ? 0 : 2 * openShare))
      }
      // Planning cycles, and a project per candidate category per cycle (approval, completion).
      let projectCategories = Double(needs.filter { $0.project != nil }.count)
      add(.calendar, (1 + 2 * projectCategories) / Double(planning.cycleDays))
      // A PPP operator leaves at most once per review period (or contract): a gap's end.
      for policy in ppp { add(.calendar, 1 / Double(min(policy.reviewDays, policy.contractDays ?? .max))) }
    }
    add(.calendar, 1 + (evaluation.map { 1 / Double($0.evaluationDays) } ?? 0))
    return rates
  }
}
