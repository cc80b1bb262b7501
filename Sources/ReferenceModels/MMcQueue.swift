import SimKernel

/// The M/M/c queue (optionally M/M/c/K with a finite waiting room, and with exponential
/// patience), built only on the kernel's public API: calendar and loop, ``ServerPool``,
/// ``RandomStream``s and ``Distribution``s. It is the model the kernel is validated with
/// (Erlang B/C, Little's law) and the model `twin-bench mmc` times.
///
/// Time unit: rates are **per hour**; waits are reported in hours.
public struct MMcQueue: SimulationModel {
  /// The three things that happen. 8 bytes, trivially copyable.
  public enum Event: Hashable, Sendable, FingerprintableEvent {
    /// The next customer arrives.
    case arrival
    /// A server finishes (which customer does not matter to the pool).
    case departure
    /// A waiting customer's patience runs out (ignored if it is already in service).
    case patienceEnds(customer: UInt32)

    public var fingerprintCode: UInt64 {
      switch self {
      case .arrival: return 1
      case .departure: return 2
      case .patienceEnds(let c): return 3 | UInt64(c) << 8
      }
    }
  }

  /// What to simulate.
  public struct Configuration: Hashable, Sendable {
    /// λ, arrivals per hour.
    public var arrivalRate: Double
    /// μ, services per hour per server.
    public var serviceRate: Double
    /// c.
    public var servers: Int
    /// Waiting room (Int.max = unlimited, 0 = Erlang loss system).
    public var waitingCapacity: Int
    /// Customers to generate; the run ends when the last has left.
    public var customers: Int
    /// The first `warmupCustomers` customers are excluded from the wait statistics.
    public var warmupCustomers: Int
    /// Mean patience [hours]; `nil` = customers never renege.
    public var meanPatience: Double?

    public init(
      arrivalRate: Double, serviceRate: Double, servers: Int, waitingCapacity: Int = .max,
      customers: Int, warmupCustomers: Int = 0, meanPatience: Double? = nil
    ) {
      self.arrivalRate = arrivalRate
      self.serviceRate = serviceRate
      self.servers = servers
      self.waitingCapacity = waitingCapacity
      self.customers = customers
      self.warmupCustomers = warmupCustomers
      self.meanPatience = meanPatience
    }
  }

  public let configuration: Configuration
  /// The servers and their waiting line; read utilisation and counts from it after the run.
  public private(set) var pool: ServerPool<UInt32>
  private var arrivalStream: RandomStream
  private var serviceStream: RandomStream
  private var patienceStream: RandomStream
  private let interArrival: Distribution
  private let service: Distribution
  private let patience: Distribution?
  private var arrived: UInt32 = 0

  /// Waits in queue [hours] of customers after the warm-up who were served (0 if served at once).
  public private(set) var waits = Tally()
  /// Sum over all served customers of wait + service [ticks]: by Little's law for a run that
  /// starts and ends empty, equals ∫(busy + waiting) dt exactly.
  public private(set) var totalSojournTicks: Int64 = 0
  /// Customers who reneged.
  public private(set) var reneged = 0

  /// A queue drawing from streams `arrivals`, `services` and `patience` of (seed, replication).
  /// - Throws: ``ParameterError`` for non-positive rates, servers < 1 or a bad patience mean.
  public init(_ configuration: Configuration, seed: UInt64, replication: UInt64 = 0) throws {
    guard configuration.servers >= 1 else {
      throw ParameterError(parameter: "servers", value: "\(configuration.servers)", allowed: "≥ 1")
    }
    guard configuration.customers >= 0, configuration.customers < Int(UInt32.max) else {
      throw ParameterError(parameter: "customers", value: "\(configuration.customers)", allowed: "0 ..< 2^32")
    }
    self.configuration = configuration
    pool = try ServerPool(capacity: configuration.servers, waitingCapacity: configuration.waitingCapacity)
    interArrival = try .exponential(rate: configuration.arrivalRate)
    service = try .exponential(rate: configuration.serviceRate)
    patience = try configuration.meanPatience.map { try .exponential(mean: $0) }
    arrivalStream = RandomStream(seed: seed, replication: replication, stream: StreamID("arrivals"))
    serviceStream = RandomStream(seed: seed, replication: replication, stream: StreamID("services"))
    patienceStream = RandomStream(seed: seed, replication: replication, stream: StreamID("patience"))
  }

  public mutating func start(_ context: inout SimContext<Event>) {
    if configuration.customers > 0 { scheduleNextArrival(&context) }
  }

  public mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    switch event {
    case .arrival: customerArrives(&context)
    case .departure: serverFinishes(&context)
    case .patienceEnds(let customer): patienceEnds(customer, &context)
    }
  }

  public mutating func finish(at time: SimTime) {
    pool.finalize(at: time)
  }

  // MARK: - Handlers

  private mutating func customerArrives(_ context: inout SimContext<Event>) {
    let customer = arrived
    arrived &+= 1
    if Int(arrived) < configuration.customers { scheduleNextArrival(&context) }
    switch pool.request(customer, at: context.now) {
    case .granted:
      startService(customer, waited: .zero, &context)
    case .queued:
      if let patience {
        let limit = SimDuration(sampling: patience.sample(using: &patienceStream), unit: .hour)
        context.schedule(.patienceEnds(customer: customer), after: limit)
      }
    case .rejected:
      break
    }
  }

  private mutating func serverFinishes(_ context: inout SimContext<Event>) {
    if let next = pool.release(at: context.now) {
      startService(next.customer, waited: next.waited, &context)
    }
  }

  private mutating func patienceEnds(_ customer: UInt32, _ context: inout SimContext<Event>) {
    if let waited = pool.withdraw(customer, at: context.now) {
      reneged += 1
      totalSojournTicks += waited.ticks
    }
  }

  // MARK: - Helpers

  @inline(__always)
  private mutating func scheduleNextArrival(_ context: inout SimContext<Event>) {
    let gap = SimDuration(sampling: interArrival.sample(using: &arrivalStream), unit: .hour)
    context.schedule(.arrival, after: gap)
  }

  @inline(__always)
  private mutating func startService(_ customer: UInt32, waited: SimDuration, _ context: inout SimContext<Event>) {
    if Int(customer) >= configuration.warmupCustomers { waits.record(waited.hours) }
    let duration = SimDuration(sampling: service.sample(using: &serviceStream), unit: .hour)
    totalSojournTicks += waited.ticks + duration.ticks
    context.schedule(.departure, after: duration)
  }
}
