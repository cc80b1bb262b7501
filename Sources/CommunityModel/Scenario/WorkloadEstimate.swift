/// How much work one replication of a scenario is: the events the model will handle per
/// simulated day, by the mechanism that causes them, from a closed-form estimate
/// (``Scenario/workloadEstimate``). Checked against measured runs of every shipped scenario
/// (`ReplicationResult.events`): within 5 % of them, full runs and 30-day runs alike (the
/// suite allows 25 %; `Docs/scenario-format.md`).
///
/// A scenario file whose estimate exceeds ``maxEventsPerReplication`` is refused, so that
/// no value the reader accepts starts a replication that would run for hours.
public struct WorkloadEstimate: Hashable, Sendable {
  /// What causes a share of the events.
  public enum Source: Hashable, Sendable {
    /// Needs of category `j` (``Scenario/needs`` index) and the casework they cause.
    case needs(category: Int)
    /// Visits to facility type `f` (``Scenario/facilities`` index), its openings and closings.
    case facility(Int)
    /// Administrative tasks of the casework staff.
    case adminTasks
    /// Departures and hires of role `r` (``Scenario/roles`` index).
    case turnover(role: Int)
    /// Midnights, planning cycles, projects, evaluations and partnership reviews.
    case calendar
  }

  /// Expected events per simulated day, by source (sources with none are left out).
  public var eventsPerDay: [Source: Double]
  /// Days a replication simulates: warm-up plus observed days.
  public var days: Int

  public init(eventsPerDay: [Source: Double], days: Int) {
    self.eventsPerDay = eventsPerDay
    self.days = days
  }

  /// The most events a scenario file may ask of one replication: 3 × 10¹⁰, about an hour of
  /// one core at the community model's recorded 7.7 million events per second
  /// (`Benchmarks/README.md`), four hours at the 2 million it manages on a busy machine. Ten
  /// years of a district of ten million residents like the baseline's (1.4 × 10¹⁰) fit.
  public static let maxEventsPerReplication = 3e10

  /// Expected events per simulated day, all sources.
  public var totalPerDay: Double { Self.total(eventsPerDay) }

  /// The sum of `rates`, taken in ``largestFirst``'s order: a dictionary's own order changes
  /// from process to process, and with it a sum's last bits. O(k log k) for k sources.
  static func total(_ rates: [Source: Double]) -> Double {
    WorkloadEstimate(eventsPerDay: rates, days: 0).largestFirst.reduce(0) { $0 + $1.eventsPerDay }
  }

  /// Expected events of one replication.
  public var totalPerReplication: Double { totalPerDay * Double(days) }

  /// Whether one replication stays within ``maxEventsPerReplication``.
  public var isWithinLimit: Bool { totalPerReplication <= Self.maxEventsPerReplication }

  /// The sources, largest first (ties in a fixed order).
  public var largestFirst: [(source: Source, eventsPerDay: Double)] {
    eventsPerDay.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : "\($0.0)" < "\($1.0)" }
  }
}
