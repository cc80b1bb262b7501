extension DistrictTablesReader {
  /// Reads `staff.csv`: a known community, a role of the base scenario (once per community)
  /// and its posts, a whole number 0 … 1,000,000. O(rows × roles).
  func staff(_ references: CommunityReferences) -> [(community: String, role: String, posts: Int)] {
    guard let table = load(.staff) else { return [] }
    var repeated = RepeatedRows(what: "role")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let role = row.id(DistrictTable.role, in: vocabulary.roles, what: "role")
      let posts = row.integer(DistrictTable.posts, DistrictLimits.posts, required: true)
      guard let community, let role else { return nil }
      repeated.check(row, community: community, id: role, column: DistrictTable.role)
      return posts.map { (community, role, $0) }
    }
  }
}
