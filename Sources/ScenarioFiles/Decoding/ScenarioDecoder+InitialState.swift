import CommunityModel
import FileFormats

/// The optional `initial_state` object (a warm start, `Docs/scenario-format.md`):
/// `open_cases`, `vacancies`, `recent_hires`, `satisfaction`, `projects`, `proposals` and
/// `occupancy`, each an array of objects naming their community.
extension ScenarioDecoder {
  /// Reads `initial_state`; empty without it.
  func initialState(
    _ root: ObjectReader, needs: [NeedCategory], roles: [WorkerRole], facilities: [FacilitySpec],
    communities: [CommunitySpec]
  ) -> InitialState {
    guard root.contains("initial_state") else { return .empty }
    let s = root.object("initial_state", required: true)
    let cases = s.objects("open_cases", required: false, maxCount: Limits.warmStartRows).compactMap { o in
      openCases(o, needs: needs, communities: communities)
    }
    let vacancies = s.objects("vacancies", required: false, maxCount: Limits.warmStartRows).compactMap { v in
      self.vacancies(v, roles: roles, communities: communities)
    }
    var filledLeft: [Int: Int] = [:]
    let recentHires = s.objects("recent_hires", required: false, maxCount: Limits.warmStartRows).compactMap { o in
      self.recentHires(
        o, roles: roles, communities: communities, vacancies: InitialState(vacancies: vacancies),
        filledLeft: &filledLeft)
    }
    var seen: [String: String] = [:]
    let satisfaction = s.objects("satisfaction", required: false, maxCount: Limits.communities).compactMap { o in
      let community = communityIndex(o, "community", in: communities)
      if let community {
        checkUnique(communities[community].name, at: o.path("community"), seen: &seen, what: "community")
      }
      let index = o.number("index", Limits.satisfactionIndex)
      o.finish()
      return community.map { InitialState.Satisfaction(community: $0, index: index) }
    }
    let projects = s.objects("projects", required: false, maxCount: Limits.warmStartRows).compactMap { o in
      inheritedProject(o, needs: needs, communities: communities)
    }
    let proposals = s.objects("proposals", required: false, maxCount: Limits.warmStartRows).compactMap { o in
      proposal(o, needs: needs, communities: communities)
    }
    var seenFacilities: [String: String] = [:]
    let occupancy = s.objects("occupancy", required: false, maxCount: Limits.warmStartRows).compactMap { o in
      self.occupancy(o, facilities: facilities, communities: communities, seen: &seenFacilities)
    }
    s.finish()
    return InitialState(
      openCases: cases, vacancies: vacancies, recentHires: recentHires, satisfaction: satisfaction,
      projects: projects, proposals: proposals, occupancy: occupancy)
  }

  /// One `proposals` row: `{"community", "category", "cost_cny", "waited_days",
  /// "levels_left", "scope_requests"?}`, a category with a project.
  private func proposal(_ o: ObjectReader, needs: [NeedCategory], communities: [CommunitySpec])
    -> InitialState.Proposal?
  {
    let community = communityIndex(o, "community", in: communities)
    let category = projectCategory(o, needs: needs)
    let cost = o.number("cost_cny", Limits.proposalCostCNY)
    let waited = o.number("waited_days", Limits.waitedDays)
    let levels = o.integer("levels_left", Limits.approvalLevels)
    let scope = o.contains("scope_requests") ? o.integer("scope_requests", Limits.inheritedScopeRequests) : nil
    o.finish()
    guard let community, let category else { return nil }
    return InitialState.Proposal(
      community: community, category: category, costCNY: cost, waitedDays: waited, levelsLeft: levels, scope: scope)
  }

  /// One `occupancy` row: `{"community", "facility", "occupied"}`, a facility open round the
  /// clock in the community, at most one row per community and facility, at most its places
  /// taken.
  /// - Parameter seen: the path of each (community, facility)'s first row so far, updated.
  private func occupancy(
    _ o: ObjectReader, facilities: [FacilitySpec], communities: [CommunitySpec], seen: inout [String: String]
  ) -> InitialState.Occupancy? {
    let community = communityIndex(o, "community", in: communities)
    let facilityID = o.string("facility")
    let facility =
      problems.hasProblems(under: o.path("facility"))
      ? nil : facilityIndex(facilityID, at: o.path("facility"), in: facilities)
    let occupied = o.integer("occupied", 0...Limits.placesPerFacility)
    o.finish()
    guard let community, let facility else { return nil }
    let spec = communities[community]
    let name = "community '\(spec.name)'"
    if !facilities[facility].isAlwaysOpen(override: spec.facilityOverrides[facility]) {
      problems.report(
        o.path("facility"), value: "\"\(facilityID)\"",
        "closes at night in \(name): only a facility open round the clock has occupants when the run starts",
        allowed: "a facility open 0–24 every day")
      return nil
    }
    checkUnique(
      "\(spec.name) / \(facilityID)", at: o.path("facility"), seen: &seen, what: "community and facility")
    let places = spec.facilityOverrides[facility]?.places ?? facilities[facility].places(forResidents: spec.residents)
    if occupied > places && !problems.hasProblems(under: o.path("occupied")) {
      problems.report(
        o.path("occupied"), value: "\(occupied)",
        "more occupants than \(name) has places at facility '\(facilityID)'", allowed: "0 ... \(places)")
    }
    return InitialState.Occupancy(community: community, facility: facility, occupied: min(occupied, places))
  }

