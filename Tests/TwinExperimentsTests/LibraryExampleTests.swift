import CommunityModel
import Foundation
import ScenarioFiles
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// The example of `Docs/library.md`, shortened to a few simulated days, so the page stays
/// true.
@Suite struct LibraryExampleTests {
  static let root = Fixtures.packageRoot

  @Test func theDocumentedExampleRuns() throws {
    var baseline = try ScenarioFile.load(Self.root.appendingPathComponent("Scenarios/baseline.json"))
    baseline.days = 5  // shortened for the test
    baseline.warmupDays = 0
    baseline.drainDays = 3
    var devolved = baseline
    devolved.name = "devolved"
    devolved.interventions.append(
      Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 5, adminCut: 0.2)))
    let experiment = Experiment(scenarios: [baseline, devolved], seed: 7, replications: .fixed(2))
    let result = try experiment.run()
    let response = try #require(result.differences().first { $0.metric == Metric.responseMeanDays.id })
    #expect(response.scenario == "devolved" && response.count == 2)
    let comparison = Comparison(result)
    #expect(ComparisonTable.render(comparison).contains("devolved"))
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try ComparisonOutput.write(comparison, result: result, to: directory.appendingPathComponent("my-study"))
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("my-study/comparison.json").path))

    // The sweep example.
    var scenarios: [Scenario] = []
    for perThousand in [3.0, 6.0] {
      var s = baseline
      s.name = "caseworkers \(perThousand)/1000"
      s.roles[0].perThousandResidents = perThousand
      scenarios.append(s)
    }
    let sweep = try Experiment(scenarios: scenarios, seed: 7, replications: .fixed(2)).run()
    #expect(sweep.names == ["caseworkers 3.0/1000", "caseworkers 6.0/1000"])
    #expect(sweep.summary(of: 1).metrics.contains { $0.name == Metric.responseMeanDays.id })
  }
}
