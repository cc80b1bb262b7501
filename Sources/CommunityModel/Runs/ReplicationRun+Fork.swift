import SimKernel

extension ReplicationRun {
  /// This run continued under `fork` from its current midnight: the interventions of `fork`
  /// that start today or later replace this scenario's, and the rest goes on unchanged.
  ///
  /// Forking to the run's own scenario changes nothing (not even an event's sequence number),
  /// so it continues bit-identically. Otherwise the pending starts of this scenario's later
  /// interventions are dropped and `fork`'s are scheduled ahead of every other event at the
  /// same instant, as ``DistrictModel/start(_:)`` schedules them before the end of the
  /// warm-up: the result is bit-identical to a run of `fork` from day 0. O(pending events ·
  /// log).
  /// - Precondition: ``Scenario/forkProblems(_:atDay:)`` of ``scenario`` and `fork` at ``day``
  ///   is empty.
  public func forked(to fork: Scenario) -> ReplicationRun {
    precondition(scenario.forkProblems(fork, atDay: day).isEmpty, "a fork that changes the past")
    var run = self
    run.scenario = fork
    run.simulation.model.scenario.name = fork.name
    run.simulation.model.scenario.description = fork.description
    let later = fork.inForceAtStart.interventions
    guard later != simulation.model.scenario.interventions else { return run }
    run.simulation.model.scenario.interventions = later
    let starts = later.indices.filter { later[$0].startDay >= day }.map { i in
      PendingEvent(
        time: SimTime(.days(later[i].startDay)), priority: .urgent, sequence: 0,
        event: CommunityEvent.interventionStarts(index: UInt32(i)))
    }
    let others = simulation.pendingEvents.filter {
      if case .interventionStarts = $0.event { return false }
      return true
    }
    run.simulation.replacePendingEvents(starts + others)
    return run
  }
}
