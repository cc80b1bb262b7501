/// What a replication under way has counted so far in its statistics window: the events a
/// narrator can tell ("two projects were approved, a worker quit"), read between two
/// midnights and compared (``ReplicationRun/tally``). Every count starts at zero at the end of
/// the warm-up and only grows.
public struct RunTally: Hashable, Sendable {
  /// Projects proposed, approved (after the chain or locally), turned down, and built.
  public var projectsProposed = 0
  public var projectsApproved = 0
  public var projectsRejected = 0
  public var projectsCompleted = 0
  /// Intended misuse of project money caught because the accounts were disclosed.
  public var misuseExposed = 0
  /// Communities struck by an emergency, and emergency repairs finished.
  public var emergenciesStruck = 0
  public var repairsDone = 0
  /// Staff who left (any role) and posts filled by a new hire.
  public var departures = 0
  public var hires = 0
  /// PPP operators who left because fees and subsidy fell short, and whose contract ran out.
  public var operatorExits = 0
  public var contractsEnded = 0

  public init() {}
}

extension ReplicationRun {
  /// The counts of the statistics window so far (zero during the warm-up). O(roles).
  public var tally: RunTally {
    let model = simulation.model
    var tally = RunTally()
    tally.projectsProposed = model.projectCounts.proposed
    tally.projectsApproved = model.projectCounts.approved
    tally.projectsRejected = model.projectCounts.rejected
    tally.projectsCompleted = model.projectCounts.completed
    tally.misuseExposed = model.projectCounts.misuseStopped
    tally.emergenciesStruck = model.emergencyCounts.struck
    tally.repairsDone = model.emergencyCounts.repairDays.count
    tally.departures = model.departures.reduce(0, +)
    tally.hires = model.hires
    tally.operatorExits = model.operatorExits
    tally.contractsEnded = model.contractsEnded
    return tally
  }

  /// The daily rows recorded so far, warm-up included (``DailySeries``; the columns are
  /// ``MetricCatalog/dailySeries``).
  public var daily: DailySeries { simulation.model.daily }
}
