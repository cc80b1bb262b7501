import TwinCommandLine

/// The M/M/c settings shared by `mmc`, `mmc-minimal` and `compare-mmc`.
struct QueueArguments {
  static let lambda = DefaultedOption(
    "lambda", .number("L", in: 1e-9...1e9), default: 9.5, help: "Arrival rate [customers per hour].")
  static let mu = DefaultedOption(
    "mu", .number("M", in: 1e-9...1e9), default: 1.0, help: "Service rate of one server [customers per hour].")
  static let servers = DefaultedOption("servers", .integer("C", in: 1...1_000_000), default: 10, help: "Servers.")
  static let customers = DefaultedOption(
    "customers", .integer("N", in: 1...4_000_000_000), default: 2_000_000,
    help: "Customers; the run ends when the last has left.")
  static let seed = DefaultedOption("seed", .unsigned("S"), default: 42, help: "Random seed.")
  /// The rows every M/M/c benchmark has (`mmc` adds `--warmup`).
  static let options: [any OptionDeclaration] = [lambda, mu, servers, customers, seed]

  var lambda: Double
  var mu: Double
  var servers: Int
  var customers: Int
  var seed: UInt64
  var warmup: Int

  /// The settings `arguments` give; `warmup` is the table's `--warmup` row, if the
  /// benchmark has one (default N/20).
  /// - Throws: a usage error for an unstable queue or a warm-up of every customer.
  init(_ arguments: ParsedArguments, warmup warmupOption: Option<Int>? = nil) throws(CommandFailure) {
    lambda = arguments[Self.lambda]
    mu = arguments[Self.mu]
    servers = arguments[Self.servers]
    customers = arguments[Self.customers]
    seed = arguments[Self.seed]
    warmup = warmupOption.flatMap { arguments[$0] } ?? customers / 20
    guard warmup < customers else {
      throw .usage("--warmup \(warmup) is out of range (allowed: 0 ... \(customers - 1), fewer than --customers)")
    }
    guard lambda < Double(servers) * mu else {
      throw .usage("unstable queue: lambda \(lambda) ≥ servers × mu = \(Double(servers) * mu)")
    }
  }
}
