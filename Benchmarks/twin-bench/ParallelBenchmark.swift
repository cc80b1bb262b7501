import Foundation
import TwinExperiments

/// `twin-bench parallel`: the same replications of a scenario run with one thread and with
/// every core, to measure what the parallel runner gains.
enum ParallelBenchmark {
  static let help = """
    twin-bench parallel [--scenario FILE] [--replications N] [--days D] [--warmup-days W] [--threads T]
      Runs N replications of FILE with 1 thread, then with T threads, checks that the results
      are identical bit for bit, and prints one JSON line: seconds and replications_per_sec
      for each, speedup (1-thread seconds ÷ T-thread seconds) and efficiency (speedup ÷ T).
      Defaults: --scenario Scenarios/baseline.json --replications 8 (a multiple of the core
      count keeps every core busy to the end), the file's days and warm-up, T = all cores.
    """

  static func run(_ arguments: inout BenchmarkArguments) throws -> String {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let file = arguments.value("scenario", default: "Scenarios/baseline.json")
    let replications = try arguments.value("replications", default: 8, in: 1...10_000)
    let days = try arguments.value("days", default: -1, in: -1...3_650)
    let warmup = try arguments.value("warmup-days", default: -1, in: -1...3_650)
    let threads = try arguments.value("threads", default: cores, in: 1...1_024)
    try arguments.rejectUnknown()

    var scenario = try ScenarioFile.load(URL(fileURLWithPath: file))
    if days >= 1 { scenario.days = days }
    if warmup >= 0 { scenario.warmupDays = warmup }
    let experiment = Experiment(scenarios: [scenario], seed: scenario.seed, replications: .fixed(replications))
    let (serialSeconds, serial) = try measure { try experiment.run(threads: 1) }
    let (parallelSeconds, parallel) = try measure { try experiment.run(threads: threads) }
    let identical = zip(serial.results[0], parallel.results[0]).allSatisfy { a, b in
      a.events == b.events && a.metrics.map(\.value.bitPattern) == b.metrics.map(\.value.bitPattern)
    }
    guard identical else { throw UsageError("parallel results differ from serial results: a bug") }
    let speedup = serialSeconds / parallelSeconds
    return jsonLine([
      ("benchmark", .string("parallel")),
      ("build", .string(buildConfiguration)),
      ("scenario", .string(file)),
      ("replications", .int(replications)),
      ("days", .int(scenario.days)),
      ("warmup_days", .int(scenario.warmupDays)),
      ("cores", .int(cores)),
      ("threads", .int(threads)),
      ("seconds_1_thread", .number(serialSeconds)),
      ("seconds_all_threads", .number(parallelSeconds)),
      ("replications_per_sec_1_thread", .number(Double(replications) / serialSeconds)),
      ("replications_per_sec_all_threads", .number(Double(replications) / parallelSeconds)),
      ("speedup", .number(speedup)),
      ("efficiency", .number(speedup / Double(threads))),
      ("identical", .string("yes")),
    ])
  }
}
