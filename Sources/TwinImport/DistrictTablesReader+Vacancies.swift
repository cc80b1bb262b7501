extension DistrictTablesReader {
  /// Reads `vacancies.csv`: a known community, a role of the base scenario (once per
  /// community) and its vacant posts, a whole number 0 … the community's posts of the role
  /// (`staff.csv`'s, else the base's `per_1000` rule). O(rows × roles).
  /// - Parameter communities: the communities by name with their stated staff, to bound the
  ///   posts; a community not in it (rejected, or its staff rows were) is not bounded here.
  func vacancies(_ references: CommunityReferences, communities: [String: DistrictCommunity])
    -> [DistrictInitialState.Vacancies]
  {
    guard let table = load(.vacancies) else { return [] }
    var repeated = RepeatedRows(what: "role")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let role = row.id(DistrictTable.role, in: vocabulary.roles, what: "role")
      let posts = row.integer(DistrictTable.posts, DistrictLimits.posts, required: true)
      guard let community, let role else { return nil }
      repeated.check(row, community: community, id: role, column: DistrictTable.role)
      guard let posts else { return nil }
      if let stated = communities[community] {
        let available = vocabulary.posts(ofRole: role, in: stated)
        if posts > available {
          row.report(
            DistrictTable.posts,
            "more than the \(available) posts of \(role) in \(community) (staff.csv or the base's per_1000)",
            allowed: "a whole number 0 ... \(available)")
        }
      }
      return DistrictInitialState.Vacancies(community: community, role: role, posts: posts)
    }
  }
}
