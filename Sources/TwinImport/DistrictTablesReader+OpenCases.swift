extension DistrictTablesReader {
  /// Reads `open_cases.csv`: a known community, a need category, a tier and a stage of the
  /// base scenario, a department of the base exactly when the stage is `department`, and
  /// optional age (days, 0 … 3650) and count (a whole number 1 … 10,000,000).
  /// O(rows × the longest id list, for suggestions).
  func openCases(_ references: CommunityReferences) -> [DistrictInitialState.OpenCases] {
    guard let table = load(.openCases) else { return [] }
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let category = row.id(DistrictTable.category, in: vocabulary.categories, what: "need category")
      let tier = row.id(DistrictTable.tier, in: vocabulary.tiers, what: "tier")
      let stage = row.id(DistrictTable.stage, in: vocabulary.stages, what: "stage")
      let department = department(in: row, stage: stage)
      let ageDays = row.number(DistrictTable.ageDays, DistrictLimits.ageDays, required: false)
      let count = row.integer(DistrictTable.count, DistrictLimits.openCases, required: false)
      guard let community, let category, let tier, let stage else { return nil }
      return DistrictInitialState.OpenCases(
        community: community, category: category, tier: tier, stage: stage, department: department,
        ageDays: ageDays, count: count)
    }
  }

  /// The row's department: required and a department of the base at the `department` stage,
  /// empty at the others (reported otherwise); `nil` when there is none or it is reported.
  private func department(in row: TableRow, stage: String?) -> String? {
    let column = DistrictTable.department
    let departmentStage = DistrictVocabulary.departmentStage
    if stage == departmentStage {
      guard !row.text(column).isEmpty else {
        row.report(
          column, "is empty; a case at the \"\(departmentStage)\" stage names its department",
          allowed: vocabulary.departments.isEmpty
            ? "no departments are defined in the base" : vocabulary.departments.joined(separator: ", "))
        return nil
      }
      return row.id(column, in: vocabulary.departments, what: "department")
    }
    if let stage, !row.text(column).isEmpty {
      row.report(
        column, "a case at the \"\(stage)\" stage names no department",
        allowed: "empty unless \(DistrictTable.stage) is \(departmentStage)")
    }
    return nil
  }
}
