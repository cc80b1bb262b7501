import SimKernel
import Testing

@Suite struct ReservoirTests {
  /// Conservation, initialLevel + deposited − withdrawn == level, after 20,000 random operations
  /// (deposits that may overflow, all-or-nothing withdrawals that may be refused, partial
  /// withdrawals). Amounts are multiples of 1/4 and stay far below 2⁵³/4, so every sum is exact
  /// in binary floating point and the identity must hold exactly, not approximately.
  @Test func stockIsConservedExactlyUnderRandomOperations() throws {
    var rng = RandomStream(seed: 51, replication: 0, stream: StreamID("reservoir"))
    var tank = try Reservoir(initialLevel: 250, capacity: 1_000)
    var offered = 0.0
    var refused = 0
    for step in 0..<20_000 {
      let amount = Double(Int.random(in: 0...1_200, using: &rng)) / 4
      let now = SimTime(ticks: Int64(step))
      switch Int.random(in: 0..<3, using: &rng) {
      case 0:
        let accepted = tank.deposit(amount, at: now)
        offered += amount
        #expect(accepted <= amount)
      case 1:
        let before = tank.level
        if !tank.withdraw(amount, at: now) {
          refused += 1
          #expect(amount > before)
          #expect(tank.level == before)
        }
      default:
        let taken = tank.withdraw(upTo: amount, at: now)
        #expect(taken <= amount)
      }
      #expect(tank.level >= 0 && tank.level <= tank.capacity)
      #expect(tank.initialLevel + tank.deposited - tank.withdrawn == tank.level)
    }
    #expect(tank.deposited + tank.overflow == offered)
    #expect(tank.refusedCount == refused)
    #expect(refused > 0 && tank.overflow > 0)  // both edge paths were exercised
  }

  /// With arbitrary real amounts the identity holds up to rounding: within 1e-9 of the
  /// throughput (documented as "up to floating-point rounding").
  @Test func stockIsConservedUpToRoundingWithRealAmounts() throws {
    var rng = RandomStream(seed: 52, replication: 0, stream: StreamID("reservoir"))
    var account = try Reservoir(initialLevel: 1_000.37)
    for step in 0..<20_000 {
      let amount = rng.nextUnit() * 300
      let now = SimTime(ticks: Int64(step))
      if rng.nextUnit() < 0.5 { account.deposit(amount, at: now) } else { _ = account.withdraw(amount, at: now) }
    }
    let scale = account.deposited + account.withdrawn
    #expect(abs(account.initialLevel + account.deposited - account.withdrawn - account.level) <= 1e-9 * scale)
    #expect(account.overflow == 0)  // unlimited capacity
  }

  @Test func depositsAboveCapacityOverflow() throws {
    var tank = try Reservoir(initialLevel: 90, capacity: 100)
    #expect(tank.deposit(25, at: .zero) == 10)
    #expect(tank.level == 100)
    #expect(tank.deposited == 10)
    #expect(tank.overflow == 15)
    #expect(tank.deposit(5, at: .zero) == 0)
    #expect(tank.overflow == 20)
  }

  @Test func allOrNothingWithdrawRefusesAndTakesNothing() throws {
    var account = try Reservoir(initialLevel: 10)
    let refused = account.withdraw(15, at: .zero)
    #expect(!refused)
    #expect(account.level == 10)
    #expect(account.withdrawn == 0)
    #expect(account.refusedCount == 1)
    let exact = account.withdraw(10, at: .zero)  // exactly the level is fine
    #expect(exact)
    #expect(account.level == 0)
    #expect(account.refusedCount == 1)
  }

  @Test func partialWithdrawTakesWhatIsThere() throws {
    var account = try Reservoir(initialLevel: 10)
    #expect(account.withdraw(upTo: 15, at: .zero) == 10)
    #expect(account.level == 0 && account.withdrawn == 10)
    #expect(account.withdraw(upTo: 5, at: .zero) == 0)
    #expect(account.refusedCount == 0)
  }

  @Test func levelStatisticIsTimeWeighted() throws {
    var tank = try Reservoir(initialLevel: 10, capacity: 50)
    tank.deposit(30, at: SimTime(ticks: 100))  // 40 from 100
    _ = tank.withdraw(upTo: 40, at: SimTime(ticks: 150))  // 0 from 150
    tank.finalize(at: SimTime(ticks: 200))
    #expect(tank.levelStatistic.area == 10 * 100 + 40 * 50)
    #expect(tank.levelStatistic.mean == 3_000.0 / 200)
    #expect(tank.levelStatistic.max == 40 && tank.levelStatistic.min == 0)
  }

  @Test func invalidReservoirsThrow() {
    #expect(throws: ParameterError.self) { try Reservoir(capacity: 0) }
    #expect(throws: ParameterError.self) { try Reservoir(capacity: -5) }
    #expect(throws: ParameterError.self) { try Reservoir(capacity: .nan) }
    #expect(throws: ParameterError.self) { try Reservoir(initialLevel: -1) }
    #expect(throws: ParameterError.self) { try Reservoir(initialLevel: 11, capacity: 10) }
    #expect(throws: ParameterError.self) { try Reservoir(initialLevel: .nan) }
    #expect(throws: ParameterError.self) { try Reservoir(initialLevel: .infinity) }
    #expect(throws: Never.self) { try Reservoir(initialLevel: 10, capacity: 10) }
  }
}
