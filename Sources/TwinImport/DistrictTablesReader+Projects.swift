extension DistrictTablesReader {
  /// Reads `projects.csv`: a known community, a need category of the base scenario with a
  /// `project`, the time until the project completes (days, 0 < x ≤ 3650) and optionally the
  /// backlog requests it resolves (a whole number 0 … 2,147,483,647; empty: the category's
  /// `project.scope_requests`). Rows may repeat (two projects alike) and stay in the table's
  /// order. O(rows × the longest id list, for suggestions).
  func projects(_ references: CommunityReferences) -> [DistrictInitialState.Project] {
    guard let table = load(.projects) else { return [] }
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let category = projectCategory(in: row)
      let daysLeft = row.number(DistrictTable.daysLeft, DistrictLimits.daysLeft, required: true)
      let scope = row.integer(DistrictTable.scopeRequests, DistrictLimits.scopeRequests, required: false)
      guard let community, let category, let daysLeft else { return nil }
      return DistrictInitialState.Project(
        community: community, category: category, daysLeft: daysLeft, scopeRequests: scope)
    }
  }

  /// The row's need category, one with a `project` in the base scenario, or `nil` after
  /// reporting it (empty, without a project, or unknown).
  func projectCategory(in row: TableRow) -> String? {
    let column = DistrictTable.category
    let allowed = vocabulary.allowedProjectCategories
    guard let category = row.requiredText(column, allowed: allowed) else { return nil }
    if let problem = vocabulary.projectCategoryProblem(category) {
      row.report(column, problem, allowed: allowed)
      return nil
    }
    return category
  }
}
