/// Group sums that give the mean satisfaction of any (community, cohort) group at any time
/// in O(1), although every resident relaxes toward its baseline continuously.
///
/// Resident i's satisfaction at time t is bᵢ + Dᵢ·e^{−(t − r)/τ}: its deviation from the
/// baseline decays with time constant τ, and is stored as Dᵢ, its value carried back to a
/// reference time r. An experience changes Dᵢ; relaxation needs no update at all. A group's
/// mean is (Σbᵢ + e^{−(t − r)/τ}·ΣDᵢ) / n, so the ledger keeps Σbᵢ and ΣDᵢ per group.
/// ``rebase(atDay:residents:)`` moves r forward (an O(residents) pass) before e^{(t − r)/τ}
/// grows large.
struct SatisfactionLedger: Codable {
  /// τ [days].
  let relaxationDays: Double
  /// Cohorts per community (groups are community × cohorts + cohort).
  let cohorts: Int
  /// Reference time r [days].
  private(set) var reference: Double = 0
  var residents: [Int]
  var baselineSum: [Double]
  var deviationSum: [Double]

  init(communities: Int, cohorts: Int, relaxationDays: Double) {
    let groups = communities * cohorts
    self.relaxationDays = relaxationDays
    self.cohorts = cohorts
    residents = Array(repeating: 0, count: groups)
    baselineSum = Array(repeating: 0, count: groups)
    deviationSum = Array(repeating: 0, count: groups)
  }

  /// e^{−(t − r)/τ}: how much of a stored deviation remains at `day`.
  @inline(__always)
  func decay(atDay day: Double) -> Double { _exp((reference - day) / relaxationDays) }

  /// Mean satisfaction (0 … 1) over `groups` at `day`.
  func mean<S: Sequence<Int>>(groups: S, atDay day: Double) -> Double {
    var total = 0.0
    var n = 0
    let decay = decay(atDay: day)
    for g in groups {
      total += baselineSum[g] + deviationSum[g] * decay
      n += residents[g]
    }
    return total / Double(n)
  }

  /// Moves the reference time to `day`, rescaling every stored deviation, and recomputes the
  /// group sums from the residents (clearing rounding drift). O(residents).
  mutating func rebase(atDay day: Double, residents store: inout ResidentStore) {
    let scale = decay(atDay: day)
    reference = day
    for g in deviationSum.indices { deviationSum[g] = 0 }
    for i in store.indices {
      store[i].deviation = Float(Double(store[i].deviation) * scale)
      deviationSum[store[i].group(cohorts: cohorts)] += Double(store[i].deviation)
    }
  }
}
