import CommunityModel

extension Scenario {
  /// A one-line description of the district, as `community-twin validate` prints it:
  /// `baseline: 3 communities, 12000 residents, 4 cohorts, 6 need categories, 3 facilities`
  /// (facility types; each community has one of each), then the interventions, if any:
  /// `…; levers: devolution from day 0`. O(communities + interventions).
  public var overview: String {
    func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }
    let parts = [
      count(communities.count, "community", "communities"), count(totalResidents, "resident", "residents"),
      count(cohorts.count, "cohort", "cohorts"), count(needs.count, "need category", "need categories"),
      count(facilities.count, "facility", "facilities"),
    ]
    let levers = interventions.map { "\($0.lever.name) from day \($0.startDay)" }
    return "\(name): " + parts.joined(separator: ", ")
      + (levers.isEmpty ? "" : "; levers: " + levers.joined(separator: ", "))
  }
}
