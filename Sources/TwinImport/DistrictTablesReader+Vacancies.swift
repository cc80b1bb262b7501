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
    return rolePosts(in: table, references) { row, vacancy in
      guard let stated = communities[vacancy.community] else { return }
      let available = vocabulary.posts(ofRole: vacancy.role, in: stated)
      if vacancy.posts > available {
        row.report(
          DistrictTable.posts,
          "more than the \(available) posts of \(vacancy.role) in \(vacancy.community) (staff.csv or the base's "
            + "per_1000)",
          allowed: "a whole number 0 ... \(available)")
      }
    }.map { DistrictInitialState.Vacancies(community: $0.community, role: $0.role, posts: $0.posts) }
  }
}
