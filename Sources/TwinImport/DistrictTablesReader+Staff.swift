extension DistrictTablesReader {
  /// Reads `staff.csv`: a known community, a role of the base scenario (once per community),
  /// its posts, a whole number 0 … 1,000,000, and optionally its own pay ratio of the role,
  /// 0 … 10 (empty: the base's `pay_ratio`). O(rows × roles).
  func staff(_ references: CommunityReferences) -> [(community: String, role: String, posts: Int, payRatio: Double?)] {
    guard let table = load(.staff) else { return [] }
    var repeated = RepeatedRows(what: "role")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let role = row.id(DistrictTable.role, in: vocabulary.roles, what: "role")
      let posts = row.integer(DistrictTable.posts, DistrictLimits.posts, required: true)
      let payRatio = row.number(DistrictTable.payRatio, DistrictLimits.payRatio, required: false)
      guard let community, let role else { return nil }
      repeated.check(row, community: community, id: role, column: DistrictTable.role)
      guard let posts else { return nil }
      return (community, role, posts, payRatio)
    }
  }
}
