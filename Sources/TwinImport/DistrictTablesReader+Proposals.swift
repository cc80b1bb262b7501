extension DistrictTablesReader {
  /// Reads `proposals.csv`: a known community, a need category of the base scenario with a
  /// `project`, the capital cost as proposed (CNY, 0 < x ≤ 1e12), the days since it was
  /// proposed (0 … 3650), the levels of the approval chain left (a whole number 1 … 20) and
  /// optionally the backlog requests it resolves (a whole number 0 … 2,147,483,647; empty:
  /// the category's backlog at the start, up to its `project.scope_requests`). Rows may
  /// repeat (two proposals alike) and stay in the table's order. O(rows × the longest id
  /// list, for suggestions).
  func proposals(_ references: CommunityReferences) -> [DistrictInitialState.Proposal] {
    guard let table = load(.proposals) else { return [] }
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let category = projectCategory(in: row)
      let cost = row.number(DistrictTable.costCNY, DistrictLimits.costCNY, required: true)
      let waited = row.number(DistrictTable.waitedDays, DistrictLimits.waitedDays, required: true)
      let levels = row.integer(DistrictTable.levelsLeft, DistrictLimits.levelsLeft, required: true)
      let scope = row.integer(DistrictTable.scopeRequests, DistrictLimits.scopeRequests, required: false)
      guard let community, let category, let cost, let waited, let levels else { return nil }
      return DistrictInitialState.Proposal(
        community: community, category: category, costCNY: cost, waitedDays: waited, levelsLeft: levels,
        scopeRequests: scope)
    }
  }
}
