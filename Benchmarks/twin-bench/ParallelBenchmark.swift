import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments

/// `twin-bench parallel`: the same replications of a scenario run with one thread and with
/// every core, to measure what the parallel runner gains.
enum ParallelBenchmark: Workload {
  static let cores = ProcessInfo.processInfo.activeProcessorCount
  static let scenario = DefaultedOption(
    "scenario", .text("FILE", "a scenario file", completion: .files(extension: "json")),
    default: "Scenarios/baseline.json", help: "The scenario to run.")
  static let replications = DefaultedOption(
    "replications", .integer("N", in: 1...10_000), default: 8,
    help: "Replications (a multiple of the core count keeps every core busy to the end).")
  static let days = Option("days", .integer("D", in: 1...3_650), default: "the file's", help: "Days after the warm-up.")
  static let warmupDays = Option(
    "warmup-days", .integer("W", in: 0...3_650), default: "the file's", help: "Days of warm-up.")
  static let threads = DefaultedOption(
    "threads", .integer("T", in: 1...1_024), default: cores, defaultText: "all cores (\(cores) here)",
    help: "Threads of the parallel runs.")
  static let rounds = DefaultedOption(
    "rounds", .integer("R", in: 1...1_000), default: 3,
    help: "Rounds of both runs (one round can be off by 20 % on a shared host).")

  static let spec = CommandSpec(
    "parallel", positional: nil, options: [scenario, replications, days, warmupDays, threads, rounds],
    examples: ["parallel --replications 2 --days 10 --warmup-days 0"],
    summary: "Runs N replications of FILE with 1 thread, then with T threads, R times in alternation, checks that "
      + "every run's results are identical bit for bit, and prints one JSON line: the median seconds and "
      + "replications_per_sec of each, speedup (median 1-thread seconds ÷ median T-thread seconds), the slowest and "
      + "fastest round's speedup, and efficiency (speedup ÷ T).")

  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let file = arguments[scenario]
    let replications = arguments[replications]
    let threads = arguments[threads]
    let rounds = arguments[rounds]

    var scenario = try ScenarioFile.load(URL(fileURLWithPath: file))
    if let days = arguments[days] { scenario.days = days }
    if let warmup = arguments[warmupDays] { scenario.warmupDays = warmup }
    let experiment = Experiment(scenarios: [scenario], seed: scenario.seed, replications: .fixed(replications))
    var serialTimes: [Double] = []
    var parallelTimes: [Double] = []
    var reference: ExperimentResult?
    for _ in 0..<rounds {
      let (serialSeconds, serial) = try measure { try experiment.run(threads: 1) }
      let (parallelSeconds, parallel) = try measure { try experiment.run(threads: threads) }
      let first = reference ?? serial
      for result in [serial, parallel] {
        precondition(identical(result, first), "results differ between runs with 1 and \(threads) threads: a bug")
      }
      reference = first
      serialTimes.append(serialSeconds)
      parallelTimes.append(parallelSeconds)
    }
    let serialSeconds = median(serialTimes)
    let parallelSeconds = median(parallelTimes)
    let speedup = serialSeconds / parallelSeconds
    let roundSpeedups = zip(serialTimes, parallelTimes).map { $0 / $1 }
    return jsonLine([
      ("benchmark", .string("parallel")),
      ("build", .string(buildConfiguration)),
      ("scenario", .string(file)),
      ("replications", .int(replications)),
      ("days", .int(scenario.days)),
      ("warmup_days", .int(scenario.warmupDays)),
      ("cores", .int(cores)),
      ("threads", .int(threads)),
      ("rounds", .int(rounds)),
      ("seconds_1_thread", .number(serialSeconds)),
      ("seconds_all_threads", .number(parallelSeconds)),
      ("replications_per_sec_1_thread", .number(Double(replications) / serialSeconds)),
      ("replications_per_sec_all_threads", .number(Double(replications) / parallelSeconds)),
      ("speedup", .number(speedup)),
      ("speedup_min", .number(roundSpeedups.min()!)),
      ("speedup_max", .number(roundSpeedups.max()!)),
      ("efficiency", .number(speedup / Double(threads))),
      ("identical", .string("yes")),
    ])
  }

  /// Whether `a` and `b` hold the same replications, bit for bit: events and every metric's
  /// value. O(R · M).
  private static func identical(_ a: ExperimentResult, _ b: ExperimentResult) -> Bool {
    zip(a.results[0], b.results[0]).allSatisfy { x, y in
      x.events == y.events && x.metrics.map(\.value.bitPattern) == y.metrics.map(\.value.bitPattern)
    }
  }
}
