import CommunityModel

/// An experiment's replications of one scenario stopped at the same midnight: what a
/// checkpoint file holds (`CheckpointFile` in TwinOutputs), and where an experiment can go on
/// from (``Experiment/init(continuing:scenarios:)``), unchanged or forked into other futures.
public struct ExperimentCheckpoint: Codable, Sendable {
  /// The master seed the replications ran under.
  public var seed: UInt64
  /// Whether replications 2k and 2k + 1 are antithetic pairs.
  public var antithetic: Bool
  /// Replications 0, 1, … of the scenario, each stopped at midnight ``day``.
  public var runs: [ReplicationRun]

  /// - Precondition: `runs` is not empty; run `r` is replication `r`, of one scenario, and
  ///   every run is at the same day.
  public init(seed: UInt64, antithetic: Bool, runs: [ReplicationRun]) {
    precondition(!runs.isEmpty, "a checkpoint holds at least one replication")
    for (r, run) in runs.enumerated() {
      precondition(run.replication == r && run.day == runs[0].day, "checkpoint runs out of step")
    }
    self.seed = seed
    self.antithetic = antithetic
    self.runs = runs
  }

  /// The scenario the replications ran.
  public var scenario: Scenario { runs[0].scenario }

  /// The midnight they stopped at [days from the start of the warm-up].
  public var day: Int { runs[0].day }

  /// Replications held.
  public var replications: Int { runs.count }
}
