import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinOutputs

/// A department whose mean utilization over a scenario's replications reaches 0.95 is named
/// in a note; one below it, or one a run did not measure, is not.
@Suite struct SaturatedDepartmentTests {
  /// A replication of the tiny scenario (departments `housing` and `civil_affairs`) that
  /// reports the two departments' utilizations.
  static func replication(_ r: Int, housing: Double, civilAffairs: Double) -> ReplicationResult {
    ReplicationResult(
      replication: r,
      metrics: [
        MetricValue(name: "departments.utilization.housing", unit: "share", value: housing),
        MetricValue(name: "departments.utilization.civil_affairs", unit: "share", value: civilAffairs),
      ],
      daily: DailySeries(names: [], units: [], firstDay: 0, values: []), events: 0, money: Fixtures.noMoney)
  }

  @Test func theMeanOverReplicationsDecides() throws {
    let base = try Fixtures.tinyScenario()
    var busy = base
    busy.name = "busy"
    let result = ExperimentResult(
      scenarios: [base, busy], seed: 1, antithetic: false,
      results: [
        [Self.replication(0, housing: 0.99, civilAffairs: 0.5), Self.replication(1, housing: 0.90, civilAffairs: 0.5)],
        [Self.replication(0, housing: 0.9375, civilAffairs: .nan), Self.replication(1, housing: 1, civilAffairs: 1)],
      ])
    let found = SaturatedDepartment.find(in: result)
    #expect(
      found == [
        SaturatedDepartment(scenario: "busy", department: "housing", utilization: 0.96875),
        SaturatedDepartment(scenario: "busy", department: "civil_affairs", utilization: 1),
      ])
    #expect(found[0].note().hasPrefix("note: in busy the department housing ran at 96."))
    #expect(found[0].note(in: .zh).hasPrefix("注意：在busy中，部门housing以其处理能力的96."))
  }
}
