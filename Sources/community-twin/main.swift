// community-twin: the command-line front end. Thin by design: it parses arguments
// (Arguments.swift), hands the work to TwinExperiments and prints the results.

import Foundation
import TwinExperiments

let version = "0.2.0"

let usage = """
  community-twin \(version): a discrete-event digital twin of community resources.

  USAGE: community-twin run SCENARIO [options]
         community-twin validate SCENARIO
         community-twin --help | --version

  COMMANDS:
    run SCENARIO        Simulate the scenario file SCENARIO (JSON) for independent
                        replications in parallel, print every metric's mean and 95%
                        confidence interval, and write the result files listed below.
    validate SCENARIO   Check the scenario file, listing every problem in it; if it is
                        valid, print a one-line overview of the district.

  RUN OPTIONS (option value, or option=value):
    --replications N    Independent replications, a whole number ≥ 1.
                        Default: from the scenario file.
    --seed S            Master random seed, a whole number 0 ... 2^64 − 1. Replication r
                        always uses the same random streams for a given S.
                        Default: from the scenario file.
    --days D            Simulated days after the warm-up [days], ≥ 1; the warm-up stays as
                        the scenario file sets it. Default: from the scenario file.
    --threads T         Worker threads, ≥ 1. Results are identical for every T.
                        Default: all cores (\(ProcessInfo.processInfo.activeProcessorCount) here).
    --out DIR           Output directory, created if missing.
                        Default: results/<scenario name>/ under the current directory.
    --format F          What to print on stdout: table (default, for reading), json (the
                        content of summary.json) or csv (name,unit,mean,sd,ci95_low,
                        ci95_high,n, one row per metric).

  OUTPUT FILES (in DIR; each is replaced atomically, never left half-written):
    summary.json        Scenario name, file and SHA-256; seed, replications, days, warm-up
                        days; per metric: name, unit, mean, sd, ci95_low, ci95_high, n, in
                        the metric's unit. sd and the interval are null with n < 2.
    replications.csv    replication,metric,value: every metric of every replication.
    timeseries.csv      replication,day,metric,value: daily series; day 0 is the first
                        day after the warm-up, warm-up days are negative.

  OPTIONS:
    -h, --help          Show this help.
    --version           Show the version.

  EXIT STATUS:
    0    Success.
    64   Usage error: unknown command or option, missing or invalid value.
    65   The scenario file is missing, unreadable or invalid (problems on stderr).
    73   The output files cannot be written.

  EXAMPLES:
    community-twin validate Scenarios/baseline.json
    community-twin run Scenarios/baseline.json --replications 20 --seed 7
    community-twin run Scenarios/baseline.json --format csv > baseline.csv

  The simulation kernel's benchmark:
    swift run -c release twin-bench mmc --lambda 9.5 --mu 1 --servers 10 --customers 2000000

  """

/// Exit statuses (sysexits.h).
enum ExitStatus {
  static let usage: Int32 = 64  // EX_USAGE
  static let dataError: Int32 = 65  // EX_DATAERR
  static let cannotCreate: Int32 = 73  // EX_CANTCREAT
}

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Reads the scenario file at `path` (the scenario and the bytes it came from), or reports
/// every problem and exits 65.
func loadScenario(_ path: String) -> (scenario: Scenario, bytes: Data) {
  do {
    return try ScenarioFile.read(URL(fileURLWithPath: path))
  } catch let error as ScenarioFileError {
    printError(error.description)
  } catch {
    printError("community-twin: error: cannot read scenario file \(path): \(error.localizedDescription)")
  }
  exit(ExitStatus.dataError)
}

func validate(_ path: String) {
  let scenario = loadScenario(path).scenario
  print("\(path): OK — \(scenario.overview)")
}

func run(_ options: RunOptions) {
  var (scenario, fileBytes) = loadScenario(options.scenario)
  if let days = options.days { scenario.days = days }
  let seed = options.seed ?? scenario.seed
  let replications = options.replications ?? scenario.replications
  let runner = options.threads.map { ReplicationRunner(threads: $0) } ?? ReplicationRunner()
  var directory = options.out ?? RunOutput.defaultDirectory(forScenarioNamed: scenario.name)
  while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
  let directoryURL = URL(fileURLWithPath: directory, isDirectory: true)

  do {
    // Fail before a long run, not after it, if the output cannot go where asked.
    try RunOutput.prepare(directoryURL)
    let results = runner.run(scenario, seed: seed, replications: replications)
    let summary = ExperimentSummary(
      scenario: scenario, file: options.scenario, sha256: SHA256.hex(fileBytes), seed: seed, results: results)
    let report =
      switch options.format {
      case .table: SummaryTable.render(summary)
      case .json: SummaryJSON.render(summary)
      case .csv: TidyCSV.metricSummaries(summary)
      }
    FileHandle.standardOutput.write(Data((report.hasSuffix("\n") ? report : report + "\n").utf8))
    try RunOutput.write(summary, results: results, to: directoryURL)
  } catch {
    printError("community-twin: error: \(error)")
    exit(ExitStatus.cannotCreate)
  }
  let prefix = directory == "/" ? "/" : directory + "/"
  printError("Wrote \(prefix)\(RunOutput.fileNames.joined(separator: ", "))")
}

do throws(UsageError) {
  switch try parseCommandLine(Array(CommandLine.arguments.dropFirst())) {
  case .help: print(usage, terminator: "")
  case .version: print(version)
  case .validate(let path): validate(path)
  case .run(let options): run(options)
  }
} catch {
  var message = "community-twin: error: \(error.message)\n"
  if let hint = error.hint { message += hint + "\n" }
  message += "Run 'community-twin --help' for usage."
  printError(message)
  exit(ExitStatus.usage)
}
