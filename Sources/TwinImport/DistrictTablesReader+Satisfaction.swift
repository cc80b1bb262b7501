extension DistrictTablesReader {
  /// Reads `satisfaction.csv`: a known community, once, and its satisfaction index today, a
  /// number 0 … 100. O(rows), plus O(communities × name length) for an unknown name.
  func satisfaction(_ references: CommunityReferences) -> [DistrictInitialState.Satisfaction] {
    guard let table = load(.satisfaction) else { return [] }
    var firstLine: [String: Int] = [:]
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let index = row.number(DistrictTable.index, DistrictLimits.satisfactionIndex, required: true)
      guard let community else { return nil }
      if let first = firstLine[community] {
        row.report(
          DistrictTable.community, "a second row for \(community) (the first is line \(first))",
          allowed: "one row per community")
      } else {
        firstLine[community] = row.line
      }
      guard let index else { return nil }
      return DistrictInitialState.Satisfaction(community: community, index: index)
    }
  }
}
