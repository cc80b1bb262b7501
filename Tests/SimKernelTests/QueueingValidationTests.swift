import ReferenceModels
import SimKernel
import Testing
import _TwinTestSupport

/// One finished replication of the M/M/c reference model.
private struct Replication {
  var model: MMcQueue
  /// Length of the run, from 0 to the last event [hours].
  var hours: Double

  var meanWait: Double { model.waits.mean }
  var utilization: Double { model.pool.utilization }
  /// Time-average number in system, L̂ = ∫(busy + waiting) dt / T.
  var numberInSystem: Double {
    (model.pool.busy.area + model.pool.queueLength.area) / (hours * 3_600)
  }
  var blockingShare: Double { Double(model.pool.rejectedCount) / Double(model.configuration.customers) }
}

/// Runs replications 0 ..< `replications` of `configuration` under one master seed, each until
/// the last customer has left, and closes the statistics at that time.
private func replicate(_ configuration: MMcQueue.Configuration, seed: UInt64, replications: Int) throws
  -> [Replication]
{
  try (0..<replications).map { r in
    var sim = Simulation(model: try MMcQueue(configuration, seed: seed, replication: UInt64(r)))
    let reason = sim.run()
    #expect(reason == .calendarEmpty)
    sim.finish()
    return Replication(model: sim.model, hours: sim.now.hours)
  }
}

/// An M/M/c case for the Erlang C comparison.
struct MMcCase: Sendable, CustomTestStringConvertible {
  var name: String
  var arrivalRate: Double
  var serviceRate: Double
  var servers: Int
  var replications: Int
  var customers: Int
  var warmup: Int
  var testDescription: String { name }
}

@Suite struct QueueingValidationTests {
  // MARK: - The closed forms themselves

  @Test func erlangFormulasMatchHandComputedValues() {
    // B(1, a) = a/(1 + a); B(5, 4) = (4⁵/5!) / Σ_{k≤5} 4^k/k! = 0.199067.
    #expect(abs(QueueingFormulas.erlangB(servers: 1, offeredLoad: 3) - 0.75) < 1e-15)
    #expect(abs(QueueingFormulas.erlangB(servers: 5, offeredLoad: 4) - 0.199_066_874) < 1e-9)
    #expect(QueueingFormulas.erlangB(servers: 3, offeredLoad: 0) == 0)
    // M/M/1: C = ρ, Wq = ρ/(μ − λ).
    #expect(abs(QueueingFormulas.erlangC(servers: 1, offeredLoad: 0.7) - 0.7) < 1e-15)
    #expect(abs(QueueingFormulas.mmcMeanWait(arrivalRate: 0.5, serviceRate: 1, servers: 1) - 1) < 1e-15)
    // M/M/2 with ρ = λ/(2μ): C = 2ρ²/(1 + ρ); λ = 1.2, μ = 1: ρ = 0.6, C = 0.45, Wq = 0.45/0.8.
    #expect(abs(QueueingFormulas.mmcMeanWait(arrivalRate: 1.2, serviceRate: 1, servers: 2) - 0.5625) < 1e-12)
    // M/M/3, a = 2.4: C = 0.647191, Wq = C/0.6 = 1.078652 h.
    #expect(abs(QueueingFormulas.mmcMeanWait(arrivalRate: 2.4, serviceRate: 1, servers: 3) - 1.078_651_685) < 1e-8)
    #expect(abs(QueueingFormulas.utilization(arrivalRate: 2.4, serviceRate: 1, servers: 3) - 0.8) < 1e-15)
  }

  // MARK: - Erlang C

  static let fastCases: [MMcCase] = [
    MMcCase(
      name: "M/M/1 λ=0.5 μ=1", arrivalRate: 0.5, serviceRate: 1, servers: 1, replications: 40, customers: 20_000,
      warmup: 2_000),
    MMcCase(
      name: "M/M/3 λ=2.4 μ=1", arrivalRate: 2.4, serviceRate: 1, servers: 3, replications: 40, customers: 20_000,
      warmup: 2_000),
  ]

  static let slowCases: [MMcCase] = [
    MMcCase(
      name: "M/M/1 ρ=0.9", arrivalRate: 0.9, serviceRate: 1, servers: 1, replications: 50, customers: 200_000,
      warmup: 20_000),
    MMcCase(
      name: "M/M/3 ρ=0.9", arrivalRate: 2.7, serviceRate: 1, servers: 3, replications: 50, customers: 200_000,
      warmup: 20_000),
    MMcCase(
      name: "M/M/10 ρ=0.9", arrivalRate: 9, serviceRate: 1, servers: 10, replications: 50, customers: 200_000,
      warmup: 20_000),
  ]

