/// Every community's fund, by source, in whole fen (CNY 0.01), so conservation is exact:
/// for each source, received = spent + leaked + held, at every instant (brief §2
/// "Budgets": "every yuan in equals spent + held + lost").
///
/// Spending charges sources in the use's ``SpendingUse/chargeOrder`` (earmarks: the
/// community foundation and crowdfunding pay only for projects). Discretionary uses leak:
/// delivering a net amount N takes N / (1 − leakage) from the fund, and the difference is
/// recorded as leaked. What the fund cannot cover is a shortfall: an obligation (``owe``)
/// becomes arrears, paid first from later receipts (``payArrears``); a purchase (``spend``)
/// is simply not made. Nothing goes negative. For each use, obligations that fell into
/// arrears = arrears paid later + arrears outstanding, exactly.
struct MoneyLedger: Codable {
  static let sources = FundingSource.allCases.count
  static let uses = SpendingUse.allCases.count
  /// Uses whose unpaid obligations are owed, in the order arrears are paid.
  static let owedUses: [SpendingUse] = [.salaries, .facilityOperation, .security, .projects]

  /// Balance by community × source [fen].
  private(set) var held: [Int64]
  /// Totals since the start of the run [fen]: received and leaked by source, spent by
  /// source × use, shortfall by use (obligations and purchases not paid when due).
  private(set) var received = Array(repeating: Int64(0), count: sources)
  private(set) var leaked = Array(repeating: Int64(0), count: sources)
  private(set) var spent = Array(repeating: Int64(0), count: sources * uses)
  private(set) var shortfall = Array(repeating: Int64(0), count: uses)
  /// Arrears outstanding by community × use [fen], and arrears paid since the start of the
  /// run by use [fen].
  private(set) var arrears: [Int64]
  private(set) var arrearsPaid = Array(repeating: Int64(0), count: uses)
  /// Totals since the start of the run by community [fen]: received by community × source,
  /// spent by community × use and leaked by community (what the district's evaluation and
  /// the per-community metrics read).
  private(set) var receivedBy: [Int64]
  private var spentByUse: [Int64]
  private(set) var leakedBy: [Int64]

  init(communities: Int) {
    held = Array(repeating: 0, count: communities * Self.sources)
    arrears = Array(repeating: 0, count: communities * Self.uses)
    receivedBy = held
    spentByUse = arrears
    leakedBy = Array(repeating: 0, count: communities)
  }

  /// What `community` spent since the start of the run, net of leakage [fen]. O(uses).
  func spent(by community: Int) -> Int64 {
    spentByUse[community * Self.uses..<(community + 1) * Self.uses].reduce(0, +)
  }

  /// What `community` spent on `use` since the start of the run, net of leakage [fen]. O(1).
  func spent(by community: Int, on use: SpendingUse) -> Int64 { spentByUse[community * Self.uses + use.rawValue] }

  /// Money that `community` may still commit: its balance of `sources` [fen].
  func balance(of community: Int, sources: [FundingSource]) -> Int64 {
    sources.reduce(0) { $0 + held[community * Self.sources + $1.rawValue] }
  }

  /// `community` receives `amount` fen from `source`.
  mutating func receive(_ amount: Int64, from source: FundingSource, community: Int) {
    precondition(amount >= 0, "received money is never negative")
    held[community * Self.sources + source.rawValue] += amount
    receivedBy[community * Self.sources + source.rawValue] += amount
    received[source.rawValue] += amount
  }

  /// Delivers up to `net` fen to `use` from `community`'s fund, losing a share `leakage` of
  /// what it takes on the way; returns the net amount delivered. What it cannot deliver is
  /// recorded as a shortfall and not owed (a purchase not made). O(sources).
  @discardableResult
  mutating func spend(
    _ net: Int64, on use: SpendingUse, community: Int, leakage: Double, sources: [FundingSource]? = nil
  )
    -> Int64
  {
    let delivered = draw(net, on: use, community: community, leakage: leakage, sources: sources ?? use.chargeOrder)
    if delivered < net { shortfall[use.rawValue] += net - delivered }
    return delivered
  }

  /// Pays an obligation of `net` fen for `use` (one of ``owedUses``) as far as the fund
  /// allows; the rest is recorded as a shortfall and owed as arrears. Returns the net amount
  /// paid now. O(sources).
  @discardableResult
  mutating func owe(_ net: Int64, on use: SpendingUse, community: Int, leakage: Double) -> Int64 {
    let delivered = draw(net, on: use, community: community, leakage: leakage, sources: use.chargeOrder)
    if delivered < net {
      shortfall[use.rawValue] += net - delivered
      arrears[community * Self.uses + use.rawValue] += net - delivered
    }
    return delivered
  }

