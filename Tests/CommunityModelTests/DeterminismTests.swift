import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

@Suite struct DeterminismTests {
  @Test func sameSeedSameResult() throws {
    let scenario = try Fixtures.smallBaseline(days: 20)
    let a = ModelRun(scenario, seed: 5, replication: 2)
    let b = ModelRun(scenario, seed: 5, replication: 2)
    // Bit patterns, since metrics with nothing to measure are NaN (and NaN ≠ NaN).
    #expect(a.metrics.map(\.value.bitPattern) == b.metrics.map(\.value.bitPattern))
    #expect(a.metrics.map(\.name) == b.metrics.map(\.name))
    #expect(a.daily.values.flatMap { $0 }.map(\.bitPattern) == b.daily.values.flatMap { $0 }.map(\.bitPattern))
    #expect(a.events == b.events)
    #expect(a.events > 10_000)
  }

  @Test func replicationsDiffer() throws {
    let scenario = try Fixtures.smallBaseline(days: 20)
    let a = ModelRun(scenario, seed: 5, replication: 0)
    let b = ModelRun(scenario, seed: 5, replication: 1)
    #expect(try a.value("requests.arrived") != b.value("requests.arrived"))
  }
}
