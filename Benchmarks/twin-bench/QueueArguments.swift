/// The M/M/c options shared by `mmc`, `mmc-minimal` and `compare-mmc`.
struct QueueArguments {
  var lambda: Double
  var mu: Double
  var servers: Int
  var customers: Int
  var seed: UInt64
  var warmup: Int

  init(_ arguments: inout BenchmarkArguments) throws {
    lambda = try arguments.value("lambda", default: 9.5, in: 1e-9...1e9)
    mu = try arguments.value("mu", default: 1.0, in: 1e-9...1e9)
    servers = try arguments.value("servers", default: 10, in: 1...1_000_000)
    customers = try arguments.value("customers", default: 2_000_000, in: 1...4_000_000_000)
    seed = try arguments.value("seed", default: UInt64(42), in: 0...UInt64.max)
    warmup = try arguments.value("warmup", default: customers / 20, in: 0...customers - 1)
    guard lambda < Double(servers) * mu else {
      throw UsageError("unstable queue: lambda \(lambda) ≥ servers × mu = \(Double(servers) * mu)")
    }
  }
}
