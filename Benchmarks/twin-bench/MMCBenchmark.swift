import ReferenceModels
import SimKernel
import TwinCommandLine

/// `twin-bench mmc`: the M/M/c reference model run to completion, timed end to end.
enum MMCBenchmark: Workload {
  static let warmup = Option(
    "warmup", .integer("W", in: 0...3_999_999_999), default: "N/20",
    help: "Customers whose waits are deleted before mean_wait, fewer than N.")
  static let rounds = DefaultedOption("rounds", .integer("R", in: 1...1_000), default: 5, help: "Identical runs.")

  static let spec = CommandSpec(
    "mmc", positional: nil, options: QueueArguments.options + [warmup, rounds],
    examples: ["mmc --lambda 9.5 --mu 1 --servers 10 --customers 200000 --seed 7"],
    summary: "Runs an M/M/c queue (rates per hour) until N customers have left, R identical times, and prints one "
      + "JSON line: median time (seconds, events_per_sec) and best (…_best); mean_wait in hours (units of 1/mu), "
      + "after deleting the first W customers' waits.")

  /// One timed run of the kernel M/M/c.
  static func simulate(_ q: QueueArguments) throws -> (seconds: Double, simulation: Simulation<MMcQueue>) {
    let configuration = MMcQueue.Configuration(
      arrivalRate: q.lambda, serviceRate: q.mu, servers: q.servers, customers: q.customers,
      warmupCustomers: q.warmup)
    var simulation = Simulation(model: try MMcQueue(configuration, seed: q.seed), reservingCapacity: q.servers + 16)
    let (seconds, reason) = measure { simulation.run() }
    precondition(reason == .calendarEmpty, "the run must end with every customer gone")
    simulation.finish()
    precondition(simulation.eventsHandled == 2 * q.customers, "each customer is one arrival and one departure")
    return (seconds, simulation)
  }

  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let q = try QueueArguments(arguments, warmup: warmup)
    let rounds = arguments[rounds]
    // Identical runs (same seed): results must agree exactly; the times show the machine's noise.
    var times: [Double] = []
    var first: Simulation<MMcQueue>?
    for _ in 0..<rounds {
      let (seconds, simulation) = try simulate(q)
      times.append(seconds)
      if let first {
        precondition(first.model.waits == simulation.model.waits, "identical runs must give identical results")
      } else {
        first = simulation
      }
    }
    let simulation = first.unsafelyUnwrapped
    let seconds = median(times)
    let best = times.min()!
    let events = simulation.eventsHandled
    return jsonLine([
      ("model", .string("M/M/\(q.servers)")),
      ("build", .string(buildConfiguration)),
      ("lambda_per_hour", .number(q.lambda)),
      ("mu_per_hour", .number(q.mu)),
      ("servers", .int(q.servers)),
      ("customers", .int(q.customers)),
      ("warmup_customers", .int(q.warmup)),
      ("seed", .string(String(q.seed))),
      ("events", .int(events)),
      ("rounds", .int(rounds)),
      ("seconds", .number(seconds)),
      ("events_per_sec", .number(Double(events) / seconds)),
      ("customers_per_sec", .number(Double(q.customers) / seconds)),
      ("seconds_best", .number(best)),
      ("events_per_sec_best", .number(Double(events) / best)),
      ("mean_wait", .number(simulation.model.waits.mean)),
      (
        "erlang_c_wait",
        .number(QueueingFormulas.mmcMeanWait(arrivalRate: q.lambda, serviceRate: q.mu, servers: q.servers))
      ),
      ("utilization", .number(simulation.model.pool.utilization)),
      ("simulated_hours", .number(simulation.now.hours)),
      ("peak_rss_bytes", .int(peakResidentBytes())),
    ])
  }
}
