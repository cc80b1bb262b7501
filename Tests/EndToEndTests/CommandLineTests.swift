import Foundation
import Testing

/// The executables as a user meets them: run the built binaries, check exit status and output.
@Suite struct CommandLineTests {
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

  /// Everything the single help text had before it became per command is still in the
  /// program's help or a command's.
  @Test func helpDocumentsEveryCommandOptionAndExitStatus() throws {
    let commands = [
      "run", "compare", "warmup", "sweep", "merge", "sensitivity", "report", "explore", "validate", "import", "export",
      "completion",
    ]
    let help = try ([["--help"]] + commands.map { [$0, "--help"] }).map { try execute("community-twin", $0).stdout }
      .joined(separator: "\n")
    for word in [
      "run SCENARIO", "compare BASE OTHER...", "warmup SCENARIO", "validate SCENARIO", "--replications N|auto",
      "--precision", "--precision-of", "--max-replications", "--antithetic", "--quiet", "--warmup-days", "--metric",
      "--window",
      "--tolerance", "--seed", "--threads", "--days", "--out", "--format", "comparison.json", "comparison.csv",
      "warmup.csv", "sweep SWEEP", "merge DIR...", "sensitivity DIR", "--shard I/N", "--resume", "runs.jsonl",
      "points.csv", "manifest.json", "report DIR", "--html FILE", "--markdown FILE", "report.html", "report.md",
      "explore DIR", "explorer.html", "import FOLDER --base SCENARIO", "--name NAME", "export SCENARIO --out DIR",
      "completion bash|zsh|fish",
      "results/<scenario name>/", "summary.json", "replications.csv", "timeseries.csv", "distributions.csv",
      "EXIT STATUS", "  64  ", "  65  ", "  73  ", "twin-bench --help",
    ] {
      #expect(help.contains(word), "help does not mention \(word)")
    }
  }

  /// One representative case per documented exit status.
  @Test func exitStatusesAreTheDocumentedOnes() throws {
    let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
    #expect(try execute("community-twin", ["validate", baseline]).status == 0)
    #expect(try execute("community-twin", ["validate", baseline, "--quiet"]).status == 64)
    #expect(try execute("community-twin", ["validate", "/nonexistent/scenario.json"]).status == 65)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ct-file-\(UUID().uuidString)")
    try Data("not a folder".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let unwritable = try execute(
      "community-twin", ["run", baseline, "--days", "1", "--drain-days", "0", "--out", file.path + "/out"])
    #expect(unwritable.status == 73, "\(unwritable.stderr)")
    #expect(unwritable.stderr.hasPrefix("community-twin: error: ") && unwritable.stdout.isEmpty)
  }

  /// Bad options are reported (exit 64, the offending option or value named, a hint) before
  /// the scenario file is even opened, so a missing file does not hide them.
  @Test(arguments: [
    (["run", "missing.json", "--replications", "0"], "--replications '0'"),
    (["run", "missing.json", "--replications", "ten"], "--replications 'ten'"),
    (["run", "missing.json", "--threads", "-2"], "--threads '-2'"),
    (["run", "missing.json", "--days", "1.5"], "--days '1.5'"),
    (["run", "missing.json", "--seed", "-1"], "--seed '-1'"),
    (["run", "missing.json", "--replication", "5"], "'--replication'"),
    (["run", "missing.json", "--seed"], "--seed needs a value"),
    (["run", "missing.json", "--format", "xml"], "'xml'"),
    (["run", "missing.json", "--seed", "1", "--seed", "2"], "more than once"),
    (["run", "a.json", "b.json"], "'b.json'"),
    (["run"], "needs a scenario file"),
    (["validate"], "needs a scenario file"),
    (["validate", "missing.json", "--days", "3"], "'--days'"),
    (["compare", "a.json"], "needs a base scenario and at least one other"),
    (["compare", "a.json", "b.json", "--precision", "0.05"], "--precision needs --replications auto"),
    (["compare", "a.json", "b.json", "--replications", "auto", "--precision", "5"], "--precision '5'"),
    (["compare", "a.json", "b.json", "--precision-of", "differences"], "--precision-of needs --replications auto"),
    (["compare", "a.json", "b.json", "--replications", "auto", "--precision-of", "diffs"], "--precision-of 'diffs'"),
    (["run", "a.json", "--replications", "auto", "--precision-of", "differences"], "needs 'compare'"),
    (["compare", "a.json", "b.json", "--replications", "3", "--antithetic"], "odd"),
    (["compare", "a.json", "b.json", "--antithetic=yes"], "takes no value"),
    (["compare", "a.json", "b.json", "--cost-metric"], "--cost-metric needs a value"),
    (["run", "a.json", "--cost-metric", "budget.spent_cny"], "'--cost-metric'"),
    (["run", "a.json", "--max-replications", "9"], "--max-replications needs --replications auto"),
    (["run", "a.json", "--warmup-days", "-1"], "--warmup-days '-1'"),
    (["warmup", "a.json", "--tolerance", "2"], "--tolerance '2'"),
    (["warmup", "a.json", "--format", "json"], "'--format'"),
    (["sweep", "s.json", "--shard", "4/4"], "--shard '4/4'"),
    (["sweep", "s.json", "--shard", "x"], "--shard 'x'"),
    (["sweep"], "needs a sweep file"),
    (["merge", "a"], "needs --out DIR"),
    (["merge", "--out", "x"], "needs the output folders"),
    (["sensitivity"], "needs a sweep output folder"),
    (["report"], "needs an output folder"),
    (["report", "a", "--html="], "--html needs a file name"),
    (["report", "a", "--pdf", "x"], "'--pdf'"),
    (["explore"], "needs a sweep output folder"),
    (["explore", "a", "--html="], "--html needs a file name"),
    (["explore", "a", "b"], "unexpected argument 'b'"),
    (["explore", "a", "--markdown", "x"], "'--markdown'"),
  ])
  func badOptionsFailWithUsageStatusAndAHint(arguments: [String], message: String) throws {
    let result = try execute("community-twin", arguments)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("community-twin: error: "))
    #expect(result.stderr.contains(message))
    #expect(result.stderr.contains("Run 'community-twin \(arguments[0]) --help' for usage."))
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: ["validate", "run"])
  func aMissingScenarioFileFailsAndIsNamed(command: String) throws {
    let path = "/nonexistent-\(UInt32.random(in: 0 ... .max))/scenario.json"
    let result = try execute("community-twin", [command, path])
    #expect(result.status == 65)
    #expect(result.stderr.contains(path))
    #expect(result.stdout.isEmpty)
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
    #expect(negative.stderr.contains("--servers '0' is not a whole number 1 ... 1000000"))
    #expect(negative.stderr.contains("Run 'twin-bench mmc --help' for usage."))
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
