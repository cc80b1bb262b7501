/// Structural checks for a scenario built in code.
///
/// Scenario files are checked key by key, with units and ranges, as they are read
/// (`TwinExperiments`); a scenario assembled or edited in Swift skips that reader. These
/// checks catch what would make the model meaningless or stop it: arrays that do not match
/// the cohorts or tiers, indices that point nowhere, probabilities outside 0…1, negative
/// rates and counts, impossible opening hours. Distributions need no check here: their
/// constructors already reject bad parameters.
extension Scenario {
  /// Every structural problem, as "key path: what is wrong (allowed: range)"; empty when the
  /// model can run the scenario. O(size of the scenario).
  public var problems: [String] {
    var found: [String] = []
    func check(_ ok: Bool, _ path: String, _ value: @autoclosure () -> String, allowed: String) {
      if !ok { found.append("\(path) = \(value()): out of range (allowed: \(allowed))") }
    }
    func share(_ value: Double, _ path: String) {
      check(value >= 0 && value <= 1, path, "\(value)", allowed: "0 … 1")
    }
    func nonNegative(_ value: Double, _ path: String) {
      check(value >= 0 && value.isFinite, path, "\(value)", allowed: "≥ 0, finite")
    }
    func perCohort(_ values: [Double], _ path: String) {
      check(
        values.count == cohorts.count, path + ".count", "\(values.count)", allowed: "\(cohorts.count), one per cohort")
      for (k, value) in values.enumerated() { nonNegative(value, "\(path)[\(k)]") }
    }
    func facility(_ index: Int?, _ path: String) {
      guard let index else { return }
      check(
        facilities.indices.contains(index), path, "\(index)", allowed: "0 ..< \(facilities.count), a facility index")
    }
    func partnership(_ policy: PPPPolicy, _ path: String) {
      facility(policy.facility, path + ".facility")
      perCohort(policy.feesCNY, path + ".feesCNY")
      check(
        policy.priceElasticities.count == cohorts.count, path + ".priceElasticities.count",
        "\(policy.priceElasticities.count)", allowed: "\(cohorts.count), one per cohort")
      for (k, elasticity) in policy.priceElasticities.enumerated() {
        check(
          elasticity <= 0 && elasticity.isFinite, "\(path).priceElasticities[\(k)]", "\(elasticity)",
          allowed: "≤ 0 (demand falls as the fee rises)")
      }
      share(policy.publicBenefitShare, path + ".publicBenefitShare")
      check(
        policy.referenceFeeCNY > 0 && policy.referenceFeeCNY.isFinite, path + ".referenceFeeCNY",
        "\(policy.referenceFeeCNY)", allowed: "> 0")
      check(policy.reviewDays >= 1, path + ".reviewDays", "\(policy.reviewDays)", allowed: "≥ 1")
      if let days = policy.contractDays {
        check(days >= 1, path + ".contractDays", "\(days)", allowed: "≥ 1, or nil for no end")
      }
    }
    func role(_ index: Int, _ path: String) {
      check(roles.indices.contains(index), path, "\(index)", allowed: "0 ..< \(roles.count), a role index")
    }

    check(days >= 1, "days", "\(days)", allowed: "≥ 1")
    check(warmupDays >= 0, "warmupDays", "\(warmupDays)", allowed: "≥ 0")
    // A need's arisal is kept in 32-bit seconds (``Request``): the run and its drain stay
    // under 2³² s (49,710 days).
    check(
      (0...Self.maxSimulatedDays).contains(drainDays), "drainDays", "\(drainDays)",
      allowed: "0 … \(Self.maxSimulatedDays)")
    check((0...0.1).contains(drainTolerance), "drainTolerance", "\(drainTolerance)", allowed: "0 … 0.1")
    check(
      warmupDays + days <= Self.maxSimulatedDays, "warmupDays + days", "\(warmupDays + days)",
      allowed: "≤ \(Self.maxSimulatedDays) (ten years)")
    check(
      workingCalendar.holidays.isEmpty, "workingCalendar.holidays", "\(workingCalendar.holidays.count) days",
      allowed: "none (the model's working clock has no holidays)")
    check(!cohorts.isEmpty, "cohorts.count", "0", allowed: "≥ 1")
    for (k, cohort) in cohorts.enumerated() {
      share(cohort.digitalAccess, "cohorts[\(k)].digitalAccess")
      share(cohort.participation, "cohorts[\(k)].participation")
      check(
        cohort.expectationFactor > 0, "cohorts[\(k)].expectationFactor", "\(cohort.expectationFactor)",
        allowed: "> 0")
    }
    check(
      tiers.count == RequestTier.allCases.count, "tiers.count", "\(tiers.count)",
      allowed: "\(RequestTier.allCases.count), one per tier")
    for (t, tier) in tiers.enumerated() {
      check(tier.expectedDays > 0, "tiers[\(t)].expectedDays", "\(tier.expectedDays)", allowed: "> 0")
      nonNegative(tier.reportFactor, "tiers[\(t)].reportFactor")
    }
    for (j, need) in needs.enumerated() {
      let path = "needs[\(j)]"
      perCohort(need.ratePerResidentPerYear, path + ".ratePerResidentPerYear")
      check(
        need.monthly.count == 12, path + ".monthly.count", "\(need.monthly.count)", allowed: "12, January … December")
      for (m, value) in need.monthly.enumerated() { nonNegative(value, "\(path).monthly[\(m)]") }
      check(
        need.tierShares.count == RequestTier.allCases.count, path + ".tierShares.count",
        "\(need.tierShares.count)", allowed: "\(RequestTier.allCases.count), one per tier")
      for (k, value) in need.tierShares.enumerated() { share(value, "\(path).tierShares[\(k)]") }
      let total = need.tierShares.reduce(0, +)
      check(abs(total - 1) < 1e-9, path + ".tierShares (sum)", "\(total)", allowed: "1")
      share(need.crossDepartmentProbability, path + ".crossDepartmentProbability")
      if need.crossDepartmentProbability > 0 {
        check(
          need.departmentWeights.count == departments.count, path + ".departmentWeights.count",
          "\(need.departmentWeights.count)", allowed: "\(departments.count), one per department")
        for (d, value) in need.departmentWeights.enumerated() { nonNegative(value, "\(path).departmentWeights[\(d)]") }
        check(
          need.departmentWeights.reduce(0, +) > 0, path + ".departmentWeights (sum)", "0",
          allowed: "> 0 (a cross-department request needs a department)")
        check(
          !need.departmentCountShares.isEmpty && need.departmentCountShares.count <= departments.count,
          path + ".departmentCountShares.count", "\(need.departmentCountShares.count)",
          allowed: "1 … \(departments.count), the number of departments")
        for (k, value) in need.departmentCountShares.enumerated() {
          share(value, "\(path).departmentCountShares[\(k)]")
        }
        let shares = need.departmentCountShares.reduce(0, +)
        check(abs(shares - 1) < 1e-9, path + ".departmentCountShares (sum)", "\(shares)", allowed: "1")
      }
      if let project = need.project {
        share(project.shareOfImprovement, path + ".project.shareOfImprovement")
        facility(project.facility, path + ".project.facility")
        nonNegative(project.placesPerThousand, path + ".project.placesPerThousand")
      }
    }
    check(
      departments.count <= DepartmentSpec.maxCount, "departments.count", "\(departments.count)",
      allowed: "≤ \(DepartmentSpec.maxCount)")
    for (d, department) in departments.enumerated() {
      check(department.servers >= 1, "departments[\(d)].servers", "\(department.servers)", allowed: "≥ 1")
      check(
        department.workingCalendar.holidays.isEmpty, "departments[\(d)].workingCalendar.holidays",
        "\(department.workingCalendar.holidays.count) days", allowed: "none (working clocks have no holidays)")
    }
    nonNegative(coordination.handoffFactor, "coordination.handoffFactor")
    nonNegative(coordination.probabilityFactor, "coordination.probabilityFactor")
    check(
      coordination.completionStandardDays > 0 && coordination.completionStandardDays.isFinite,
      "coordination.completionStandardDays", "\(coordination.completionStandardDays)", allowed: "> 0, finite")
    share(capture.onlineReportProbability, "capture.onlineReportProbability")
    share(capture.offlineReportProbability, "capture.offlineReportProbability")
    share(capture.nonparticipantFactor, "capture.nonparticipantFactor")
    nonNegative(capture.dataDiscoveryRatePerDay, "capture.dataDiscoveryRatePerDay")
    for (k, task) in adminTasks.enumerated() {
      nonNegative(task.perYear, "adminTasks[\(k)].perYear")
    }
    nonNegative(outreach.visitsPerIdleHour, "outreach.visitsPerIdleHour")
    nonNegative(outreach.residentsPerVisit, "outreach.residentsPerVisit")
    share(outreach.detectionProbability, "outreach.detectionProbability")
    // The need experience's orderings rest on these (``NeedExperience``).
    share(satisfaction.servedUplift, "satisfaction.servedUplift")
    share(satisfaction.unservedHarmMax, "satisfaction.unservedHarmMax")
    check(
      satisfaction.lateHarm >= 0 && satisfaction.lateHarm <= satisfaction.unservedHarmMax, "satisfaction.lateHarm",
      "\(satisfaction.lateHarm)", allowed: "0 … unservedHarmMax")
    nonNegative(satisfaction.latenessExponent, "satisfaction.latenessExponent")
    check(
      satisfaction.unservedHarmHalfDays > 0 && satisfaction.unservedHarmHalfDays.isFinite,
      "satisfaction.unservedHarmHalfDays", "\(satisfaction.unservedHarmHalfDays)", allowed: "> 0, finite")
    for (r, role) in roles.enumerated() {
      nonNegative(role.perThousandResidents, "roles[\(r)].perThousandResidents")
      nonNegative(role.payRatio, "roles[\(r)].payRatio")
      check(
        role.initialProductivity > 0 && role.initialProductivity <= 1, "roles[\(r)].initialProductivity",
        "\(role.initialProductivity)", allowed: "> 0 … 1")
      nonNegative(role.rampUpDays, "roles[\(r)].rampUpDays")
    }
    for (f, spec) in facilities.enumerated() {
      let path = "facilities[\(f)]"
      nonNegative(spec.capacityPerThousand, path + ".capacityPerThousand")
      check(
        0 <= spec.opensHour && spec.opensHour < spec.closesHour && spec.closesHour <= 24,
        path + ".opensHour…closesHour",
        "\(spec.opensHour)…\(spec.closesHour)", allowed: "0 ≤ opens < closes ≤ 24")
      check(
        !spec.openDays.isEmpty && spec.openDays.allSatisfy { (0..<7).contains($0) }, path + ".openDays",
        "\(spec.openDays.sorted())", allowed: "a non-empty set of weekdays 0 … 6")
      perCohort(spec.visitsPerResidentPerDay, path + ".visitsPerResidentPerDay")
      nonNegative(spec.operatingCostPerPlacePerYearCNY, path + ".operatingCostPerPlacePerYearCNY")
    }
    check(!communities.isEmpty, "communities.count", "0", allowed: "≥ 1")
    for (c, community) in communities.enumerated() {
      let path = "communities[\(c)]"
      check(community.residents >= 1, path + ".residents", "\(community.residents)", allowed: "≥ 1")
      perCohort(community.cohortShares, path + ".cohortShares")
      check(community.cohortShares.reduce(0, +) > 0, path + ".cohortShares (sum)", "0", allowed: "> 0")
    }
    check(
      budget.annualPerResident.count == FundingSource.allCases.count, "budget.annualPerResident.count",
      "\(budget.annualPerResident.count)", allowed: "\(FundingSource.allCases.count), one per funding source")
    check(planning.cycleDays >= 1, "planning.cycleDays", "\(planning.cycleDays)", allowed: "≥ 1")
    check(
      planning.approvalLevels.lowerBound >= 1, "planning.approvalLevels", "\(planning.approvalLevels)", allowed: "≥ 1")
    for (i, policy) in ppp.enumerated() { partnership(policy, "ppp[\(i)]") }
    for (i, index) in (multiUse?.facilities ?? []).enumerated() { facility(index, "multiUse.facilities[\(i)]") }
    for (i, intervention) in interventions.enumerated() {
      check(
        (0..<(warmupDays + days)).contains(intervention.startDay), "interventions[\(i)].startDay",
        "\(intervention.startDay)", allowed: "0 ..< \(warmupDays + days), inside the run")
      switch intervention.lever {
      case .staffing(let r, _, _, _), .volunteerPoints(let r, _, _): role(r, "interventions[\(i)].lever.role")
      case .ppp(let policy): partnership(policy, "interventions[\(i)].lever")
      case .demandPlanning(let indices, _, _):
        for (n, index) in indices.enumerated() { facility(index, "interventions[\(i)].lever.multiUseFacilities[\(n)]") }
      default: break
      }
    }
    for (e, emergency) in emergencies.enumerated() {
      check(
        (0..<(warmupDays + days)).contains(emergency.day), "emergencies[\(e)].day", "\(emergency.day)",
        allowed: "0 ..< \(warmupDays + days), inside the run")
      facility(emergency.facility, "emergencies[\(e)].facility")
      if let c = emergency.community {
        check(communities.indices.contains(c), "emergencies[\(e)].community", "\(c)", allowed: "a community index")
      }
      check(
        emergency.placesLostShare > 0 && emergency.placesLostShare <= 1, "emergencies[\(e)].placesLostShare",
        "\(emergency.placesLostShare)", allowed: "0 < x ≤ 1")
    }
    for (i, surge) in surges.enumerated() {
      let path = "surges[\(i)]"
      check(needs.indices.contains(surge.category), path + ".category", "\(surge.category)", allowed: "a need index")
      check(
        (0..<(warmupDays + days)).contains(surge.day), path + ".day", "\(surge.day)",
        allowed: "0 ..< \(warmupDays + days), inside the run")
      check(surge.days >= 1, path + ".days", "\(surge.days)", allowed: "≥ 1")
      check(surge.factor > 1 && surge.factor.isFinite, path + ".factor", "\(surge.factor)", allowed: "> 1")
      if let c = surge.community {
        check(communities.indices.contains(c), path + ".community", "\(c)", allowed: "a community index")
      }
    }
    for (c, community) in communities.enumerated() {
      let path = "communities[\(c)]"
      for (r, posts) in community.statedPosts.sorted(by: { $0.key < $1.key }) {
        role(r, path + ".statedPosts.key")
        check(posts >= 0, "\(path).statedPosts[\(r)]", "\(posts)", allowed: "≥ 0")
      }
      for (r, pay) in community.statedPayRatios.sorted(by: { $0.key < $1.key }) {
        role(r, path + ".statedPayRatios.key")
        nonNegative(pay, "\(path).statedPayRatios[\(r)]")
      }
      for (f, override) in community.facilityOverrides.sorted(by: { $0.key < $1.key }) {
        facility(f, path + ".facilityOverrides.key")
        if let places = override.places {
          check(places >= 0, "\(path).facilityOverrides[\(f)].places", "\(places)", allowed: "≥ 0")
        }
        if facilities.indices.contains(f) {
          let hours = (override.opensHour ?? facilities[f].opensHour, override.closesHour ?? facilities[f].closesHour)
          check(
            0 <= hours.0 && hours.0 < hours.1 && hours.1 <= 24, "\(path).facilityOverrides[\(f)].opensHour…closesHour",
            "\(hours.0)…\(hours.1)", allowed: "0 ≤ opens < closes ≤ 24")
        }
      }
      if let appropriation = community.annualPerResident {
        check(
          appropriation.count == FundingSource.allCases.count, path + ".annualPerResident.count",
          "\(appropriation.count)", allowed: "\(FundingSource.allCases.count), one per funding source")
        for (i, value) in appropriation.enumerated() { nonNegative(value, "\(path).annualPerResident[\(i)]") }
      }
      check(
        community.openingBalanceCNY.count <= FundingSource.allCases.count, path + ".openingBalanceCNY.count",
        "\(community.openingBalanceCNY.count)", allowed: "≤ \(FundingSource.allCases.count), one per funding source")
      for (i, value) in community.openingBalanceCNY.enumerated() {
        nonNegative(value, "\(path).openingBalanceCNY[\(i)]")
      }
    }
    for (i, cases) in initialState.openCases.enumerated() {
      let path = "initialState.openCases[\(i)]"
      check(
        communities.indices.contains(cases.community), path + ".community", "\(cases.community)",
        allowed: "a community index")
      check(needs.indices.contains(cases.category), path + ".category", "\(cases.category)", allowed: "a need index")
      check(RequestTier(rawValue: cases.tier) != nil, path + ".tier", "\(cases.tier)", allowed: "0 … 2")
      nonNegative(cases.ageDays, path + ".ageDays")
      check(cases.count >= 1, path + ".count", "\(cases.count)", allowed: "≥ 1")
      if case .department(let d) = cases.stage {
        check(departments.indices.contains(d), path + ".stage", "department \(d)", allowed: "a department index")
      }
    }
    for (i, level) in initialState.satisfaction.enumerated() {
      let path = "initialState.satisfaction[\(i)]"
      check(
        communities.indices.contains(level.community), path + ".community", "\(level.community)",
        allowed: "a community index")
      check((0...100).contains(level.index), path + ".index", "\(level.index)", allowed: "0 … 100")
    }
    for (i, project) in initialState.projects.enumerated() {
      let path = "initialState.projects[\(i)]"
      check(
        communities.indices.contains(project.community), path + ".community", "\(project.community)",
        allowed: "a community index")
      check(
        needs.indices.contains(project.category) && needs[project.category].project != nil, path + ".category",
        "\(project.category)", allowed: "a need index of a category with a project")
      check(
        project.daysLeft > 0 && project.daysLeft.isFinite, path + ".daysLeft", "\(project.daysLeft)", allowed: "> 0")
      if let scope = project.scope { check(scope >= 0, path + ".scope", "\(scope)", allowed: "≥ 0") }
    }
    for (i, proposal) in initialState.proposals.enumerated() {
      let path = "initialState.proposals[\(i)]"
      check(
        communities.indices.contains(proposal.community), path + ".community", "\(proposal.community)",
        allowed: "a community index")
      check(
        needs.indices.contains(proposal.category) && needs[proposal.category].project != nil, path + ".category",
        "\(proposal.category)", allowed: "a need index of a category with a project")
      check(
        proposal.costCNY > 0 && proposal.costCNY <= ProjectSpec.maxCostCNY, path + ".costCNY", "\(proposal.costCNY)",
        allowed: "> 0, ≤ \(ProjectSpec.maxCostCNY)")
      nonNegative(proposal.waitedDays, path + ".waitedDays")
      check(proposal.levelsLeft >= 1, path + ".levelsLeft", "\(proposal.levelsLeft)", allowed: "≥ 1")
      if let scope = proposal.scope { check(scope >= 0, path + ".scope", "\(scope)", allowed: "≥ 0") }
    }
    var occupied: Set<Int> = []  // community × facilities + facility
    for (i, stated) in initialState.occupancy.enumerated() {
      let path = "initialState.occupancy[\(i)]"
      guard communities.indices.contains(stated.community) else {
        check(false, path + ".community", "\(stated.community)", allowed: "a community index")
        continue
      }
      guard facilities.indices.contains(stated.facility) else {
        facility(stated.facility, path + ".facility")
        continue
      }
      let community = communities[stated.community]
      check(
        facilities[stated.facility].isAlwaysOpen(override: community.facilityOverrides[stated.facility]),
        path + ".facility", "\(stated.facility)", allowed: "a facility open round the clock in the community")
      check(
        occupied.insert(stated.community * facilities.count + stated.facility).inserted, path + ".facility",
        "\(stated.facility)", allowed: "one row per community and facility")
      let places = self.places(ofFacility: stated.facility, in: community)
      check((0...places).contains(stated.occupied), path + ".occupied", "\(stated.occupied)", allowed: "0 … \(places)")
    }
    for (i, vacancy) in initialState.vacancies.enumerated() {
      let path = "initialState.vacancies[\(i)]"
      role(vacancy.role, path + ".role")
      guard communities.indices.contains(vacancy.community) else {
        check(false, path + ".community", "\(vacancy.community)", allowed: "a community index")
        continue
      }
      guard roles.indices.contains(vacancy.role) else { continue }  // reported above
      let posts = self.posts(ofRole: vacancy.role, in: communities[vacancy.community])
      check((0...posts).contains(vacancy.posts), path + ".posts", "\(vacancy.posts)", allowed: "0 … \(posts)")
    }
    var filledLeft: [Int: Int] = [:]  // community × roles + role → filled posts not yet held by recent hires
    for (i, hires) in initialState.recentHires.enumerated() {
      let path = "initialState.recentHires[\(i)]"
      role(hires.role, path + ".role")
      nonNegative(hires.tenureDays, path + ".tenureDays")
      guard communities.indices.contains(hires.community) else {
        check(false, path + ".community", "\(hires.community)", allowed: "a community index")
        continue
      }
      guard roles.indices.contains(hires.role) else { continue }  // reported above
      let key = hires.community * roles.count + hires.role
      let left =
        filledLeft[key]
        ?? initialState.filledPosts(
          posts(ofRole: hires.role, in: communities[hires.community]), ofRole: hires.role, in: hires.community)
      check((0...left).contains(hires.posts), path + ".posts", "\(hires.posts)", allowed: "0 … \(left)")
      filledLeft[key] = left - min(max(hires.posts, 0), left)
    }
    if let security { found += security.problems(needs: needs.count, roles: roles) }
    return found
  }
}

