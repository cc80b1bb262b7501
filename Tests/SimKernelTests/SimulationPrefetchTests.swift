import SimKernel
import Testing

/// A hold model large enough for the calendar's far tier: 6,000 events in the first day,
/// each handled event scheduling a successor with probability ½, `shortestDelay` to
/// `shortestDelay` + 1 day later (from 1 s, some land in the heap between a batch's events;
/// from a day, none do once the far tier is on). Records what it handled and every batch
/// ``SimulationModel/prefetch(upcoming:)`` was shown.
private struct LookAheadModel: SimulationModel {
  struct Event: Hashable { var id: Int }
  final class Batches {
    /// Each batch with the number of events handled before the call.
    var seen: [(handledBefore: Int, ids: [Int])] = []
  }
  var stream = RandomStream(seed: 24, replication: 0, stream: StreamID("look-ahead"))
  var handled: [Int] = []
  var nextID = 6_000
  let shortestDelay: Int64
  let batches = Batches()

  mutating func start(_ context: inout SimContext<Event>) {
    for id in 0..<6_000 { context.schedule(Event(id: id), at: SimTime(ticks: Int64(stream.nextUnit() * 86_400))) }
  }

  mutating func handle(_ event: Event, _ context: inout SimContext<Event>) {
    handled.append(event.id)
    guard stream.nextUnit() < 0.5 else { return }
    context.schedule(Event(id: nextID), after: SimDuration(ticks: shortestDelay + Int64(stream.nextUnit() * 86_400)))
    nextID += 1
  }

  func prefetch(upcoming: UnsafeBufferPointer<Event>) -> UInt64 {
    batches.seen.append((handled.count, upcoming.map(\.id)))
    return 0
  }
}

/// The look-ahead hook: ``SimulationModel/prefetch(upcoming:)`` is shown each sorted batch of
/// the calendar's next bucket before its events are handled.
@Suite struct SimulationPrefetchTests {
  @Test(arguments: [1, 86_400] as [Int64])
  func prefetchSeesEachBatchBeforeItsEventsAreHandledInOrder(shortestDelay: Int64) {
    var simulation = Simulation(model: LookAheadModel(shortestDelay: shortestDelay))
    #expect(simulation.run() == .calendarEmpty)
    let handled = simulation.model.handled
    let batches = simulation.model.batches.seen
    #expect(batches.count > 50)
    for (n, batch) in batches.enumerated() {
      // The call comes after the pop of the bucket's first event, which is not shown again;
      // the batch's events are handled next, in its order, before the next batch is sorted
      // (events from the heap may come between them).
      let end = n + 1 < batches.count ? batches[n + 1].handledBefore : handled.count
      let members = Set(batch.ids)
      #expect(!members.contains(handled[batch.handledBefore]))
      #expect(handled[(batch.handledBefore + 1)..<end].filter(members.contains) == batch.ids)
      // With nothing scheduled into the current bucket, the batch is all that is handled.
      if shortestDelay >= 86_400 { #expect(Array(handled[(batch.handledBefore + 1)..<end]) == batch.ids) }
    }
  }
}
