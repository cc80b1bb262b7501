import CommunityModel
import Testing

/// Communities' keys in metric ids: readable where the name allows, unique always.
@Suite struct CommunityMetricKeyTests {
  static func keys(_ names: [String]) -> [String] {
    CommunitySpec.metricKeys(names.map { CommunitySpec(name: $0, residents: 1, cohortShares: [1]) })
  }

  @Test func namesBecomeLowerCaseWordsJoinedByUnderscores() {
    #expect(Self.keys(["Old Town 2", "  river-side  ", "A"]) == ["old_town_2", "river_side", "a"])
  }

  /// Letters and digits of any script stay (Chinese names, say); a name with none, or two
  /// names that give the same key, fall back to the community's position.
  @Test func emptyOrRepeatedKeysFallBackToThePosition() {
    #expect(
      Self.keys(["东湖社区", "North", "north!", "South", "—", "和平里 2号"])
        == ["东湖社区", "community_2", "community_3", "south", "community_5", "和平里_2号"])
  }
}
