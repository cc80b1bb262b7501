/// One community of the district: its size and make-up.
public struct CommunitySpec: Hashable, Sendable {
  /// Name used in messages.
  public var name: String
  /// Residents (≥ 1).
  public var residents: Int
  /// Share of residents in each cohort, by cohort index; sums to 1.
  public var cohortShares: [Double]

  public init(name: String, residents: Int, cohortShares: [Double]) {
    self.name = name
    self.residents = residents
    self.cohortShares = cohortShares
  }

  /// Residents per cohort: largest-remainder rounding of `residents × share`, so the counts
  /// add up to ``residents`` exactly.
  public var cohortCounts: [Int] {
    let exact = cohortShares.map { $0 * Double(residents) }
    var counts = exact.map { Int($0.rounded(.down)) }
    var left = residents - counts.reduce(0, +)
    let order = exact.indices.sorted { (exact[$0] - Double(counts[$0])) > (exact[$1] - Double(counts[$1])) }
    for i in order where left > 0 {
      counts[i] += 1
      left -= 1
    }
    return counts
  }

  /// Residents per cohort × `ratePerResident` of each cohort: the weights with which an
  /// arrival (a need, a visit) falls on each cohort, and their sum is the community's rate.
  /// O(cohorts).
  public func cohortWeights(ratePerResident: [Double]) -> [Double] {
    let counts = cohortCounts
    return counts.indices.map { Double(counts[$0]) * ratePerResident[$0] }
  }
}
