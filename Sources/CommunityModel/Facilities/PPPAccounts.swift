/// A PPP operator's profit and loss over a period, in whole fen (CNY 0.01): the fees
/// residents paid it, the subsidy it received from the community fund (net of leakage), and
/// its running cost. Fees are the operator's income, not community money: they never enter
/// the ``MoneyLedger``.
struct PPPAccounts: Codable {
  var fees: Int64 = 0
  var subsidy: Int64 = 0
  var cost: Int64 = 0

  /// Fees plus subsidy less cost [fen]; negative for a loss.
  var profit: Int64 { fees + subsidy - cost }

  /// Whether fees and subsidy covered the cost.
  var covered: Bool { profit >= 0 }

  static func - (a: PPPAccounts, b: PPPAccounts) -> PPPAccounts {
    PPPAccounts(fees: a.fees - b.fees, subsidy: a.subsidy - b.subsidy, cost: a.cost - b.cost)
  }

  static func += (a: inout PPPAccounts, b: PPPAccounts) {
    a.fees += b.fees
    a.subsidy += b.subsidy
    a.cost += b.cost
  }
}
