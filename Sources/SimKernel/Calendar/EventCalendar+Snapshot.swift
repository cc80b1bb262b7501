/// A pending event as a checkpoint keeps it: its place in the calendar's total order (time,
/// priority, insertion sequence) and its payload.
public struct PendingEvent<Event> {
  public var time: SimTime
  public var priority: EventPriority
  /// The insertion sequence number: unique within its calendar, it breaks ties.
  public var sequence: UInt64
  public var event: Event

  public init(time: SimTime, priority: EventPriority, sequence: UInt64, event: Event) {
    self.time = time
    self.priority = priority
    self.sequence = sequence
    self.event = event
  }
}

extension PendingEvent: Codable where Event: Codable {}
extension PendingEvent: Equatable where Event: Equatable {}
extension PendingEvent: Sendable where Event: Sendable {}

extension EventCalendar {
  /// Every pending event (stale ones not yet popped included), in the order they would pop.
  ///
  /// The order depends only on the events' keys, never on the tiers that hold them, so a
  /// calendar rebuilt from this list (``init(restoring:nextSequence:tieringThreshold:)``)
  /// pops the same events in the same order. O(n log n).
  public var pendingEvents: [PendingEvent<Event>] {
    let storage = _storage
    var keys: [_EventKey] = []
    keys.reserveCapacity(count)
    for index in (storage.rootVacant ? 1 : 0)..<storage.count { keys.append(storage.keys[index]) }
    for index in 0..<storage.buckets.runRemaining { keys.append(storage.buckets.runNext.unsafelyUnwrapped[index]) }
    storage.buckets.forEachKey { keys.append($0) }
    keys.sort { $0.precedes($1) }
    return keys.map { key in
      PendingEvent(
        time: SimTime(ticks: key.time), priority: EventPriority(rawValue: UInt8(truncatingIfNeeded: key.high &>> 16)),
        sequence: (key.high & 0xffff) &<< 32 | key.low &>> 32, event: storage.payloads[key.slot])
    }
  }

  /// A calendar with exactly `events` pending, each keeping its sequence number, and
  /// `nextSequence` as the next insertion's: it pops as the calendar they were taken from
  /// (``pendingEvents``) would have, and so does everything scheduled on it later.
  ///
  /// - Precondition: the sequence numbers are distinct and below `nextSequence` ≤ 2⁴⁸; times
  ///   are in 0 ..< 2⁴⁰ s.
  /// - Complexity: O(n log n).
  public init(restoring events: [PendingEvent<Event>], nextSequence: UInt64, tieringThreshold: Int = 4_096) {
    precondition(nextSequence <= Self.sequenceLimit, "next sequence \(nextSequence) is beyond 2^48")
    self.init(reservingCapacity: Swift.max(1_024, events.count), tieringThreshold: tieringThreshold)
    var seen = Set<UInt64>()
    for pending in events {
      precondition(pending.sequence < nextSequence, "sequence \(pending.sequence) is not below \(nextSequence)")
      precondition(seen.insert(pending.sequence).inserted, "sequence \(pending.sequence) appears twice")
      _nextSequence = pending.sequence
      schedule(pending.event, at: pending.time, priority: pending.priority)
    }
    _nextSequence = nextSequence
  }

  /// The pending count from which far-future events go to time buckets.
  public var tieringThreshold: Int { _storage.tieringThreshold }
}

/// A calendar is coded as its pending events in pop order and its next sequence number (not
/// its internal layout, which only affects speed).
extension EventCalendar: Codable where Event: Codable {
  private enum CodingKeys: String, CodingKey {
    case nextSequence = "next_sequence"
    case tieringThreshold = "tiering_threshold"
    case events
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let nextSequence = try container.decode(UInt64.self, forKey: .nextSequence)
    let threshold = try container.decode(Int.self, forKey: .tieringThreshold)
    let events = try container.decode([PendingEvent<Event>].self, forKey: .events)
    guard nextSequence <= Self.sequenceLimit, threshold >= 1 else {
      throw DecodingError.dataCorruptedError(
        forKey: .nextSequence, in: container, debugDescription: "next sequence or tiering threshold out of range")
    }
    var seen = Set<UInt64>()
    for pending in events {
      guard pending.sequence < nextSequence, seen.insert(pending.sequence).inserted,
        pending.time.ticks >= 0, pending.time.ticks < Self.timeLimit
      else {
        throw DecodingError.dataCorruptedError(
          forKey: .events, in: container, debugDescription: "a pending event's time or sequence is out of range")
      }
    }
    self.init(restoring: events, nextSequence: nextSequence, tieringThreshold: threshold)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(_nextSequence, forKey: .nextSequence)
    try container.encode(tieringThreshold, forKey: .tieringThreshold)
    try container.encode(pendingEvents, forKey: .events)
  }
}
