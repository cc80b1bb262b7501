import Foundation
import Testing
import TwinExperiments

@Suite struct AtomicFileTests {
  @Test func writesReplacesAndLeavesNoTemporaryFiles() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("out.txt")
    try AtomicFile.write(Data("first\n".utf8), to: url)
    try AtomicFile.write(Data("second\n".utf8), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "second\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
  }

  @Test func aFailedWriteNamesThePathAndTheReasonAndLeavesNothing() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("no-such-folder/out.txt")
    #expect {
      try AtomicFile.write(Data("x".utf8), to: missing)
    } throws: { error in
      let description = String(describing: error)
      return description.contains(missing.path) && description.contains("No such file or directory")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func createDirectoryMakesParentsAndRejectsAFileInTheWay() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let nested = directory.appendingPathComponent("a/b/c")
    try AtomicFile.createDirectory(nested)
    try AtomicFile.createDirectory(nested)
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: nested.path, isDirectory: &isDirectory) && isDirectory.boolValue)

    let file = directory.appendingPathComponent("plain")
    try AtomicFile.write(Data(), to: file)
    #expect(throws: OutputWriteError(path: file.path, reason: "exists and is not a directory")) {
      try AtomicFile.createDirectory(file.appendingPathComponent("sub"))
    }
  }

  @Test func runOutputWritesExactlyItsFourFiles() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("results/tiny")
    let summary = ExperimentSummary(scenario: try Fixtures.tinyScenario(), seed: 1, results: Fixtures.results)
    let urls = try RunOutput.write(summary, results: Fixtures.results, to: out)
    #expect(urls.map(\.lastPathComponent) == ["summary.json", "replications.csv", "timeseries.csv", "distributions.csv"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
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
