import Foundation
import ScenarioFiles
import TwinExperiments

/// `twin-bench parallel`: the same replications of a scenario run with one thread and with
/// every core, to measure what the parallel runner gains.
enum ParallelBenchmark {
  static let help = """
    twin-bench parallel [--scenario FILE] [--replications N] [--days D] [--warmup-days W] [--threads T]
                        [--rounds R]
      Runs N replications of FILE with 1 thread, then with T threads, R times in alternation,
      checks that every run's results are identical bit for bit, and prints one JSON line:
      the median seconds and replications_per_sec of each, speedup (median 1-thread seconds ÷
      median T-thread seconds), the slowest and fastest round's speedup, and efficiency
      (speedup ÷ T). Defaults: --scenario Scenarios/baseline.json --replications 8 (a multiple
      of the core count keeps every core busy to the end), the file's days and warm-up,
      T = all cores, R = 3 (one round can be off by 20 % on a shared host).
    """

  static func run(_ arguments: inout BenchmarkArguments) throws -> String {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let file = arguments.value("scenario", default: "Scenarios/baseline.json")
    let replications = try arguments.value("replications", default: 8, in: 1...10_000)
    let days = try arguments.value("days", default: -1, in: -1...3_650)
    let warmup = try arguments.value("warmup-days", default: -1, in: -1...3_650)
    let threads = try arguments.value("threads", default: cores, in: 1...1_024)
    let rounds = try arguments.value("rounds", default: 3, in: 1...1_000)
    try arguments.rejectUnknown()

    var scenario = try ScenarioFile.load(URL(fileURLWithPath: file))
    if days >= 1 { scenario.days = days }
    if warmup >= 0 { scenario.warmupDays = warmup }
    let experiment = Experiment(scenarios: [scenario], seed: scenario.seed, replications: .fixed(replications))
    var serialTimes: [Double] = []
    var parallelTimes: [Double] = []
    var reference: ExperimentResult?
    for _ in 0..<rounds {
      let (serialSeconds, serial) = try measure { try experiment.run(threads: 1) }
      let (parallelSeconds, parallel) = try measure { try experiment.run(threads: threads) }
      let first = reference ?? serial
      for result in [serial, parallel] where !identical(result, first) {
        throw UsageError("results differ between runs with 1 and \(threads) threads: a bug")
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
