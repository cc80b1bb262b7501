import ReferenceModels
import SimKernel

/// `twin-bench mmc`: the M/M/c reference model run to completion, timed end to end.
enum MMCBenchmark {
  static let help = """
    twin-bench mmc [--lambda L] [--mu M] [--servers C] [--customers N] [--seed S] [--warmup W]
      Runs an M/M/c queue (rates per hour) until N customers have left and prints one JSON line.
      Defaults: --lambda 9.5 --mu 1 --servers 10 --customers 2000000 --seed 42 --warmup N/20.
    """

  static func run(_ arguments: inout BenchmarkArguments) throws -> String {
    let lambda = try arguments.value("lambda", default: 9.5, in: 1e-9...1e9)
    let mu = try arguments.value("mu", default: 1.0, in: 1e-9...1e9)
    let servers = try arguments.value("servers", default: 10, in: 1...1_000_000)
    let customers = try arguments.value("customers", default: 2_000_000, in: 1...4_000_000_000)
    let seed = try arguments.value("seed", default: UInt64(42), in: 0...UInt64.max)
    let warmup = try arguments.value("warmup", default: customers / 20, in: 0...customers - 1)
    try arguments.rejectUnknown()
    guard lambda < Double(servers) * mu else {
      throw UsageError("unstable queue: lambda \(lambda) ≥ servers × mu = \(Double(servers) * mu)")
    }

    let configuration = MMcQueue.Configuration(
      arrivalRate: lambda, serviceRate: mu, servers: servers, customers: customers, warmupCustomers: warmup)
    let model = try MMcQueue(configuration, seed: seed)
    var simulation = Simulation(model: model, reservingCapacity: servers + 16)
    let (seconds, reason) = measure { simulation.run() }
    precondition(reason == .calendarEmpty, "the run must end with every customer gone")
    simulation.finish()
    let events = simulation.eventsHandled
    precondition(events == 2 * customers, "each customer is one arrival and one departure")

    return jsonLine([
      ("model", .string("M/M/\(servers)")),
      ("build", .string(buildConfiguration)),
      ("lambda_per_hour", .number(lambda)),
      ("mu_per_hour", .number(mu)),
      ("servers", .int(servers)),
      ("customers", .int(customers)),
      ("warmup_customers", .int(warmup)),
      ("seed", .string(String(seed))),
      ("events", .int(events)),
      ("seconds", .number(seconds)),
      ("events_per_sec", .number(Double(events) / seconds)),
      ("customers_per_sec", .number(Double(customers) / seconds)),
      ("mean_wait", .number(simulation.model.waits.mean)),
      ("erlang_c_wait", .number(QueueingFormulas.mmcMeanWait(arrivalRate: lambda, serviceRate: mu, servers: servers))),
      ("utilization", .number(simulation.model.pool.utilization)),
      ("simulated_hours", .number(simulation.now.hours)),
      ("peak_rss_bytes", .int(peakResidentBytes())),
    ])
  }
}
