/// How far an experiment has got: replications finished and planned, over all scenarios, and
/// the days they simulate, so that a progress display moves while long replications run. In
/// a sequential experiment (``ReplicationPlan/untilPrecision(_:)``) the plan grows as the
/// rule asks for more.
public struct ExperimentProgress: Hashable, Sendable {
  public var finished: Int
  public var planned: Int
  /// Days simulated so far over every replication, finished or under way (warm-up included).
  public var simulatedDays: Int
  /// Days the planned replications (or a sweep's runs) simulate in all; 0 when not counted.
  public var plannedDays: Int

  public init(finished: Int, planned: Int, simulatedDays: Int = 0, plannedDays: Int = 0) {
    self.finished = finished
    self.planned = planned
    self.simulatedDays = simulatedDays
    self.plannedDays = plannedDays
  }

  /// The work done out of the work planned: simulated days when they are counted, else
  /// replications. For a bar and an estimate of the time left.
  public var work: (done: Int, planned: Int) {
    plannedDays > 0 ? (min(simulatedDays, plannedDays), plannedDays) : (finished, planned)
  }
}
