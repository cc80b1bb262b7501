/// One community of the district: its size and make-up, and what it states of its own
/// (issue 22): posts and pay by role, facilities' places and hours, appropriations and
/// opening fund balances. What it does not state follows the district-wide rules (per-1,000
/// densities, the role's pay ratio, the budget's appropriation per resident, an empty fund).
public struct CommunitySpec: Hashable, Sendable, Codable {
  /// Name used in messages.
  public var name: String
  /// Residents (≥ 1).
  public var residents: Int
  /// Share of residents in each cohort, by cohort index; sums to 1.
  public var cohortShares: [Double]
  /// Posts by role index, where the community states them (instead of the role's per-1,000
  /// rule; ``Scenario/posts(ofRole:in:)``).
  public var statedPosts: [Int: Int]
  /// Pay ratio [× local average wage] by role index, where the community states its own
  /// (instead of the role's ``WorkerRole/payRatio``; ``Scenario/payRatio(ofRole:in:)``).
  public var statedPayRatios: [Int: Double]
  /// Places and hours by facility index, where the community states them.
  public var facilityOverrides: [Int: FacilityOverride]
  /// Appropriation per resident per year [CNY] by ``FundingSource/rawValue``, if the
  /// community states its own (instead of ``BudgetParameters/annualPerResident``).
  public var annualPerResident: [Double]?
  /// Fund balance at the start of the run [CNY] by ``FundingSource/rawValue``; empty: none.
  public var openingBalanceCNY: [Double]

  public init(
    name: String, residents: Int, cohortShares: [Double], statedPosts: [Int: Int] = [:],
    statedPayRatios: [Int: Double] = [:], facilityOverrides: [Int: FacilityOverride] = [:],
    annualPerResident: [Double]? = nil,
    openingBalanceCNY: [Double] = []
  ) {
    self.name = name
    self.residents = residents
    self.cohortShares = cohortShares
    self.statedPosts = statedPosts
    self.statedPayRatios = statedPayRatios
    self.facilityOverrides = facilityOverrides
    self.annualPerResident = annualPerResident
    self.openingBalanceCNY = openingBalanceCNY
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

  /// Posts of `role` (index `r`): what the community states, else round(per 1,000 ×
  /// residents / 1,000). The one rule for a community's staff. O(1).
  public func posts(ofRole r: Int, _ role: WorkerRole) -> Int {
    statedPosts[r] ?? role.posts(forResidents: residents)
  }

  /// Pay ratio of `role` (index `r`) [× local average wage]: what the community states, else
  /// the role's. The one rule for what a post is paid. O(1).
  public func payRatio(ofRole r: Int, _ role: WorkerRole) -> Double {
    statedPayRatios[r] ?? role.payRatio
  }

  /// Residents per cohort × `ratePerResident` of each cohort: the weights with which an
  /// arrival (a need, a visit) falls on each cohort, and their sum is the community's rate.
  /// O(cohorts).
  public func cohortWeights(ratePerResident: [Double]) -> [Double] {
    let counts = cohortCounts
    return counts.indices.map { Double(counts[$0]) * ratePerResident[$0] }
  }
}
