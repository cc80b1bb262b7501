import Foundation
import Testing

/// The executables as a user meets them: run the built binaries, check exit status and output.
@Suite struct CommandLineTests {
  /// Runs a product from the build folder (the test bundle sits beside the executables).
  private func execute(_ product: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent(product)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, stdout, stderr)
  }

  @Test func versionPrintsASemanticVersionAndSucceeds() throws {
    let result = try execute("community-twin", ["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: ".").count == 3)
  }

  @Test func helpListsUsageAndSucceeds() throws {
    let result = try execute("community-twin", ["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: community-twin"))
  }

  @Test func unknownCommandFailsWithUsageStatusAndNamesIt() throws {
    let result = try execute("community-twin", ["frobnicate"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("'frobnicate'"))
  }

  @Test func benchmarkRejectsUnknownOptionsAndOutOfRangeValues() throws {
    let typo = try execute("twin-bench", ["mmc", "--customer", "10"])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("--customer"))
    let unstable = try execute("twin-bench", ["mmc", "--lambda", "11", "--servers", "10", "--mu", "1"])
    #expect(unstable.status == 64)
    #expect(unstable.stderr.contains("unstable"))
    let negative = try execute("twin-bench", ["mmc", "--servers", "0"])
    #expect(negative.status == 64)
    #expect(negative.stderr.contains("allowed: 1"))
  }

  /// The documented JSON keys are present and the line parses; in a debug build the binary
  /// must also say loudly that its timings are meaningless.
  @Test func mmcPrintsOneJSONLineWithTheDocumentedKeys() throws {
    let result = try execute("twin-bench", ["mmc", "--customers", "2000", "--seed", "3"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    for key in [
      "model", "customers", "events", "seconds", "events_per_sec", "customers_per_sec", "mean_wait",
      "utilization", "peak_rss_bytes",
    ] {
      #expect(object[key] != nil, "missing key \(key)")
    }
    #expect(object["events"] as? Int == 4_000)
    if object["build"] as? String != "release" {
      #expect(result.stderr.contains("WARNING"))
    }
  }
}