  /// One `projects` row: `{"community", "category", "days_left", "scope_requests"?}`, a
  /// category with a project.
  private func inheritedProject(_ o: ObjectReader, needs: [NeedCategory], communities: [CommunitySpec])
    -> InitialState.Project?
  {
    let community = communityIndex(o, "community", in: communities)
    let category = projectCategory(o, needs: needs)
    let days = o.number("days_left", Limits.daysLeft)
    let scope = o.contains("scope_requests") ? o.integer("scope_requests", Limits.inheritedScopeRequests) : nil
    o.finish()
    guard let community, let category else { return nil }
    return InitialState.Project(community: community, category: category, daysLeft: days, scope: scope)
  }

  /// The need category at `o`'s `category`, one with a project, or `nil` after reporting it.
  private func projectCategory(_ o: ObjectReader, needs: [NeedCategory]) -> Int? {
    guard let category = needIndex(o, "category", in: needs) else { return nil }
    guard needs[category].project != nil else {
      let withProjects = needs.filter { $0.project != nil }.map(\.id)
      problems.report(
        o.path("category"), value: "\"\(needs[category].id)\"", "this category has no project",
        allowed: withProjects.joined(separator: ", "))
      return nil
    }
    return category
  }

  /// One `open_cases` row: `{"community", "category", "tier", "stage", "department"?,
  /// "age_days", "count"}`.
  private func openCases(_ o: ObjectReader, needs: [NeedCategory], communities: [CommunitySpec])
    -> InitialState.OpenCases?
  {
    let community = communityIndex(o, "community", in: communities)
    let category = needIndex(o, "category", in: needs)
    let tierName = o.stringEnum("tier", allowed: RequestTier.allCases.map(\.name))
    let stageName = o.stringEnum("stage", allowed: ["queue", "department", "project"])
    var stage: InitialState.Stage?
    switch stageName {
    case "queue": stage = .queue
    case "project": stage = .project
    case "department":
      stage = reference(
        o, "department", among: departmentIDs, noun: "department has this id", plural: "departments",
        listReported: !departmentIDsComplete
      ).map { .department($0) }
    default: break
    }
    if stageName != "department" && o.contains("department") {
      problems.report(
        o.path("department"), "only a case at the \"department\" stage names its department",
        allowed: "no \"department\" unless \"stage\" is \"department\"")
    }
    let age = o.number("age_days", default: 0, Limits.days)
    let count = o.integer("count", default: 1, 1...Limits.warmStartCases)
    o.finish()
    guard let community, let category, let tierName, let stage,
      let tier = RequestTier.allCases.first(where: { $0.name == tierName })
    else { return nil }
    return InitialState.OpenCases(
      community: community, category: category, tier: tier.rawValue, stage: stage, ageDays: age, count: count)
  }

  /// One `vacancies` row: `{"community", "role", "posts"}`; at most the community's posts of
  /// the role.
  private func vacancies(_ v: ObjectReader, roles: [WorkerRole], communities: [CommunitySpec])
    -> InitialState.Vacancies?
  {
    let community = communityIndex(v, "community", in: communities)
    let role = roleIndex(v, "role", in: roles)
    let posts = v.integer("posts", 0...Limits.postsPerCommunity)
    v.finish()
    guard let community, let role else { return nil }
    let available = communities[community].posts(ofRole: role, roles[role])
    if posts > available && !problems.hasProblems(under: v.path("posts")) {
      problems.report(
        v.path("posts"), value: "\(posts)",
        "more vacancies than community '\(communities[community].name)' has posts of role '\(roles[role].id)'",
        allowed: "0 ... \(available)")
    }
    return InitialState.Vacancies(community: community, role: role, posts: min(posts, available))
  }

  /// One `recent_hires` row: `{"community", "role", "posts", "tenure_days"}`; a community's
  /// rows of a role hold together at most its filled posts of the role (its posts less its
  /// `vacancies`).
  /// - Parameter filledLeft: the filled posts not yet held by earlier rows, by community ×
  ///   roles + role, updated.
  private func recentHires(
    _ o: ObjectReader, roles: [WorkerRole], communities: [CommunitySpec], vacancies: InitialState,
    filledLeft: inout [Int: Int]
  ) -> InitialState.RecentHires? {
    let community = communityIndex(o, "community", in: communities)
    let role = roleIndex(o, "role", in: roles)
    let posts = o.integer("posts", 0...Limits.postsPerCommunity)
    let tenure = o.number("tenure_days", Limits.days)
    o.finish()
    guard let community, let role else { return nil }
    let key = community * roles.count + role
    let left =
      filledLeft[key]
      ?? vacancies.filledPosts(communities[community].posts(ofRole: role, roles[role]), ofRole: role, in: community)
    if posts > left && !problems.hasProblems(under: o.path("posts")) {
      problems.report(
        o.path("posts"), value: "\(posts)",
        "more recent hires than community '\(communities[community].name)' has filled posts of role "
          + "'\(roles[role].id)' left (its posts less its vacancies and earlier rows)",
        allowed: "0 ... \(left)")
    }
    filledLeft[key] = left - min(posts, left)
    return InitialState.RecentHires(community: community, role: role, posts: min(posts, left), tenureDays: tenure)
  }
}
