import Testing

@testable import SimKernel

/// The calendar with its far tier (time buckets) active: a small tiering threshold puts most
/// events in buckets, and every sequence must pop exactly as a sorted reference does, while
/// the calendar's internal invariants (heap order, tier boundary, bucket membership, counts,
/// payload slots) are verified as it goes.
@Suite struct EventCalendarTieringTests {
  /// The calendar's order: (time, priority, insertion sequence).
  private struct Key: Comparable {
    var time: Int64
    var priority: UInt8
    var sequence: Int
    static func < (a: Key, b: Key) -> Bool { (a.time, a.priority, a.sequence) < (b.time, b.priority, b.sequence) }
  }

  /// A calendar and a sorted array that must agree on every pop.
  private struct Pair {
    var calendar: EventCalendar<Int>
    /// Pending keys, kept sorted descending so the earliest is last.
    var reference: [Key] = []
    var sequence = 0
    /// Schedules and pops so far.
    var operations = 0

    init(tieringThreshold: Int) {
      calendar = EventCalendar(reservingCapacity: 4, tieringThreshold: tieringThreshold)
    }

    mutating func add(_ time: Int64, _ priority: UInt8) {
      calendar.schedule(sequence, at: SimTime(ticks: time), priority: EventPriority(rawValue: priority))
      let key = Key(time: time, priority: priority, sequence: sequence)
      var low = 0
      var high = reference.count
      while low < high {
        let mid = (low + high) / 2
        if key < reference[mid] { low = mid + 1 } else { high = mid }
      }
      reference.insert(key, at: low)
      sequence += 1
      checkInvariantsNowAndThen()
    }

    /// Verifies the calendar's internal invariants every max(1, n / 2) operations for n
    /// pending events: each check is O(n), so this costs O(1) per operation amortized.
    mutating func checkInvariantsNowAndThen() {
      operations += 1
      if operations % max(1, reference.count / 2) == 0 { calendar._checkInvariants() }
    }

    /// Pops one event from both; `false` (and an issue) if they disagree.
    @discardableResult
    mutating func popAndCompare() -> Bool { pop() != nil }

    /// Pops one event from both and returns its time; `nil` (and an issue) if they disagree.
    mutating func pop() -> Int64? {
      let expected = reference.popLast()
      let got = calendar.popNext()
      checkInvariantsNowAndThen()
      guard let expected, let got else {
        Issue.record("calendar popped \(String(describing: got)), reference \(String(describing: expected))")
        return nil
      }
      guard got.time.ticks == expected.time, got.event == expected.sequence else {
        Issue.record(
          "calendar popped \(got.event) at \(got.time.ticks), reference \(expected.sequence) at \(expected.time)")
        return nil
      }
      return expected.time
    }

    /// Whether count and next time agree.
    func agrees() -> Bool {
      calendar.count == reference.count && calendar.nextTime?.ticks == reference.last?.time
    }
  }

