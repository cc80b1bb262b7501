import FileFormats
import ScenarioFiles

/// Reads a scenario file's optional `initial_state` into a ``DistrictInitialState`` against a
/// ``DistrictVocabulary`` and the file's communities, for `export`: the keys and ranges of
/// `open_cases.csv`, `vacancies.csv`, `recent_hires.csv`, `satisfaction.csv`, `projects.csv`,
/// `proposals.csv` and `occupancy.csv`, unknown ids and names reported with a did-you-mean.
struct DistrictInitialStateDecoder {
  let vocabulary: DistrictVocabulary
  /// The file's communities, to check names, bound vacancies and recent hires by their
  /// posts and occupancy by the places, and check a facility's hours.
  let communities: [DistrictCommunity]
  let problems: ProblemCollector

  /// The `initial_state` of `root`, empty without it (problems go to ``problems``).
  /// O(rows × (communities + the longest id list, for suggestions)).
  func initialState(_ root: ObjectReader) -> DistrictInitialState {
    guard root.contains("initial_state") else { return DistrictInitialState() }
    let state = root.object("initial_state", required: true)
    let openCases = state.objects("open_cases", required: false).map(openCases)
    let vacancies = state.objects("vacancies", required: false).map(vacancies)
    var filledLeft: [String: [String: Int]] = [:]
    let recentHires = state.objects("recent_hires", required: false).map {
      recentHiresRow($0, vacancies: vacancies, filledLeft: &filledLeft)
    }
    var firstPath: [String: String] = [:]
    let satisfaction = state.objects("satisfaction", required: false).map { satisfactionRow($0, firstPath: &firstPath) }
    let projects = state.objects("projects", required: false).map(project)
    let proposals = state.objects("proposals", required: false).map(proposal)
    var firstFacilityPath: [String: [String: String]] = [:]
    let occupancy = state.objects("occupancy", required: false).map {
      occupancyRow($0, firstPath: &firstFacilityPath)
    }
    state.finish()
    return DistrictInitialState(
      openCases: openCases, vacancies: vacancies, recentHires: recentHires, satisfaction: satisfaction,
      projects: projects, proposals: proposals, occupancy: occupancy)
  }

  /// One `proposals` row, with the columns of `proposals.csv` as keys: a category with a
  /// `project`, the cost, the days waited, the levels left and an optional scope.
  private func proposal(_ o: ObjectReader) -> DistrictInitialState.Proposal {
    let row = DistrictInitialState.Proposal(
      community: community(o), category: projectCategory(o),
      costCNY: o.number(DistrictTable.costCNY, DistrictLimits.costCNY),
      waitedDays: o.number(DistrictTable.waitedDays, DistrictLimits.waitedDays),
      levelsLeft: o.integer(DistrictTable.levelsLeft, DistrictLimits.levelsLeft),
      scopeRequests: o.contains(DistrictTable.scopeRequests)
        ? o.integer(DistrictTable.scopeRequests, DistrictLimits.scopeRequests) : nil)
    o.finish()
    return row
  }

  /// One `occupancy` row, with the columns of `occupancy.csv` as keys: a facility open round
  /// the clock in the community, at most one row per community and facility, at most its
  /// places taken.
  /// - Parameter firstPath: by community and facility, the path of the first row so far,
  ///   updated.
  private func occupancyRow(_ o: ObjectReader, firstPath: inout [String: [String: String]])
    -> DistrictInitialState.Occupancy
  {
    let row = DistrictInitialState.Occupancy(
      community: community(o), facility: id(o, DistrictTable.facility, in: vocabulary.facilities, what: "facility"),
      occupied: o.integer(DistrictTable.occupied, DistrictLimits.places))
    o.finish()
    let path = o.path(DistrictTable.facility)
    guard !problems.hasProblems(under: o.path),
      let community = communities.first(where: { $0.name == row.community })
    else { return row }
    if let first = firstPath[row.community]?[row.facility] {
      problems.report(
        path, value: JSONText.string(row.facility),
        "a second row for \(row.community) and \(row.facility) (the first is \(first))",
        allowed: "one row per community and facility")
    } else {
      firstPath[row.community, default: [:]][row.facility] = o.path
    }
    let places = vocabulary.places(ofFacility: row.facility, in: community)
    if !vocabulary.isAlwaysOpen(row.facility, in: community) {
      problems.report(
        path, value: JSONText.string(row.facility),
        "\(row.facility) closes at night in \(row.community): only a facility open round the clock has occupants "
          + "when the run starts", allowed: "a facility open 0-24 every day")
    } else if row.occupied > places {
      problems.report(
        o.path(DistrictTable.occupied), value: String(row.occupied),
        "more than the \(places) places of \(row.facility) in \(row.community)", allowed: "0 ... \(places)")
    }
    return row
  }

  /// One `open_cases` row, with the columns of `open_cases.csv` as keys.
  private func openCases(_ o: ObjectReader) -> DistrictInitialState.OpenCases {
    let departmentStage = DistrictVocabulary.departmentStage
    let stage = id(o, DistrictTable.stage, in: vocabulary.stages, what: "stage")
    var department: String?
    if stage == departmentStage {
      department = id(o, DistrictTable.department, in: vocabulary.departments, what: "department")
    } else if o.contains(DistrictTable.department) {
      problems.report(
        o.path(DistrictTable.department), "only a case at the \"\(departmentStage)\" stage names its department",
        allowed: "no \"\(DistrictTable.department)\" unless \"\(DistrictTable.stage)\" is \"\(departmentStage)\"")
    }
    let row = DistrictInitialState.OpenCases(
      community: community(o),
      category: id(o, DistrictTable.category, in: vocabulary.categories, what: "need category"),
      tier: id(o, DistrictTable.tier, in: vocabulary.tiers, what: "tier"), stage: stage, department: department,
      ageDays: o.contains(DistrictTable.ageDays) ? o.number(DistrictTable.ageDays, DistrictLimits.ageDays) : nil,
      count: o.contains(DistrictTable.count) ? o.integer(DistrictTable.count, DistrictLimits.openCases) : nil)
    o.finish()
    return row
  }

