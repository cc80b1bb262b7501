import SimKernel

/// One replication under way: a scenario's replication simulated midnight by midnight, which
/// can stop at a midnight, be copied (a fork) or coded to bytes (a checkpoint, `Codable`), and
/// go on later to its ``ReplicationResult``.
///
///     var run = ReplicationRun(scenario, seed: 7, replication: 0)
///     run.advance(toDay: 120)              // midnight after day 120 of the run
///     let saved = run                      // a checkpoint: a value, nothing shared
///     let result = run.finish()            // identical to runReplication(scenario, seed: 7, replication: 0)
///
/// Going on from a copy, or from a copy coded and decoded, gives results bit-identical to
/// those of the uninterrupted replication: the state is the whole simulation (calendar,
/// random streams, residents, requests, money), and nothing outside it decides anything.
public struct ReplicationRun: Codable, Sendable {
  /// The scenario as given (before its day-0 interventions are applied): a fork is checked
  /// against it (``Scenario/forkProblems(_:atDay:)``).
  public internal(set) var scenario: Scenario
  /// The replication number (its random streams, with the master seed).
  public let replication: Int
  var simulation: Simulation<DistrictModel>

  /// Replication `replication` of `scenario` under master seed `seed`, at day 0 (its first
  /// events scheduled, none handled). With `antithetic`, replications 2k and 2k + 1 are an
  /// antithetic pair (``ReplicationStreams``).
  /// - Precondition: `scenario` is valid (`Scenario.problems` is empty).
  public init(_ scenario: Scenario, seed: UInt64, replication: Int, antithetic: Bool = false) {
    self.scenario = scenario
    self.replication = replication
    let streams = ReplicationStreams(seed: seed, replication: replication, antithetic: antithetic)
    let model = DistrictModel(scenario: scenario, streams: streams)
    // Consumed, so the simulation holds the only reference to the model's arrays: a second
    // one would make the first write to each array copy it (the residents, say: 12 B each).
    simulation = Simulation(model: consume model, reservingCapacity: max(1_024, scenario.totalResidents / 4))
  }

  /// Midnights simulated so far [days from the start of the warm-up].
  public var day: Int { simulation.now.dayIndex }

  /// The horizon: warm-up plus observed days (``Scenario/simulatedDays``) [days].
  public var horizonDay: Int { scenario.simulatedDays }

  /// Events handled so far.
  public var events: Int { simulation.eventsHandled }

  /// Simulates to midnight `day`, calling `dayDone` after each midnight with the days
  /// simulated so far. Events at a midnight wait for the next step, so stopping at any
  /// midnight changes nothing. O(events).
  /// - Precondition: ``day`` ≤ `day` ≤ ``horizonDay``.
  public mutating func advance(toDay day: Int, dayDone: ((Int) -> Void)? = nil) {
    precondition(day >= self.day && day <= horizonDay, "advance(toDay: \(day)) outside \(self.day) … \(horizonDay)")
    while self.day < day {
      simulation.run(until: SimTime(.days(self.day + 1)))
      dayDone?(self.day)
    }
  }

  /// Simulates the rest of the replication: to the horizon, then through the drain, and
  /// returns its metrics and daily series (``DistrictModel/runReplication(_:seed:replication:antithetic:dayDone:)``
  /// describes what is taken when). `dayDone` is called as in ``advance(toDay:dayDone:)``, up to
  /// ``Scenario/longestRunDays`` (a drain that ends early reports its remaining days at once).
  public consuming func finish(dayDone: ((Int) -> Void)? = nil) -> ReplicationResult {
    advance(toDay: horizonDay, dayDone: dayDone)
    let days = horizonDay
    simulation.finish()
    let eventsAtHorizon = simulation.eventsHandled
    // Without the records the metrics never read, so the drain copies only the small arrays
    // it writes (the residents, 12 B each), not the request slots and pending lapses.
    var atHorizon = simulation.model.horizonRecord
    var drained = 0
    while drained < scenario.drainDays && !simulation.model.drainIsDone {
      drained += 1
      simulation.run(until: SimTime(.days(days + drained)))
      dayDone?(days + drained)
    }
    if let dayDone { for day in (days + drained)..<scenario.longestRunDays { dayDone(day + 1) } }
    atHorizon.takeOutcomes(after: simulation.model, drainDays: drained)
    return ReplicationResult(
      replication: replication, metrics: atHorizon.metrics(), daily: atHorizon.daily,
      events: simulation.eventsHandled, drainEvents: simulation.eventsHandled - eventsAtHorizon,
      money: atHorizon.money.audit(), responseHistogram: atHorizon.responses.histogram)
  }
}
