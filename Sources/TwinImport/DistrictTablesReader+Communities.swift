import FileFormats

extension DistrictTablesReader {
  /// Reads `communities.csv`: a non-empty name given once, residents 1 … 10,000,000, a share
  /// per cohort (empty is 0) adding up to 1 ± 1e-6; at least one community, at most
  /// ``DistrictLimits/communities``, and at most ``DistrictLimits/districtResidents`` in all.
  /// - Returns: the communities of the clean rows, and the names of rows rejected for a
  ///   problem in another cell (still known to the other tables).
  /// - Complexity: O(rows × cohorts).
  func communities() -> (clean: [DistrictCommunity], rejectedNames: [String]) {
    guard let table = load(.communities) else { return ([], []) }
    var clean: [DistrictCommunity] = []
    var rejectedNames: [String] = []
    var firstLine: [String: Int] = [:]
    for csvRow in table.rows {
      let row = TableRow(table: table, row: csvRow, log: log)
      let before = log.count
      let name = row.requiredText(DistrictTable.name, allowed: "the community's name, once in the table")
      if let name {
        if let first = firstLine[name] {
          row.report(
            DistrictTable.name, "a second row for this community (the first is line \(first))",
            allowed: "each community once")
        } else {
          firstLine[name] = row.line
        }
      }
      let residents = row.integer(DistrictTable.residents, DistrictLimits.residents, required: true)
      let sharesBefore = log.count
      let shares = vocabulary.cohorts.map { row.number($0, DistrictLimits.share, required: false) ?? 0 }
      let sum = shares.reduce(0, +)
      if log.count == sharesBefore, abs(sum - 1) > DistrictLimits.shareSumTolerance {
        row.reportRow(
          "the cohort shares (\(vocabulary.cohorts.joined(separator: ", "))) add up to \(DistrictLimits.shareSumText(sum))",
          allowed: DistrictLimits.shareSum)
      }
      if log.count == before, let name, let residents {
        clean.append(DistrictCommunity(name: name, residents: residents, cohortShares: shares))
      } else if let name {
        rejectedNames.append(name)
      }
    }
    checkDistrict(clean, rowCount: table.rows.count)
    return (clean, rejectedNames)
  }

  /// The whole table's limits: at least one community, not too many, not too many residents.
  private func checkDistrict(_ communities: [DistrictCommunity], rowCount: Int) {
    let file = DistrictTable.communities.fileName
    if rowCount == 0 {
      log.report(TableProblem(file: file, message: "no communities", allowed: "at least one row below the header"))
    }
    if rowCount > DistrictLimits.communities {
      log.report(
        TableProblem(
          file: file, message: "\(rowCount) communities", allowed: "at most \(DistrictLimits.communities)"))
    }
    let total = communities.reduce(0) { $0 + $1.residents }
    if total > DistrictLimits.districtResidents {
      log.report(
        TableProblem(
          file: file, message: "the residents add up to \(total)",
          allowed: "at most \(DistrictLimits.districtResidents) in the district"))
    }
  }
}
