import SimKernel

/// A kind of community staff, with its headcount rule, time use, pay and turnover (brief §2,
/// §3.5).
public struct WorkerRole: Hashable, Sendable, Codable {
  /// What the role's working time goes to. Casework roles also take the community's
  /// administrative tasks (``Scenario/adminTasks``); a patrol role's `residentsPerDay` is what
  /// its patrols cover net of any office time.
  public enum Duty: Hashable, Sendable, Codable {
    /// Handles captured requests from the community's queue (community and social workers).
    case casework
    /// Patrols the grid and discovers unreported needs (grid workers, D33).
    case patrol(residentsPerDay: Double, detectionProbability: Double)
  }

  /// Identifier used in scenario files.
  public var id: String
  public var duty: Duty
  /// Headcount per 1,000 residents (community workers 4.2 vs 6 standard, D3); rounded to
  /// the nearest whole worker per community.
  public var perThousandResidents: Double
  /// Pay as a ratio of the local average wage (0.68 baseline, D5), where a community does
  /// not state its own (``CommunitySpec/statedPayRatios``).
  public var payRatio: Double
  /// Annual turnover as a function of the pay ratio: points (pay ratio, rate per year),
  /// interpolated linearly and held flat outside (18 %/yr at 0.68, 8 %/yr at 0.80: D6).
  public var turnoverCurve: [TurnoverPoint]
  /// Time from a departure to the replacement's first day [days].
  public var hiringLagDays: Distribution
  /// Days for a new hire to reach full productivity (linear ramp).
  public var rampUpDays: Double
  /// A new hire's productivity on day one (0 < p ≤ 1); case work takes work / p.
  public var initialProductivity: Double
  /// Training: productivity × (1 + gain) for casework (L4: trained workers +35 % efficiency,
  /// 001 §3.3); 0 in the baseline.
  public var trainingGain: Double
  /// Annual turnover set directly (volunteer attrition, L7), overriding the pay curve.
  public var fixedAnnualTurnover: Double?

  public init(
    id: String, duty: Duty, perThousandResidents: Double, payRatio: Double,
    turnoverCurve: [TurnoverPoint], hiringLagDays: Distribution,
    rampUpDays: Double, initialProductivity: Double, trainingGain: Double = 0, fixedAnnualTurnover: Double? = nil
  ) {
    self.id = id
    self.duty = duty
    self.perThousandResidents = perThousandResidents
    self.payRatio = payRatio
    self.turnoverCurve = turnoverCurve
    self.hiringLagDays = hiringLagDays
    self.rampUpDays = rampUpDays
    self.initialProductivity = initialProductivity
    self.trainingGain = trainingGain
    self.fixedAnnualTurnover = fixedAnnualTurnover
  }

  /// Posts of this role in a community of `residents`: round(per 1,000 × residents / 1,000).
  public func posts(forResidents residents: Int) -> Int { Int(perThousand: perThousandResidents, of: residents) }

  /// Turnover hazard [per year] of a holder paid `pay` [× local average wage]:
  /// ``fixedAnnualTurnover`` if set, else from ``turnoverCurve`` at `pay`. O(curve points).
  public func annualTurnover(atPayRatio pay: Double) -> Double {
    if let fixedAnnualTurnover { return fixedAnnualTurnover }
    let points = turnoverCurve.sorted { $0.payRatio < $1.payRatio }
    guard let first = points.first, let last = points.last else { return 0 }
    if pay <= first.payRatio { return first.annualRate }
    if pay >= last.payRatio { return last.annualRate }
    for (a, b) in zip(points, points.dropFirst()) where pay <= b.payRatio {
      let w = (pay - a.payRatio) / (b.payRatio - a.payRatio)
      return a.annualRate + w * (b.annualRate - a.annualRate)
    }
    return last.annualRate
  }
}

/// One point of a role's turnover curve: annual turnover at a pay ratio.
public struct TurnoverPoint: Hashable, Sendable, Codable {
  /// Pay as a ratio of the local average wage.
  public var payRatio: Double
  /// Departures per worker per year at that pay.
  public var annualRate: Double

  public init(payRatio: Double, annualRate: Double) {
    self.payRatio = payRatio
    self.annualRate = annualRate
  }
}
