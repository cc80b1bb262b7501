extension DistrictTablesReader {
  /// Reads `recent_hires.csv`: a known community, a role of the base scenario, posts (a
  /// whole number) and the days since they were hired (0 … 3650). A community's rows of a
  /// role hold together at most its filled posts of the role: its posts (`staff.csv`'s, else
  /// the base's `per_1000` rule) less its vacancies (`vacancies.csv`); rows may repeat (hires
  /// of different tenure) and stay in the table's order. O(rows × (roles + vacancies)).
  /// - Parameters:
  ///   - communities: the communities by name with their stated staff, to bound the posts; a
  ///     community not in it (rejected, or its staff rows were) is not bounded here.
  ///   - vacancies: the clean rows of `vacancies.csv`.
  func recentHires(
    _ references: CommunityReferences, communities: [String: DistrictCommunity],
    vacancies: [DistrictInitialState.Vacancies]
  ) -> [DistrictInitialState.RecentHires] {
    guard let table = load(.recentHires) else { return [] }
    var filledLeft: [String: [String: Int]] = [:]  // community → role → posts not yet held
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let role = row.id(DistrictTable.role, in: vocabulary.roles, what: "role")
      let posts = row.integer(DistrictTable.posts, DistrictLimits.posts, required: true)
      let tenure = row.number(DistrictTable.tenureDays, DistrictLimits.tenureDays, required: true)
      guard let community, let role, let posts, let tenure else { return nil }
      if let stated = communities[community] {
        let left =
          filledLeft[community]?[role] ?? vocabulary.filledPosts(ofRole: role, in: stated, vacancies: vacancies)
        guard posts <= left else {
          row.report(
            DistrictTable.posts,
            "more than the \(left) filled posts of \(role) in \(community) left (its posts in staff.csv or the base's "
              + "per_1000, less vacancies.csv and earlier rows)",
            allowed: "a whole number 0 ... \(left)")
          return nil
        }
        filledLeft[community, default: [:]][role] = left - posts
      }
      return DistrictInitialState.RecentHires(community: community, role: role, posts: posts, tenureDays: tenure)
    }
  }
}