  /// A hold workload whose delays mix ties (0–3 ticks), near (minutes), far (days) and very
  /// far (years, beyond any epoch) events, with random priorities, while the pending count
  /// drifts up and down, the calendar empties completely three times and refills, and the
  /// event rate changes by orders of magnitude (so the bucket width is re-estimated).
  @Test func randomHoldSequencesMatchASortedReference() {
    var rng = RandomStream(seed: 11, replication: 0, stream: StreamID("tiering-hold"))
    let checks = simInternalChecksEnabled
    let phaseSteps = checks ? 1_500 : 12_000
    for threshold in [1, 16, 300] {
      var pair = Pair(tieringThreshold: threshold)
      var now: Int64 = 0
      var steps = 0
      phases: for (phase, scale) in [Int64(1), 60, 3_600, 5].enumerated() {
        let target = checks ? 150 : [40, 600, 2_000, 300][phase]
        for _ in 0..<phaseSteps {
          let births =
            pair.reference.count < target
            ? 2 : (pair.reference.count > 2 * target ? 0 : Int.random(in: 0...2, using: &rng))
          for _ in 0..<births {
            let delay: Int64
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<5: delay = Int64.random(in: 0...3, using: &rng)
            case 5..<15: delay = Int64.random(in: 0..<(600 * scale), using: &rng)
            case 15..<19: delay = Int64.random(in: 0..<(86_400 * scale), using: &rng)
            default: delay = Int64.random(in: 0..<(3 * 31_536_000 * scale), using: &rng)
            }
            pair.add(now + delay, UInt8.random(in: 0...3, using: &rng) * 85)
          }
          if pair.reference.isEmpty { continue }
          guard let time = pair.pop() else { break phases }
          now = time
          steps += 1
          guard pair.agrees() else {
            Issue.record("count or next time disagree at step \(steps)")
            break phases
          }
        }
        // Empty the calendar completely, then carry on from the last time.
        while !pair.reference.isEmpty {
          guard let time = pair.pop() else { break phases }
          now = time
        }
        #expect(pair.calendar.isEmpty && pair.calendar.nextTime == nil && pair.calendar.popNext() == nil)
      }
      #expect(steps >= 4 * phaseSteps - 40, "threshold \(threshold): only \(steps) steps")
    }
  }

  /// A dense stream of events a few ticks apart (short epochs) with some events thousands of
  /// epochs ahead, scheduled at the start and along the way: these wait in the overflow's far
  /// part, which is passed over only when an epoch reaches it, and must still pop in order,
  /// as must the near keys scheduled after them.
  @Test func keysManyEpochsAheadWaitInTheFarPartAndPopInOrder() {
    var rng = RandomStream(seed: 13, replication: 0, stream: StreamID("tiering-far"))
    var pair = Pair(tieringThreshold: 1)
    let steps = simInternalChecksEnabled ? 1_500 : 20_000
    for _ in 0..<200 { pair.add(Int64.random(in: 1_000_000..<100_000_000, using: &rng), 0) }
    var now: Int64 = 0
    for step in 0..<steps {
      for _ in 0..<(pair.reference.count < 300 ? 2 : 1) {
        let far = Int.random(in: 0..<50, using: &rng) == 0
        let delay =
          far ? Int64.random(in: 1_000_000..<100_000_000, using: &rng) : Int64.random(in: 0..<100, using: &rng)
        pair.add(now + delay, UInt8.random(in: 0...1, using: &rng) * 128)
      }
      guard let time = pair.pop() else { return }
      now = time
      guard pair.agrees() else {
        Issue.record("count or next time disagree at step \(step)")
        return
      }
    }
    var drained = 0
    while !pair.reference.isEmpty, pair.popAndCompare() { drained += 1 }
    #expect(pair.reference.isEmpty && pair.calendar.isEmpty, "\(drained) drained")
  }

  /// Thousands of events at a few distinct times and priorities, scheduled before any pop, so
  /// whole buckets are ties that the heap must put back in insertion order.
  @Test func tiesInsideBucketsPopInInsertionOrder() {
    var rng = RandomStream(seed: 12, replication: 0, stream: StreamID("tiering-ties"))
    var pair = Pair(tieringThreshold: 8)
    let n = simInternalChecksEnabled ? 600 : 6_000
    for _ in 0..<n {
      let time = Int64.random(in: 0..<6, using: &rng) * 1_000_000 + Int64.random(in: 0...1, using: &rng)
      pair.add(time, UInt8.random(in: 0...2, using: &rng) * 127)
    }
    #expect(pair.agrees())
    var popped = 0
    while !pair.reference.isEmpty, pair.popAndCompare() { popped += 1 }
    #expect(popped == n)
    #expect(pair.calendar.popNext() == nil)
  }

  /// With the near heap empty and everything in buckets, `count`, `nextTime` and
  /// `popNext(before:)` see the far events without moving them out of order.
  @Test func countNextTimeAndLimitSeeEventsWaitingInBuckets() {
    var calendar = EventCalendar<Int>(tieringThreshold: 1)
    calendar.schedule(1, at: SimTime(ticks: 10))
    calendar.schedule(2, at: SimTime(ticks: 1_000_000))  // the second event turns the buckets on
    calendar.schedule(3, at: SimTime(ticks: 1_000_000), priority: .urgent)
    calendar.schedule(4, at: SimTime(ticks: (1 << 40) - 1))
    #expect(calendar.popNext()?.event == 1)
    #expect(calendar.count == 3)
    #expect(calendar.nextTime == SimTime(ticks: 1_000_000))
    #expect(calendar.popNext(before: SimTime(ticks: 1_000_000)) == nil)
    #expect(calendar.count == 3)
    calendar.schedule(5, at: SimTime(ticks: 20))  // before the boundary: straight to the heap
    #expect(calendar.nextTime == SimTime(ticks: 20))
    #expect(calendar.popNext()?.event == 5)
    #expect(calendar.popNext()?.event == 3)
    #expect(calendar.popNext()?.event == 2)
    #expect(calendar.nextTime == SimTime(ticks: (1 << 40) - 1))
    #expect(calendar.popNext()?.event == 4)
    #expect(calendar.popNext() == nil)
    #expect(calendar.isEmpty)
  }

  /// The default threshold: a calendar that grows past it mid-run (its heap half popped,
  /// with a vacant root) keeps the exact order.
  @Test func crossingTheDefaultThresholdKeepsTheOrder() {
    guard !simInternalChecksEnabled else { return }  // 5,000 pending × O(n) checks per step
    var rng = RandomStream(seed: 13, replication: 0, stream: StreamID("tiering-default"))
    var pair = Pair(tieringThreshold: 4_096)
    pair.calendar = EventCalendar()
    for _ in 0..<100 { pair.add(Int64.random(in: 0..<1_000, using: &rng), 128) }
    var now: Int64 = 0
    for step in 0..<20_000 {
      let births = step < 10_000 ? 2 : (pair.reference.count > 50 ? 0 : 1)
      for _ in 0..<births { pair.add(now + Int64.random(in: 0..<100_000, using: &rng), 128) }
      guard let time = pair.pop() else { return }
      now = time
    }
    while !pair.reference.isEmpty, pair.popAndCompare() {}
    #expect(pair.calendar.isEmpty)
  }

  /// The tier activated while only far-future events were pending, so its first buckets
  /// span years; then a stream of near events fills the heap past its limit and the buckets
  /// are re-estimated (twice: a burst at one instant makes the limit double). The order stays
  /// that of a sorted reference throughout.
  @Test func bucketsAreReEstimatedWhenTheHeapOutgrowsThem() {
    var rng = RandomStream(seed: 14, replication: 0, stream: StreamID("tiering-retier"))
    var pair = Pair(tieringThreshold: 64)
    for i in 0..<64 { pair.add(Int64(400 + 30 * i) * 86_400, 0) }
    let steps = simInternalChecksEnabled ? 1_200 : 3_000
    var now: Int64 = 0
    for step in 0..<steps {
      if step == steps / 2 {
        for _ in 0..<300 { pair.add(now + 7, UInt8.random(in: 0...2, using: &rng)) }
      }
      for _ in 0..<(step < steps / 3 ? 2 : 1) { pair.add(now + Int64.random(in: 0..<5_000, using: &rng), 128) }
      guard let time = pair.pop() else { return }
      now = time
      guard pair.agrees() else {
        Issue.record("count or next time disagree at step \(step)")
        return
      }
    }
    while !pair.reference.isEmpty, pair.popAndCompare() {}
    #expect(pair.calendar.isEmpty)
  }

  /// Copies made while events wait in buckets are independent values.
  @Test func copiesWithEventsInBucketsAreIndependent() {
    var original = Pair(tieringThreshold: 4)
    for i in 0..<200 { original.add(Int64(i % 7) * 10_000 + Int64(i), UInt8(i % 3)) }
    for _ in 0..<5 { original.popAndCompare() }
    var copy = original
    for i in 0..<100 { copy.add(Int64(i) * 3_000, 0) }
    while !copy.reference.isEmpty, copy.popAndCompare() {}
    #expect(copy.calendar.isEmpty)
    #expect(original.agrees())
    while !original.reference.isEmpty, original.popAndCompare() {}
    #expect(original.calendar.isEmpty)
  }

  /// Payloads that hold references are released exactly once however they leave: popped
  /// from the heap or from the run (whose payloads are copies gathered when a bucket is
  /// sorted), dropped by `removeAll` while a run is half used, carried by a copy of the
  /// calendar, or freed with a calendar that still has events pending.
  @Test func referencePayloadsAreReleasedOnce() {
    final class Token {
      let id: Int
      init(_ id: Int) { self.id = id }
    }
    struct WeakToken { weak var token: Token? }
    var tokens: [WeakToken] = []
    /// Token `id`'s time [ticks]: spread over 50,000 ticks, out of insertion order.
    func due(_ id: Int) -> Int64 { Int64(id * 977 % 50_000) }
    func schedule(_ count: Int, into calendar: inout EventCalendar<Token>) {
      for _ in 0..<count {
        let token = Token(tokens.count)
        tokens.append(WeakToken(token: token))
        calendar.schedule(token, at: SimTime(ticks: due(token.id)))
      }
    }
    do {
      var calendar = EventCalendar<Token>(reservingCapacity: 4, tieringThreshold: 4)
      schedule(300, into: &calendar)
      // Pop until a bucket has been sorted into the run and two of its events wait there.
      var last: Int64 = 0
      var popped = 0
      while calendar._storage.buckets.runRemaining < 2, let (time, token) = calendar.popNext() {
        #expect(time.ticks >= last && time.ticks == due(token.id))
        last = time.ticks
        popped += 1
      }
      var copy = calendar
      let (copyTime, copyToken) = copy.popNext()!  // the copy gets its own storage, run copies included
      #expect(copyTime.ticks >= last && copyTime.ticks == due(copyToken.id))
      #expect(copy._storage.buckets.runRemaining > 0)  // removeAll drops a half-used run
      copy.removeAll()
      while let (time, token) = calendar.popNext() {
        #expect(time.ticks >= last && time.ticks == due(token.id))
        last = time.ticks
        popped += 1
      }
      #expect(popped == 300)

      var abandoned = EventCalendar<Token>(reservingCapacity: 4, tieringThreshold: 4)
      schedule(300, into: &abandoned)
      while abandoned._storage.buckets.runRemaining < 2, abandoned.popNext() != nil {}
      _ = abandoned.popNext()
      #expect(abandoned._storage.buckets.runRemaining > 0)  // freed with a half-used run
    }
    #expect(tokens.count == 600 && tokens.allSatisfy { $0.token == nil })
  }

  /// `removeAll` empties both tiers; the calendar is then as good as new.
  @Test func removeAllEmptiesBothTiers() {
    var pair = Pair(tieringThreshold: 4)
    for i in 0..<300 { pair.add(Int64(i) * 977 % 100_000, 128) }
    pair.popAndCompare()
    pair.calendar.removeAll()
    pair.reference.removeAll()
    #expect(pair.calendar.isEmpty && pair.calendar.nextTime == nil && pair.calendar.popNext() == nil)
    for i in 0..<300 { pair.add(Int64(i) * 613 % 50_000, UInt8(i % 2)) }
    #expect(pair.agrees())
    while !pair.reference.isEmpty, pair.popAndCompare() {}
    #expect(pair.calendar.isEmpty)
  }

  /// The range check holds with the buckets on (their boundary never passes 2⁴⁰).
  @Test func timesOutsideTheRangeTrapWithBucketsOn() async {
    await #expect(processExitsWith: .failure) {
      var calendar = EventCalendar<Int>(tieringThreshold: 1)
      for i in 0..<10 { calendar.schedule(i, at: SimTime(ticks: Int64(i) << 36)) }
      while calendar.count > 1 { _ = calendar.popNext() }
      calendar.schedule(99, at: SimTime(ticks: 1 << 40))
    }
    await #expect(processExitsWith: .failure) {
      var calendar = EventCalendar<Int>(tieringThreshold: 1)
      for i in 0..<10 { calendar.schedule(i, at: SimTime(ticks: Int64(i) * 1_000)) }
      calendar.schedule(99, at: SimTime(ticks: -1))
    }
  }
}
