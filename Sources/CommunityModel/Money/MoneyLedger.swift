/// Every community's fund, by source, in whole fen (CNY 0.01), so conservation is exact:
/// for each source, received = spent + leaked + held, at every instant (brief §2
/// "Budgets": "every yuan in equals spent + held + lost").
///
/// Spending charges sources in the use's ``SpendingUse/chargeOrder``. Discretionary uses
/// leak: delivering a net amount N takes N / (1 − leakage) from the fund, and the difference
/// is recorded as leaked. What the fund cannot cover is recorded as a shortfall (the
/// obligation goes unpaid; nothing goes negative).
struct MoneyLedger {
  static let sources = FundingSource.allCases.count
  static let uses = SpendingUse.allCases.count

  /// Balance by community × source [fen].
  private(set) var held: [Int64]
  /// Totals since the start of the run [fen]: received and leaked by source, spent by
  /// source × use, shortfall by use.
  private(set) var received = Array(repeating: Int64(0), count: sources)
  private(set) var leaked = Array(repeating: Int64(0), count: sources)
  private(set) var spent = Array(repeating: Int64(0), count: sources * uses)
  private(set) var shortfall = Array(repeating: Int64(0), count: uses)

  init(communities: Int) {
    held = Array(repeating: 0, count: communities * Self.sources)
  }

  /// Money that `community` may still commit: its balance of `sources` [fen].
  func balance(of community: Int, sources: [FundingSource]) -> Int64 {
    sources.reduce(0) { $0 + held[community * Self.sources + $1.rawValue] }
  }

  /// `community` receives `amount` fen from `source`.
  mutating func receive(_ amount: Int64, from source: FundingSource, community: Int) {
    precondition(amount >= 0, "received money is never negative")
    held[community * Self.sources + source.rawValue] += amount
    received[source.rawValue] += amount
  }

  /// Delivers up to `net` fen to `use` from `community`'s fund, losing a share `leakage` of
  /// what it takes on the way; returns the net amount delivered. O(sources).
  @discardableResult
  mutating func spend(
    _ net: Int64, on use: SpendingUse, community: Int, leakage: Double, sources: [FundingSource]? = nil
  )
    -> Int64
  {
    guard net > 0 else { return 0 }
    let grossNeeded = leakage > 0 ? Int64((Double(net) / (1 - leakage)).rounded(.up)) : net
    var grossLeft = grossNeeded
    var delivered: Int64 = 0
    for source in sources ?? use.chargeOrder where grossLeft > 0 {
      let slot = community * Self.sources + source.rawValue
      let take = min(held[slot], grossLeft)
      guard take > 0 else { continue }
      let lost = min(take, Int64((Double(take) * leakage).rounded()))
      held[slot] -= take
      grossLeft -= take
      leaked[source.rawValue] += lost
      spent[source.rawValue * Self.uses + use.rawValue] += take - lost
      delivered += take - lost
    }
    if delivered < net { shortfall[use.rawValue] += net - delivered }
    return delivered
  }

  /// Totals over every community: what a source received, and where it went.
  func audit() -> MoneyAudit {
    var heldBySource = Array(repeating: Int64(0), count: Self.sources)
    for (i, amount) in held.enumerated() { heldBySource[i % Self.sources] += amount }
    return MoneyAudit(
      received: received,
      spent: (0..<Self.sources).map { s in (0..<Self.uses).reduce(0) { $0 + spent[s * Self.uses + $1] } },
      leaked: leaked, held: heldBySource)
  }

  /// Spent on `use` from every source [fen].
  func spent(on use: SpendingUse) -> Int64 {
    (0..<Self.sources).reduce(0) { $0 + spent[$1 * Self.uses + use.rawValue] }
  }
}

/// Money totals by source since the start of a run [fen, CNY 0.01], indexed by
/// ``FundingSource/rawValue``: the audit trail behind conservation (received = spent +
/// leaked + held, exactly, per source).
public struct MoneyAudit: Hashable, Sendable {
  public var received: [Int64]
  public var spent: [Int64]
  public var leaked: [Int64]
  public var held: [Int64]

  public init(received: [Int64], spent: [Int64], leaked: [Int64], held: [Int64]) {
    self.received = received
    self.spent = spent
    self.leaked = leaked
    self.held = held
  }
}
