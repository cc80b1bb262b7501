import CommunityModel
import Testing

/// One replication of a named scenario: the model's result, whose metric lookups fail the
/// test (naming the metric, the replication and the scenario) where a missing metric would
/// otherwise trap. Every other property of the result reads through (`run.money`,
/// `run.daily`, …).
@dynamicMemberLookup
public struct ModelRun: Sendable {
  /// The scenario's name, for failure messages.
  public var scenario: String
  public var result: ReplicationResult

  /// Replication `replication` of `scenario` under master seed `seed`, run now.
  public init(_ scenario: Scenario, seed: UInt64, replication: Int) {
    self.init(DistrictModel.runReplication(scenario, seed: seed, replication: replication), of: scenario.name)
  }

  /// A result already run, of the scenario named `scenario`.
  public init(_ result: ReplicationResult, of scenario: String) {
    self.scenario = scenario
    self.result = result
  }

  public subscript<Value>(dynamicMember keyPath: KeyPath<ReplicationResult, Value>) -> Value {
    result[keyPath: keyPath]
  }

  /// The value of metric `name`; throws (a recorded test failure) if the run has no such metric.
  public func value(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
    try result.value(name, of: scenario, sourceLocation: sourceLocation)
  }
}

extension ReplicationResult {
  /// The value of metric `name` in this replication of the scenario named `scenario`; throws
  /// (a recorded test failure naming the metric, the replication and the scenario) if the
  /// result has no such metric.
  public func value(_ name: String, of scenario: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> Double
  {
    try #require(
      self[metric: name], "no metric '\(name)' in replication \(replication) of scenario '\(scenario)'",
      sourceLocation: sourceLocation)
  }
}
