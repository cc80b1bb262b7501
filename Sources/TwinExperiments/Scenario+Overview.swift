extension Scenario {
  /// A one-line description of the district, as `community-twin validate` prints it:
  /// `baseline: 3 communities, 12000 residents, 4 cohorts, 6 need categories, 3 facilities`
  /// (facility types; each community has one of each). O(communities).
  public var overview: String {
    func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }
    let parts = [
      count(communities.count, "community", "communities"), count(totalResidents, "resident", "residents"),
      count(cohorts.count, "cohort", "cohorts"), count(needs.count, "need category", "need categories"),
      count(facilities.count, "facility", "facilities"),
    ]
    return "\(name): " + parts.joined(separator: ", ")
  }
}