  /// One `vacancies` row: at most the community's posts of the role.
  private func vacancies(_ v: ObjectReader) -> DistrictInitialState.Vacancies {
    let row = DistrictInitialState.Vacancies(
      community: community(v), role: id(v, DistrictTable.role, in: vocabulary.roles, what: "role"),
      posts: v.integer(DistrictTable.posts, DistrictLimits.posts))
    v.finish()
    if !problems.hasProblems(under: v.path), let community = communities.first(where: { $0.name == row.community }) {
      let available = vocabulary.posts(ofRole: row.role, in: community)
      if row.posts > available {
        problems.report(
          v.path(DistrictTable.posts), value: String(row.posts),
          "more than the \(available) posts of \(row.role) in \(row.community)", allowed: "0 ... \(available)")
      }
    }
    return row
  }

  /// One `recent_hires` row, with the columns of `recent_hires.csv` as keys: a community's
  /// rows of a role hold together at most its filled posts (its posts less `vacancies`).
  /// - Parameter filledLeft: by community and role, the filled posts earlier rows left,
  ///   updated.
  private func recentHiresRow(
    _ o: ObjectReader, vacancies: [DistrictInitialState.Vacancies], filledLeft: inout [String: [String: Int]]
  ) -> DistrictInitialState.RecentHires {
    let row = DistrictInitialState.RecentHires(
      community: community(o), role: id(o, DistrictTable.role, in: vocabulary.roles, what: "role"),
      posts: o.integer(DistrictTable.posts, DistrictLimits.posts),
      tenureDays: o.number(DistrictTable.tenureDays, DistrictLimits.tenureDays))
    o.finish()
    if !problems.hasProblems(under: o.path), let community = communities.first(where: { $0.name == row.community }) {
      let left =
        filledLeft[row.community]?[row.role]
        ?? vocabulary.filledPosts(ofRole: row.role, in: community, vacancies: vacancies)
      if row.posts > left {
        problems.report(
          o.path(DistrictTable.posts), value: String(row.posts),
          "more than the \(left) filled posts of \(row.role) in \(row.community) left (its posts less its vacancies "
            + "and earlier rows)", allowed: "0 ... \(left)")
      }
      filledLeft[row.community, default: [:]][row.role] = left - min(row.posts, left)
    }
    return row
  }

  /// One `satisfaction` row: an index 0 … 100, at most one row per community.
  /// - Parameter firstPath: the path of each community's first row so far, updated.
  private func satisfactionRow(_ o: ObjectReader, firstPath: inout [String: String])
    -> DistrictInitialState.Satisfaction
  {
    let row = DistrictInitialState.Satisfaction(
      community: community(o), index: o.number(DistrictTable.index, DistrictLimits.satisfactionIndex))
    o.finish()
    let path = o.path(DistrictTable.community)
    if !problems.hasProblems(under: path) {
      if let first = firstPath[row.community] {
        problems.report(
          path, value: JSONText.string(row.community), "a second row for \(row.community) (the first is \(first))",
          allowed: "one row per community")
      } else {
        firstPath[row.community] = o.path
      }
    }
    return row
  }

  /// One `projects` row, with the columns of `projects.csv` as keys: a category with a
  /// `project`, the days left and an optional scope.
  private func project(_ o: ObjectReader) -> DistrictInitialState.Project {
    let row = DistrictInitialState.Project(
      community: community(o), category: projectCategory(o),
      daysLeft: o.number(DistrictTable.daysLeft, DistrictLimits.daysLeft),
      scopeRequests: o.contains(DistrictTable.scopeRequests)
        ? o.integer(DistrictTable.scopeRequests, DistrictLimits.scopeRequests) : nil)
    o.finish()
    return row
  }

  /// The string at `category`: a need category of the base with a `project` (one without
  /// is named as such, an unknown one gets a did-you-mean).
  private func projectCategory(_ o: ObjectReader) -> String {
    let path = o.path(DistrictTable.category)
    let category = o.string(DistrictTable.category, nonEmpty: true)
    if !problems.hasProblems(under: path), let problem = vocabulary.projectCategoryProblem(category) {
      problems.report(path, value: JSONText.string(category), problem, allowed: vocabulary.allowedProjectCategories)
    }
    return category
  }

  /// The community named at `community`: one of the file's (a did-you-mean otherwise).
  private func community(_ o: ObjectReader) -> String {
    let names = communities.map(\.name)
    let name = o.string(DistrictTable.community, nonEmpty: true)
    if !problems.hasProblems(under: o.path(DistrictTable.community)), !names.contains(name) {
      problems.report(
        o.path(DistrictTable.community), value: JSONText.string(name),
        "no such community\(EditDistance.suggestion(for: name, in: names))",
        allowed: "a name from communities")
    }
    return name
  }

  /// The string at `key`, one of `ids` (a did-you-mean otherwise).
  private func id(_ o: ObjectReader, _ key: String, in ids: [String], what: String) -> String {
    let value = o.string(key, nonEmpty: true)
    if !problems.hasProblems(under: o.path(key)), !ids.contains(value) {
      problems.report(
        o.path(key), value: JSONText.string(value), "no such \(what)\(EditDistance.suggestion(for: value, in: ids))",
        allowed: ids.joined(separator: ", "))
    }
    return value
  }
}
