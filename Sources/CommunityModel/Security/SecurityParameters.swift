/// Public security (L15): incidents committed by a population of active offenders, and the
/// two levers the reports describe, cameras and patrols (J1, J3), acting on it only through
/// what they see (`Docs/model.md` §3.13).
///
/// Offenders start their careers as a Poisson process (``newOffendersPerThousandPerYear``)
/// and attempt incidents at ``incidentsPerOffenderPerYear`` until they desist
/// (``desistancePerYear``) or are stopped. An attempt where a patrol officer is present is
/// prevented; otherwise it is an incident, with a victim whose need (of ``category``) enters
/// the casework pipeline as any other. A prevented attempt, or an incident a camera
/// recorded, names its offender with ``identificationProbability``; any other incident with
/// ``clearanceProbability``. A named offender is stopped. So cameras and patrols cut incidents
/// by ending careers sooner, and patrols also by prevention; no input says by how much. In a
/// steady state with constant presence *P* and coverage *C*, the active offenders are
/// Poisson with mean ν / (δ + λ s) and incidents come at λ (1 − P) ν / (δ + λ s) per year,
/// where s is the per-attempt chance of a stop (``stopProbability(presence:coverage:)``).
public struct SecurityParameters: Hashable, Sendable, Codable {
  /// Index into ``Scenario/needs`` of the category a victim's need belongs to.
  public var category: Int
  /// Offenders starting a career per 1,000 residents per year (ν).
  public var newOffendersPerThousandPerYear: Double
  /// Attempts per active offender per year (λ).
  public var incidentsPerOffenderPerYear: Double
  /// Hazard of an offender giving up unprompted [per year] (δ; a career of 1/δ years).
  public var desistancePerYear: Double
  /// Chance that an attempt a patrol or a camera witnessed leads to its offender being named
  /// and stopped (footage, or caught in the act), 0 … 1.
  public var identificationProbability: Double
  /// Chance that an incident nobody witnessed is cleared later and its offender stopped,
  /// 0 … ``identificationProbability``.
  public var clearanceProbability: Double
  /// Cameras per 1,000 residents (rounded to whole cameras per community; L15).
  public var camerasPerThousand: Double
  /// Residents whose surroundings one camera watches: with k cameras placed independently in
  /// a community of n residents, an incident happens in view with probability
  /// 1 − exp(−k × this / n).
  public var residentsWatchedPerCamera: Double
  /// What a camera costs a year [CNY per camera per year]: its purchase spread over its life,
  /// upkeep and monitoring; paid daily from the community's fund (`budget.by_use.security_cny`).
  public var cameraCostPerYearCNY: Double
  /// Index into ``Scenario/roles`` of the patrol role whose staff on roll patrol for security
  /// (paid as any post); `nil`: no security patrols.
  public var patrolRole: Int?
  /// Residents whose surroundings one officer on patrol guards at any moment.
  public var residentsGuardedPerOfficer: Double
  /// Hours an officer spends on patrol per week (of 168): the share of the time a post is
  /// out on the street.
  public var patrolHoursPerWeek: Double

  public init(
    category: Int, newOffendersPerThousandPerYear: Double, incidentsPerOffenderPerYear: Double,
    desistancePerYear: Double, identificationProbability: Double, clearanceProbability: Double,
    camerasPerThousand: Double = 0, residentsWatchedPerCamera: Double = 0, cameraCostPerYearCNY: Double = 0,
    patrolRole: Int? = nil, residentsGuardedPerOfficer: Double = 0, patrolHoursPerWeek: Double = 40
  ) {
    self.category = category
    self.newOffendersPerThousandPerYear = newOffendersPerThousandPerYear
    self.incidentsPerOffenderPerYear = incidentsPerOffenderPerYear
    self.desistancePerYear = desistancePerYear
    self.identificationProbability = identificationProbability
    self.clearanceProbability = clearanceProbability
    self.camerasPerThousand = camerasPerThousand
    self.residentsWatchedPerCamera = residentsWatchedPerCamera
    self.cameraCostPerYearCNY = cameraCostPerYearCNY
    self.patrolRole = patrolRole
    self.residentsGuardedPerOfficer = residentsGuardedPerOfficer
    self.patrolHoursPerWeek = patrolHoursPerWeek
  }

  /// Cameras in a community of `residents`: round(per 1,000 × residents / 1,000).
  public func cameras(forResidents residents: Int) -> Int { Int(perThousand: camerasPerThousand, of: residents) }

  /// Chance that an incident happens in a camera's view: 1 − exp(−cameras × watched /
  /// residents). O(1).
  public func coverage(cameras: Int, residents: Int) -> Double {
    residents > 0 ? 1 - _exp(-Double(cameras) * residentsWatchedPerCamera / Double(residents)) : 0
  }

  /// Chance that an officer is at hand when an attempt is made: 1 − exp(−officers on patrol
  /// × guarded / residents), officers on patrol = `officers` × hours per week / 168. O(1).
  public func presence(officers: Int, residents: Int) -> Double {
    guard residents > 0 else { return 0 }
    let onPatrol = Double(officers) * patrolHoursPerWeek / 168
    return 1 - _exp(-onPatrol * residentsGuardedPerOfficer / Double(residents))
  }

  /// Chance that one attempt ends its offender's career (s): prevented and named, or
  /// committed and then named from footage or cleared. O(1).
  public func stopProbability(presence: Double, coverage: Double) -> Double {
    let q = identificationProbability
    return presence * q + (1 - presence) * (coverage * q + (1 - coverage) * clearanceProbability)
  }

  /// Mean active offenders in a steady state [offenders]: ν / (δ + λ s) for a community of
  /// `residents`. O(1).
  public func steadyOffenders(residents: Int, presence: Double, coverage: Double) -> Double {
    let starts = newOffendersPerThousandPerYear * Double(residents) / 1000
    let s = stopProbability(presence: presence, coverage: coverage)
    let ends = desistancePerYear + incidentsPerOffenderPerYear * s
    return ends > 0 ? starts / ends : 0
  }

  /// Incidents per year in a steady state: λ (1 − P) × ``steadyOffenders(residents:presence:coverage:)``.
  /// O(1).
  public func steadyIncidentsPerYear(residents: Int, presence: Double, coverage: Double) -> Double {
    incidentsPerOffenderPerYear * (1 - presence)
      * steadyOffenders(residents: residents, presence: presence, coverage: coverage)
  }
}