  /// R independent replications (master seed 2024, replications 0 ..< R), each starting empty,
  /// with the first `warmup` customers' waits discarded (hundreds of relaxation times). The
  /// per-replication mean waits are iid, so a Student-t interval over them that misses the
  /// true mean with probability `alpha` must contain the Erlang C mean wait Wq; the same holds
  /// for the server utilization ∫busy / ∫capacity against ρ = λ/(cμ). Each interval gets a
  /// quarter of its share of the 1e-4 budget (`alpha` = budget / (4 · intervals)): the
  /// per-replication mean waits are skewed (0.3 at ρ = 0.8 over 200 replications, −0.1 to −0.3
  /// at ρ = 0.9), which by the Edgeworth expansion makes the t interval miss up to about twice
  /// as often as nominal at these levels. The wait interval must also be informative, relative
  /// half-width below `informative`.
  ///
  /// History: this test once used 99 % intervals (a 1 % false-failure rate per interval) and
  /// master seed 2024, whose replications 0–19 of M/M/1 gave [1.0003, 1.0554] h, missing
  /// Wq = 1 at t = 2.90 on 19 degrees of freedom (P ≈ 0.9 %); 200 replications put the mean
  /// at 1.0003 ± 0.0026 h, no bias. The seed had been changed until it passed; the intervals
  /// now have a stated false-failure rate instead, and the seed is the original one.
  private func checkErlangC(_ c: MMcCase, alpha: Double, informative: Double) throws {
    let configuration = MMcQueue.Configuration(
      arrivalRate: c.arrivalRate, serviceRate: c.serviceRate, servers: c.servers,
      customers: c.customers, warmupCustomers: c.warmup)
    let runs = try replicate(configuration, seed: 2024, replications: c.replications)
    let wq = QueueingFormulas.mmcMeanWait(arrivalRate: c.arrivalRate, serviceRate: c.serviceRate, servers: c.servers)
    let waitCI = try #require(FalseFailure.interval(runs.map(\.meanWait), missing: alpha))
    #expect(waitCI.contains(wq), "Wq = \(wq) h, interval [\(waitCI.lower), \(waitCI.upper)] (misses with P = \(alpha))")
    #expect(waitCI.relativeHalfWidth < informative, "the interval is informative")
    #expect(runs.allSatisfy { $0.model.waits.count == c.customers - c.warmup })

    let rho = QueueingFormulas.utilization(arrivalRate: c.arrivalRate, serviceRate: c.serviceRate, servers: c.servers)
    let utilizationCI = try #require(FalseFailure.interval(runs.map(\.utilization), missing: alpha))
    #expect(utilizationCI.contains(rho), "ρ = \(rho), interval [\(utilizationCI.lower), \(utilizationCI.upper)]")
  }

  /// Two cases × two intervals. Informative: with 40 replications the wait interval's
  /// relative half-width is about 0.035 (M/M/1) and 0.080 (M/M/3) (per-replication SD 4.3 %
  /// and 9.7 % of Wq over 200 replications); it exceeds 0.15 only if the sample SD exceeds
  /// 1.87 times its true value, P(χ²₃₉ > 137) < 1e-12.
  @Test(.tags(.statistical), arguments: fastCases)
  func meanWaitMatchesErlangC(_ c: MMcCase) throws {
    try checkErlangC(c, alpha: FalseFailure.budget / (4 * 2 * 2), informative: 0.15)
  }

  /// Three cases × two intervals. Informative: with 50 replications the relative half-width is
  /// about 0.037, 0.040 and 0.043 (per-replication SD 5.0 %, 5.4 % and 5.9 % of Wq over 100
  /// replications); it exceeds 0.1 only if the sample SD exceeds 2.3 times its true value,
  /// P(χ²₄₉ > 262) < 1e-30.
  @Test(
    .enabled(if: TestEnvironment.runSlowTests, "set COMMUNITY_TWIN_SLOW_TESTS=1 to run"),
    .tags(.slow, .statistical), arguments: slowCases)
  func meanWaitMatchesErlangCUnderHeavyTraffic(_ c: MMcCase) throws {
    try checkErlangC(c, alpha: FalseFailure.budget / (4 * 3 * 2), informative: 0.1)
  }

  // MARK: - Erlang B

  /// Runs 20 replications of an M/M/c/c loss system (no waiting room, μ = 1, λ = the offered
  /// load) and checks that the Student-t interval of the per-replication blocking shares
  /// contains Erlang B(c, a) and is informative (half-width < 0.01). The shares are iid across
  /// replications (skewness 0.04 and −0.08 over 100 replications); the interval misses with
  /// probability budget / 4. Its half-width is about 0.005 (c = 5, per-replication SD 0.0041)
  /// and 0.0019 (c = 50, SD 0.0015), and exceeds 0.01 only if the sample SD exceeds 1.97 times
  /// its true value, P(χ²₁₉ > 74) < 1e-7.
  private func checkErlangB(servers: Int, offeredLoad: Double, customers: Int, seed: UInt64) throws -> [Replication] {
    let configuration = MMcQueue.Configuration(
      arrivalRate: offeredLoad, serviceRate: 1, servers: servers, waitingCapacity: 0, customers: customers)
    let runs = try replicate(configuration, seed: seed, replications: 20)
    let b = QueueingFormulas.erlangB(servers: servers, offeredLoad: offeredLoad)
    let ci = try #require(FalseFailure.interval(runs.map(\.blockingShare), missing: FalseFailure.budget / 4))
    #expect(ci.contains(b), "B = \(b), interval [\(ci.lower), \(ci.upper)]")
    #expect(ci.halfWidth < 0.01)
    return runs
  }