  /// Pays `community`'s arrears as far as its fund allows, use by use in ``owedUses``
  /// order; facility running costs and cameras lose `leakage` on the way as when they fell
  /// due.
  /// O(uses × sources).
  mutating func payArrears(community: Int, leakage: Double) {
    for use in Self.owedUses {
      let slot = community * Self.uses + use.rawValue
      guard arrears[slot] > 0 else { continue }
      let paid = draw(
        arrears[slot], on: use, community: community,
        leakage: use == .facilityOperation || use == .security ? leakage : 0,
        sources: use.chargeOrder)
      arrears[slot] -= paid
      arrearsPaid[use.rawValue] += paid
    }
  }

  /// Whether `community` owes arrears. O(uses).
  func owesArrears(_ community: Int) -> Bool {
    (0..<Self.uses).contains { arrears[community * Self.uses + $0] > 0 }
  }

  /// Arrears outstanding for `use` over every community [fen].
  func arrearsOutstanding(for use: SpendingUse) -> Int64 {
    stride(from: use.rawValue, to: arrears.count, by: Self.uses).reduce(0) { $0 + arrears[$1] }
  }

  /// What delivering `net` fen costs the fund when a share `leakage` is lost on the way
  /// [fen]: N / (1 − leakage), rounded up.
  static func gross(_ net: Int64, leakage: Double) -> Int64 {
    leakage > 0 ? Int64((Double(net) / (1 - leakage)).rounded(.up)) : net
  }

  /// Takes up to `net` fen (plus leakage) from `community`'s `sources` in order; returns the
  /// net amount delivered. O(sources).
  private mutating func draw(
    _ net: Int64, on use: SpendingUse, community: Int, leakage: Double, sources: [FundingSource]
  ) -> Int64 {
    guard net > 0 else { return 0 }
    var grossLeft = Self.gross(net, leakage: leakage)
    var delivered: Int64 = 0
    var lostInAll: Int64 = 0
    for source in sources where grossLeft > 0 {
      let slot = community * Self.sources + source.rawValue
      let take = min(held[slot], grossLeft)
      guard take > 0 else { continue }
      let lost = min(take, Int64((Double(take) * leakage).rounded()))
      held[slot] -= take
      grossLeft -= take
      leaked[source.rawValue] += lost
      spent[source.rawValue * Self.uses + use.rawValue] += take - lost
      delivered += take - lost
      lostInAll += lost
    }
    spentByUse[community * Self.uses + use.rawValue] += delivered
    leakedBy[community] += lostInAll
    return delivered
  }

  /// Totals over every community: what a source received, and where it went.
  func audit() -> MoneyAudit {
    var heldBySource = Array(repeating: Int64(0), count: Self.sources)
    for (i, amount) in held.enumerated() { heldBySource[i % Self.sources] += amount }
    return MoneyAudit(
      received: received,
      spent: (0..<Self.sources).map { s in (0..<Self.uses).reduce(0) { $0 + spent[s * Self.uses + $1] } },
      leaked: leaked, held: heldBySource, shortfall: shortfall, arrearsPaid: arrearsPaid,
      arrears: SpendingUse.allCases.map { arrearsOutstanding(for: $0) })
  }

  /// Spent on `use` from every source [fen].
  func spent(on use: SpendingUse) -> Int64 {
    (0..<Self.sources).reduce(0) { $0 + spent[$1 * Self.uses + use.rawValue] }
  }
}

/// Money totals by source since the start of a run [fen, CNY 0.01], indexed by
/// ``FundingSource/rawValue``: the audit trail behind conservation (received = spent +
/// leaked + held, exactly, per source); and by use (``SpendingUse/rawValue``), what fell
/// short when due, the arrears paid since and those outstanding (shortfall = arrears paid +
/// arrears outstanding, exactly, for every use whose obligations are owed).
public struct MoneyAudit: Hashable, Sendable {
  public var received: [Int64]
  public var spent: [Int64]
  public var leaked: [Int64]
  public var held: [Int64]
  public var shortfall: [Int64]
  public var arrearsPaid: [Int64]
  public var arrears: [Int64]

  public init(
    received: [Int64], spent: [Int64], leaked: [Int64], held: [Int64], shortfall: [Int64] = [],
    arrearsPaid: [Int64] = [], arrears: [Int64] = []
  ) {
    self.received = received
    self.spent = spent
    self.leaked = leaked
    self.held = held
    self.shortfall = shortfall
    self.arrearsPaid = arrearsPaid
    self.arrears = arrears
  }
}
