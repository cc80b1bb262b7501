extension CommunitySpec {
  /// Each community's key in metric ids (`community.<community>.…`): its name in lower case
  /// with every run of characters other than letters and digits (of any script) turned into
  /// one `_` ("Old Town 2" → `old_town_2`, "东湖社区" stays `东湖社区`); `community_<n>` (n from
  /// 1, in file order) where that leaves nothing or repeats another community's key.
  /// O(Σ name lengths).
  public static func metricKeys(_ communities: [CommunitySpec]) -> [String] {
    let slugs = communities.map { spec -> String in
      var slug = ""
      for character in spec.name.lowercased() {
        if character.isLetter || character.isNumber {
          slug.append(character)
        } else if !slug.isEmpty && slug.last != "_" {
          slug.append("_")
        }
      }
      while slug.last == "_" { slug.removeLast() }
      return slug
    }
    var counts: [String: Int] = [:]
    for slug in slugs { counts[slug, default: 0] += 1 }
    return slugs.enumerated().map { n, slug in slug.isEmpty || counts[slug]! > 1 ? "community_\(n + 1)" : slug }
  }
}
