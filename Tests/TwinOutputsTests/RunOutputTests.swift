import Foundation
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

@Suite struct RunOutputTests {
  @Test func runOutputWritesExactlyItsFourFiles() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("results/tiny")
    let summary = ExperimentSummary(scenario: try Fixtures.tinyScenario(), seed: 1, results: Fixtures.results)
    let urls = try RunOutput.write(summary, results: Fixtures.results, to: out)
    #expect(
      urls.map(\.lastPathComponent) == ["summary.json", "replications.csv", "timeseries.csv", "distributions.csv"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
        "distributions.csv", "replications.csv", "summary.json", "timeseries.csv",
      ])
    #expect(try Data(contentsOf: urls[0]) == Data(SummaryJSON.render(summary).utf8))
    #expect(try Data(contentsOf: urls[2]) == Data(TidyCSV.timeseries(Fixtures.results).utf8))
    #expect(try Data(contentsOf: urls[3]) == Data(TidyCSV.distributions(Fixtures.results).utf8))
  }

  @Test func defaultDirectoryIsSafeForAnyName() {
    #expect(RunOutput.defaultDirectory(forScenarioNamed: "baseline") == "results/baseline")
    #expect(RunOutput.defaultDirectory(forScenarioNamed: "a/b") == "results/a_b")
    #expect(RunOutput.defaultDirectory(forScenarioNamed: "..") == "results/scenario")
  }
}
