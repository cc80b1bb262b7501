import TwinCommandLine

/// `twin-bench compare-mmc`: the kernel's M/M/c (`mmc`) and the hand-written loop
/// (`mmc-minimal`) alternately in one process, best of each, and the ratio, which machine
/// load does not distort.
enum CompareMMCBenchmark: Workload {
  static let rounds = DefaultedOption("rounds", .integer("R", in: 1...100), default: 5, help: "Rounds of both.")

  static let spec = CommandSpec(
    "compare-mmc", positional: nil, options: QueueArguments.options + [rounds],
    summary: "Alternates `mmc` and `mmc-minimal` R times and reports the best of each and their ratio.")

  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let q = try QueueArguments(arguments)
    let rounds = arguments[rounds]
    var kernelBest = Double.infinity
    var minimalBest = Double.infinity
    for _ in 0..<rounds {
      kernelBest = min(kernelBest, try MMCBenchmark.simulate(q).seconds)
      let minimal = MinimalMMCBenchmark.simulate(
        lambda: q.lambda, mu: q.mu, servers: q.servers, customers: q.customers, seed: q.seed)
      minimalBest = min(minimalBest, minimal.seconds)
    }
    let events = Double(2 * q.customers)
    return jsonLine([
      ("model", .string("M/M/\(q.servers) kernel vs hand-written")),
      ("build", .string(buildConfiguration)),
      ("customers", .int(q.customers)),
      ("rounds", .int(rounds)),
      ("kernel_events_per_sec", .number(events / kernelBest)),
      ("minimal_events_per_sec", .number(events / minimalBest)),
      ("kernel_over_minimal_time", .number(kernelBest / minimalBest)),
    ])
  }
}