extension SecurityParameters {
  /// Structural problems of public security in a scenario of `needs` categories and `roles`,
  /// as ``Scenario/problems`` words them. O(1).
  func problems(needs: Int, roles: [WorkerRole]) -> [String] {
    var found: [String] = []
    func check(_ ok: Bool, _ key: String, _ value: Double, allowed: String) {
      if !ok { found.append("security.\(key) = \(value): out of range (allowed: \(allowed))") }
    }
    if !(0..<needs).contains(category) {
      found.append("security.category = \(category): out of range (allowed: a need index)")
    }
    for (key, value) in [
      ("newOffendersPerThousandPerYear", newOffendersPerThousandPerYear),
      ("incidentsPerOffenderPerYear", incidentsPerOffenderPerYear), ("desistancePerYear", desistancePerYear),
      ("camerasPerThousand", camerasPerThousand), ("residentsWatchedPerCamera", residentsWatchedPerCamera),
      ("cameraCostPerYearCNY", cameraCostPerYearCNY), ("residentsGuardedPerOfficer", residentsGuardedPerOfficer),
    ] {
      check(value >= 0 && value.isFinite, key, value, allowed: "≥ 0, finite")
    }
    check(
      (0...1).contains(identificationProbability), "identificationProbability", identificationProbability,
      allowed: "0 … 1")
    check(
      clearanceProbability >= 0 && clearanceProbability <= identificationProbability, "clearanceProbability",
      clearanceProbability, allowed: "0 … identificationProbability")
    check((0...168).contains(patrolHoursPerWeek), "patrolHoursPerWeek", patrolHoursPerWeek, allowed: "0 … 168")
    if let role = patrolRole {
      if !roles.indices.contains(role) {
        found.append("security.patrolRole = \(role): out of range (allowed: a role index)")
      } else if case .casework = roles[role].duty {
        found.append("security.patrolRole = \(role): a casework role (allowed: a patrol role)")
      }
    }
    return found
  }
}
