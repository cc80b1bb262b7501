import SimKernel

/// A facility type instantiated in every community: capacity, opening hours, demand and
/// what happens when it is full (brief §2 "Facilities", §3.2). Types are data, not code.
public struct FacilitySpec: Hashable, Sendable, Codable {
  /// What residents do when every place is taken.
  public enum WhenFull: Hashable, Sendable, Codable {
    /// Leave at once (a turn-away).
    case turnAway
    /// Wait, giving up after their patience [minutes]; at most `waitingRoom` wait at once.
    case wait(patienceMinutes: Distribution, waitingRoom: Int)
  }

  /// Identifier used in metric names (`utilization.facility.<id>`).
  public var id: String
  /// Free-text type (elderly station, childcare centre, fitness, …).
  public var type: String
  /// Places (slots, seats, servers) in a community of 1,000 residents; a community's
  /// facility has `max(1, round(capacityPerThousand × residents / 1000))` places.
  public var capacityPerThousand: Double
  /// Opening hour (0 … 23) and closing hour (1 … 24), whole hours; 0 and 24 = always open.
  public var opensHour: Int
  public var closesHour: Int
  /// Weekdays open, 0 = Monday … 6 = Sunday.
  public var openDays: Set<Int>
  /// Visits (or enrolments) per resident per open day, by cohort index.
  public var visitsPerResidentPerDay: [Double]
  /// Length of one visit or enrolment [hours].
  public var visitHours: Distribution
  public var whenFull: WhenFull
  /// Running cost [CNY per place per year], paid daily from the community fund (or by a PPP
  /// operator while one runs the facility).
  public var operatingCostPerPlacePerYearCNY: Double

  public init(
    id: String, type: String, capacityPerThousand: Double, opensHour: Int = 0, closesHour: Int = 24,
    openDays: Set<Int> = Set(0...6), visitsPerResidentPerDay: [Double], visitHours: Distribution,
    whenFull: WhenFull, operatingCostPerPlacePerYearCNY: Double = 0
  ) {
    self.id = id
    self.type = type
    self.capacityPerThousand = capacityPerThousand
    self.opensHour = opensHour
    self.closesHour = closesHour
    self.openDays = openDays
    self.visitsPerResidentPerDay = visitsPerResidentPerDay
    self.visitHours = visitHours
    self.whenFull = whenFull
    self.operatingCostPerPlacePerYearCNY = operatingCostPerPlacePerYearCNY
  }

  /// Whether the facility never closes.
  public var isAlwaysOpen: Bool { isAlwaysOpen(override: nil) }

  /// Whether the facility never closes in a community that states `override` of it (its
  /// hours in place of the type's).
  public func isAlwaysOpen(override: FacilityOverride?) -> Bool {
    (override?.opensHour ?? opensHour) == 0 && (override?.closesHour ?? closesHour) == 24 && openDays.count == 7
  }

  /// Places in a community of `residents`.
  public func places(forResidents residents: Int) -> Int {
    max(1, Int(perThousand: capacityPerThousand, of: residents))
  }
}
