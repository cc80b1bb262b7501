/// Community money: appropriations by source, pay, leakage and the project reserve (brief §2
/// "Budgets", digest §1.5, §2.7).
///
/// Amounts are CNY. Appropriations accrue daily (1/365 of the annual amount per day) into
/// each community's fund; salaries and facility running costs are paid daily from it, and
/// what it cannot pay is owed as arrears (``ShortfallPolicy``).
public struct BudgetParameters: Hashable, Sendable, Codable {
  /// Annual appropriation per resident [CNY per resident per year], indexed by
  /// ``FundingSource/rawValue``. Social capital and crowdfunding come from PPP operators
  /// and projects instead, so their entries must be 0.
  public var annualPerResident: [Double]
  /// Local average wage [CNY per month]; a role's pay is its pay ratio × this (CNY 5,800 at
  /// ratio 0.68 ⇒ ≈ 8,530, digest §7).
  public var localAverageMonthlyWage: Double
  /// Share of discretionary spending (facility operation, projects, services) lost to
  /// misuse before it reaches its use (~20 % baseline, < 5 % with transparency: F6, L14).
  /// Spending a net amount N costs N / (1 − leakage) from the fund.
  public var leakageShare: Double
  /// Held back on each project as a risk reserve, as a share of its cost (10 %, F30);
  /// released to the fund when the project completes.
  public var riskReserveShare: Double
  /// Share of each project's cost raised from residents (crowdfunding, L6); 0 in the baseline.
  public var crowdfundingShare: Double
  /// What a community does while it owes arrears (``ShortfallPolicy``).
  public var shortfall: ShortfallPolicy

  public init(
    annualPerResident: [Double], localAverageMonthlyWage: Double, leakageShare: Double, riskReserveShare: Double,
    crowdfundingShare: Double = 0, shortfall: ShortfallPolicy = .standard
  ) {
    precondition(annualPerResident.count == FundingSource.allCases.count, "one appropriation per funding source")
    self.annualPerResident = annualPerResident
    self.localAverageMonthlyWage = localAverageMonthlyWage
    self.leakageShare = leakageShare
    self.riskReserveShare = riskReserveShare
    self.crowdfundingShare = crowdfundingShare
    self.shortfall = shortfall
  }

  /// No money at all: a scenario without a budget (nothing is paid, no project is funded).
  public static let none = BudgetParameters(
    annualPerResident: Array(repeating: 0, count: FundingSource.allCases.count), localAverageMonthlyWage: 0,
    leakageShare: 0, riskReserveShare: 0)
}