  /// M/M/5/5, λ = 4: Erlang B(5, 4) = 0.19907 (20 replications × 20,000 customers).
  /// Nobody ever waits, and every customer is either served or turned away.
  @Test(.tags(.statistical))
  func lossSystemBlockingMatchesErlangB() throws {
    let runs = try checkErlangB(servers: 5, offeredLoad: 4, customers: 20_000, seed: 7)
    for run in runs {
      #expect(run.model.pool.queuedCount == 0)
      #expect(run.model.pool.grantedCount + run.model.pool.rejectedCount == 20_000)
    }
  }

  @Test(
    .enabled(if: TestEnvironment.runSlowTests, "set COMMUNITY_TWIN_SLOW_TESTS=1 to run"),
    .tags(.slow, .statistical))
  func lossSystemBlockingMatchesErlangBWithManyServers() throws {
    _ = try checkErlangB(servers: 50, offeredLoad: 45, customers: 200_000, seed: 8)
  }

  // MARK: - Little's law

  /// For a run that starts and ends empty, ∫(number in system) dt = Σ sojourn times exactly:
  /// both sides add the same integer tick intervals (busy area = Σ services, queue area = Σ
  /// waits, reneged customers included). Areas are level × seconds and every partial sum is an
  /// integer far below 2⁵³, so the Double areas must equal the Int64 total exactly.
  @Test(arguments: [
    (1.2, 2, Int.max, nil as Double?),  // plain M/M/2
    (1.8, 2, Int.max, 0.5),  // with reneging (patience mean 30 min)
    (1.0, 1, 3, 1.0),  // finite waiting room and reneging
  ])
  func littlesLawHoldsExactlyForARunThatStartsAndEndsEmpty(
    arrivalRate: Double, servers: Int, waitingCapacity: Int, patience: Double?
  ) throws {
    let configuration = MMcQueue.Configuration(
      arrivalRate: arrivalRate, serviceRate: 1, servers: servers, waitingCapacity: waitingCapacity,
      customers: 5_000, meanPatience: patience)
    let run = try #require(try replicate(configuration, seed: 3, replications: 1).first)
    let pool = run.model.pool
    #expect(pool.busyCount == 0 && pool.waitingCount == 0)
    #expect(pool.busy.area + pool.queueLength.area == Double(run.model.totalSojournTicks))
    if patience != nil { #expect(run.model.reneged > 0) }
    #expect(pool.withdrawnCount == run.model.reneged)
    if waitingCapacity != Int.max { #expect(pool.rejectedCount > 0) }
  }

  /// L = λW in the statistical sense, M/M/2 with λ = 1.2, μ = 1 (10 replications × 20,000
  /// customers):
  /// - per replication, L̂ (time-average number in system) and λ·Ŵ (configured rate × mean
  ///   sojourn) differ only by the ratio N/(λT) of realised to nominal arrivals (T ≈ the sum of
  ///   N exponential gaps), whose relative standard deviation is 1/√N = 0.7 %; the bound 5/√N
  ///   is a 5σ band, exceeded with probability 5.7e-7 in each of the 10 replications;
  /// - across replications, the Student-t interval of L̂ that misses with probability
  ///   budget / 2 contains the analytic L = λ(Wq + 1/μ).
  /// In all, a correct kernel fails with probability below 5.7e-6 + 5e-5 < 1e-4.
  @Test(.tags(.statistical))
  func littlesLawHoldsStatistically() throws {
    let lambda = 1.2
    let customers = 20_000
    let configuration = MMcQueue.Configuration(arrivalRate: lambda, serviceRate: 1, servers: 2, customers: customers)
    let runs = try replicate(configuration, seed: 11, replications: 10)
    for run in runs {
      let meanSojournHours = Double(run.model.totalSojournTicks) / 3_600 / Double(customers)
      let l = run.numberInSystem
      #expect(abs(l - lambda * meanSojournHours) / l < 5 / Double(customers).squareRoot())
    }
    let analytic = lambda * (QueueingFormulas.mmcMeanWait(arrivalRate: lambda, serviceRate: 1, servers: 2) + 1)
    let ci = try #require(FalseFailure.interval(runs.map(\.numberInSystem), missing: FalseFailure.budget / 2))
    #expect(ci.contains(analytic), "L = \(analytic), interval [\(ci.lower), \(ci.upper)]")
  }
}
