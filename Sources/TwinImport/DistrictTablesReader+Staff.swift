extension DistrictTablesReader {
  /// Reads `staff.csv`: a known community, a role of the base scenario (once per community)
  /// and its posts, a whole number 0 … 1,000,000. O(rows × roles).
  func staff(_ references: CommunityReferences) -> [(community: String, role: String, posts: Int)] {
    guard let table = load(.staff) else { return [] }
    return rolePosts(in: table, references) { _, _ in }
  }

  /// The rows of a table of posts by community and role (`staff.csv`, `vacancies.csv`): a
  /// known community, a role of the base scenario (once per community) and a whole number of
  /// posts 0 … 1,000,000; `check` sees each row whose cells are good, to report more about
  /// it. O(rows × roles).
  func rolePosts(
    in table: LoadedTable, _ references: CommunityReferences,
    check: (TableRow, (community: String, role: String, posts: Int)) -> Void
  ) -> [(community: String, role: String, posts: Int)] {
    var repeated = RepeatedRows(what: "role")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let role = row.id(DistrictTable.role, in: vocabulary.roles, what: "role")
      let posts = row.integer(DistrictTable.posts, DistrictLimits.posts, required: true)
      guard let community, let role else { return nil }
      repeated.check(row, community: community, id: role, column: DistrictTable.role)
      guard let posts else { return nil }
      check(row, (community, role, posts))
      return (community, role, posts)
    }
  }
}
