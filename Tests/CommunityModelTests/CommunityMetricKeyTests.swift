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

  /// A name with no ASCII letter or digit (Chinese, say), or two names that give the same
  /// key, fall back to the community's position.
  @Test func emptyOrRepeatedKeysFallBackToThePosition() {
    #expect(Self.keys(["东湖社区", "North", "north!", "South"]) == ["community_1", "community_2", "community_3", "south"])
  }
}
