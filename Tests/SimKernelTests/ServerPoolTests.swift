import SimKernel
import Testing

private func at(_ ticks: Int64) -> SimTime { SimTime(ticks: ticks) }

@Suite struct ServerPoolTests {
  @Test func grantsUntilFullThenQueues() throws {
    var pool = try ServerPool<Int>(capacity: 2)
    #expect(pool.request(1, at: at(0)) == .granted)
    #expect(pool.request(2, at: at(0)) == .granted)
    #expect(pool.request(3, at: at(0)) == .queued)
    #expect(pool.busyCount == 2)
    #expect(pool.waitingCount == 1)
    #expect(pool.grantedCount == 2 && pool.queuedCount == 1 && pool.rejectedCount == 0)
    #expect(pool.capacity == 2 && pool.priorityLevels == 1)
  }

  @Test func waitingCustomersAreServedFirstComeFirstServed() throws {
    var pool = try ServerPool<Int>(capacity: 1)
    #expect(pool.request(0, at: at(0)) == .granted)
    for c in 1...5 { #expect(pool.request(c, at: at(Int64(c))) == .queued) }
    var admitted: [Int] = []
    var waits: [Int64] = []
    for t in stride(from: Int64(100), through: 500, by: 100) {
      let released = pool.release(at: at(t))
      let admission = try #require(released)
      admitted.append(admission.customer)
      waits.append(admission.waited.ticks)
    }
    #expect(admitted == [1, 2, 3, 4, 5])
    #expect(waits == [99, 198, 297, 396, 495])
    #expect(pool.release(at: at(600)) == nil)
    #expect(pool.busyCount == 0 && pool.waitingCount == 0)
  }

  @Test func classZeroIsServedBeforeClassOneAndFIFOWithinAClass() throws {
    var pool = try ServerPool<String>(capacity: 1, priorityLevels: 3)
    #expect(pool.request("busy", at: at(0)) == .granted)
    _ = pool.request("low-1", priority: 2, at: at(1))
    _ = pool.request("mid-1", priority: 1, at: at(2))
    _ = pool.request("low-2", priority: 2, at: at(3))
    _ = pool.request("top-1", priority: 0, at: at(4))
    _ = pool.request("mid-2", priority: 1, at: at(5))
    _ = pool.request("top-2", priority: 0, at: at(6))
    var order: [String] = []
    var t: Int64 = 10
    while let next = pool.release(at: at(t)) {
      order.append(next.customer)
      t += 10
    }
    #expect(order == ["top-1", "top-2", "mid-1", "mid-2", "low-1", "low-2"])
  }

  @Test func rejectsWhenTheWaitingRoomIsFull() throws {
    var pool = try ServerPool<Int>(capacity: 1, waitingCapacity: 2)
    #expect(pool.request(1, at: at(0)) == .granted)
    #expect(pool.request(2, at: at(0)) == .queued)
    #expect(pool.request(3, at: at(0)) == .queued)
    #expect(pool.request(4, at: at(0)) == .rejected)
    #expect(pool.rejectedCount == 1)
    #expect(pool.waitingCount == 2)
    _ = pool.release(at: at(5))  // 2 starts; a place frees up
    #expect(pool.request(5, at: at(6)) == .queued)
    #expect(pool.request(6, at: at(7)) == .rejected)
    #expect(pool.rejectedCount == 2)
  }

  @Test func pureLossSystemRejectsWheneverAllServersAreBusy() throws {
    var pool = try ServerPool<Int>(capacity: 2, waitingCapacity: 0)
    #expect(pool.request(1, at: at(0)) == .granted)
    #expect(pool.request(2, at: at(0)) == .granted)
    #expect(pool.request(3, at: at(0)) == .rejected)
    #expect(pool.waitingCount == 0)
    #expect(pool.release(at: at(1)) == nil)
    #expect(pool.request(4, at: at(2)) == .granted)
  }

  @Test func withdrawRemovesTheRightCustomerAndKeepsTheOrder() throws {
    var pool = try ServerPool<Int>(capacity: 1, priorityLevels: 2)
    _ = pool.request(0, at: at(0))
    for c in 1...6 { _ = pool.request(c, priority: c % 2, at: at(Int64(c * 10))) }
    // Class 0: 2, 4, 6. Class 1: 1, 3, 5.
    #expect(pool.withdraw(4, at: at(100)) == .seconds(60))
    #expect(pool.withdraw(3, at: at(100)) == .seconds(70))
    #expect(pool.withdraw(4, at: at(100)) == nil)  // already gone
    #expect(pool.withdraw(0, at: at(100)) == nil)  // in service, not waiting
    #expect(pool.withdraw(42, at: at(100)) == nil)
    #expect(pool.withdrawnCount == 2)
    #expect(pool.waitingCount == 4)
    var order: [Int] = []
    var t: Int64 = 200
    while let next = pool.release(at: at(t)) {
      order.append(next.customer)
      t += 1
    }
    #expect(order == [2, 6, 1, 5])
  }

  /// Random requests (3 classes), releases and withdrawals, checked step by step against a
  /// naive model of the discipline: lowest class first, FIFO within a class.
  @Test func randomOperationsMatchANaiveReference() throws {
    var rng = RandomStream(seed: 41, replication: 0, stream: StreamID("pool"))
    var pool = try ServerPool<Int>(capacity: 3, priorityLevels: 3, waitingCapacity: 25)
    var lines: [[(customer: Int, since: Int64)]] = [[], [], []]
    var busy = 0
    var next = 0
    var now: Int64 = 0
    for _ in 0..<20_000 {
      now += Int64.random(in: 0...3, using: &rng)
      let waiting = lines.reduce(0) { $0 + $1.count }
      switch Int.random(in: 0..<10, using: &rng) {
      case 0..<5:
        let cls = Int.random(in: 0..<3, using: &rng)
        let expected: ServerPool<Int>.Decision =
          busy < 3 && waiting == 0 ? .granted : (waiting < 25 ? .queued : .rejected)
        let decision = pool.request(next, priority: cls, at: at(now))
        #expect(decision == expected)
        if decision == .granted { busy += 1 }
        if decision == .queued { lines[cls].append((next, now)) }
        next += 1
      case 5..<9:
        guard busy > 0 else { continue }
        let admission = pool.release(at: at(now))
        if let cls = lines.firstIndex(where: { !$0.isEmpty }) {
          let head = lines[cls].removeFirst()
          #expect(admission?.customer == head.customer)
          #expect(admission?.waited.ticks == now - head.since)
        } else {
          #expect(admission == nil)
          busy -= 1
        }
      default:
        let all = lines.flatMap { $0 }
        guard let victim = all.randomElement(using: &rng) else { continue }
        for cls in 0..<3 { lines[cls].removeAll { $0.customer == victim.customer } }
        #expect(pool.withdraw(victim.customer, at: at(now))?.ticks == now - victim.since)
      }
      #expect(pool.busyCount == busy)
      #expect(pool.waitingCount == lines.reduce(0) { $0 + $1.count })
    }
  }

  @Test func raisingCapacityLetsAdmitNextStartWaitingCustomers() throws {
    var pool = try ServerPool<Int>(capacity: 1)
    _ = pool.request(1, at: at(0))
    _ = pool.request(2, at: at(0))
    _ = pool.request(3, at: at(0))
    _ = pool.request(4, at: at(0))
    #expect(pool.admitNext(at: at(5)) == nil)  // no free server yet
    pool.setCapacity(3, at: at(10))
    #expect(pool.capacity == 3)
    #expect(pool.admitNext(at: at(10))?.customer == 2)
    #expect(pool.admitNext(at: at(10))?.customer == 3)
    #expect(pool.admitNext(at: at(10)) == nil)
    #expect(pool.busyCount == 3 && pool.waitingCount == 1)
  }

  @Test func loweringCapacityTakesEffectAsServersFinish() throws {
    var pool = try ServerPool<Int>(capacity: 3)
    for c in 1...5 { _ = pool.request(c, at: at(0)) }
    pool.setCapacity(1, at: at(10))
    #expect(pool.busyCount == 3)  // no preemption
    #expect(pool.release(at: at(20)) == nil)  // 2 busy > 1: nobody starts
    #expect(pool.release(at: at(30)) == nil)  // 1 busy = 1: still full
    #expect(pool.release(at: at(40))?.customer == 4)
    #expect(pool.busyCount == 1 && pool.waitingCount == 1)
    // Requests while over capacity queue behind the waiting line.
    pool.setCapacity(0, at: at(50))
    #expect(pool.request(6, at: at(50)) == .queued)
  }

  /// Utilization = ∫busy / ∫capacity. Timeline: capacity 2 on [0, 10), 4 on [10, 20); busy 1 on
  /// [0, 10), 3 on [10, 20). ∫busy = 10 + 30 = 40, ∫capacity = 20 + 40 = 60.
  @Test func utilizationIsBusyAreaOverCapacityArea() throws {
    var pool = try ServerPool<Int>(capacity: 2)
    _ = pool.request(1, at: at(0))
    pool.setCapacity(4, at: at(10))
    _ = pool.request(2, at: at(10))
    _ = pool.request(3, at: at(10))
    pool.finalize(at: at(20))
    #expect(pool.busy.area == 40)
    #expect(pool.capacityLevel.area == 60)
    #expect(pool.utilization == 40.0 / 60)
    #expect(abs(pool.busy.mean - 2) < 1e-12)
    #expect(try ServerPool<Int>(capacity: 0).utilization == 0)
  }

  @Test func queueLengthIsTimeWeighted() throws {
    var pool = try ServerPool<Int>(capacity: 1)
    _ = pool.request(1, at: at(0))
    _ = pool.request(2, at: at(10))  // queue 1 from 10
    _ = pool.request(3, at: at(20))  // queue 2 from 20
    _ = pool.release(at: at(30))  // queue 1 from 30
    _ = pool.withdraw(3, at: at(35))  // queue 0 from 35
    pool.finalize(at: at(40))
    #expect(pool.queueLength.area == 10 + 20 + 5)
    #expect(pool.queueLength.max == 2)
    #expect(pool.busy.area == 40)
  }

  @Test func resetStatisticsZeroesCountersButKeepsCustomers() throws {
    var pool = try ServerPool<Int>(capacity: 1, waitingCapacity: 1)
    _ = pool.request(1, at: at(0))
    _ = pool.request(2, at: at(0))
    _ = pool.request(3, at: at(0))
    pool.resetStatistics(at: at(100))
    #expect(pool.grantedCount == 0 && pool.queuedCount == 0 && pool.rejectedCount == 0)
    #expect(pool.busyCount == 1 && pool.waitingCount == 1)
    #expect(pool.busy.windowStart == at(100) && pool.busy.area == 0)
    pool.finalize(at: at(110))
    #expect(pool.busy.area == 10)
    #expect(pool.release(at: at(110))?.customer == 2)
  }

  @Test func invalidPoolsThrow() {
    #expect(throws: ParameterError.self) { try ServerPool<Int>(capacity: -1) }
    #expect(throws: ParameterError.self) { try ServerPool<Int>(capacity: 1, priorityLevels: 0) }
    #expect(throws: ParameterError.self) { try ServerPool<Int>(capacity: 1, priorityLevels: 65) }
    #expect(throws: ParameterError.self) { try ServerPool<Int>(capacity: 1, waitingCapacity: -1) }
    #expect(throws: Never.self) { try ServerPool<Int>(capacity: 0, priorityLevels: 64, waitingCapacity: 0) }
  }
}
