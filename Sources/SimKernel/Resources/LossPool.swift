/// Places with no waiting line whose occupants say on entry when they will leave: a car
/// park, enrolments of a drawn term. An arrival takes a place or is turned away (Erlang's
/// loss system), and **no departure is an event**.
///
/// A ``ServerPool`` needs the model to schedule every service completion, because a
/// completion may start a waiting customer. Here nobody waits, so a departure matters only
/// to the next arrival that finds the places looking full: the pool keeps its occupants' end
/// times, unsorted, and drops those that are due only then (and when asked for the
/// occupancy). An arrival at a place that looks free reads the pool's counts and writes one
/// end time.
///
/// **Ties**: a place whose occupant leaves at the same second as an arrival is free for it
/// (ends at `now` are settled before the arrival is decided).
///
/// **The end times live in a ``Store`` shared by many pools**, each pool a run of its slots.
/// A Swift array checks that it is uniquely referenced, reading its header, on every write:
/// with an array per pool, that header was a cache miss at nearly every entry of a district's
/// ten thousand pools; one store's header stays in cache. The pool's own fields (counts,
/// capacity, the earliest end) hold everything an arrival decides on, so that an arrival
/// that finds room touches the store only to write.
///
/// The busy area (∫ occupancy dt, the numerator of utilization) needs no monitor either:
/// each entry books its whole stay, and the part of a stay after `now` is subtracted when
/// the area is asked for. Areas are whole place-seconds in `Int64`, exact in any order.
///
/// - Warning: Not thread-safe.
public struct LossPool: Hashable, Sendable, Codable {
  /// The end times [ticks] of many pools' occupants, each pool's in its own run of slots.
  public struct Store: Hashable, Sendable, Codable {
    @usableFromInline var _ticks: [Int64] = []

    /// An empty store.
    public init() {}

    /// Appends `count` slots; returns the first. Amortized O(count).
    mutating func _reserve(_ count: Int) -> Int {
      let first = _ticks.count
      _ticks.append(contentsOf: repeatElement(0, count: count))
      return first
    }
  }

  @usableFromInline var _capacity: Int
  /// Places available (may be below the occupancy briefly after a cut: a cut takes effect as
  /// occupants leave).
  public var capacity: Int { _capacity }
  /// First of the pool's slots in its store.
  @usableFromInline var _first: Int
  /// Slots reserved (at least every capacity the pool has had).
  @usableFromInline var _slots: Int
  /// End times kept: those of the occupants not yet seen to leave, in slots
  /// `_first ..< _first + _held`; some may be due since the last settlement.
  @usableFromInline var _held = 0
  /// The earliest of the kept ends (`Int64.max` if none): until then, nobody leaves.
  @usableFromInline var _earliestEnd: Int64 = .max
  /// Start of the observation window (the capacity monitor's).
  public var windowStart: SimTime { capacityLevel.windowStart }
  /// Place-seconds booked in the window: the whole remaining stay of each occupant present at
  /// the window's start, and the whole stay of each later entry.
  @usableFromInline var _bookedArea: Int64 = 0
  @usableFromInline var _grantedCount = 0
  /// Arrivals given a place in the window.
  public var grantedCount: Int { _grantedCount }
  @usableFromInline var _rejectedCount = 0
  /// Arrivals turned away in the window.
  public var rejectedCount: Int { _rejectedCount }
  /// Time-weighted number of places (for utilization under opening hours and cuts).
  public private(set) var capacityLevel: TimeWeighted

  /// `capacity` free places at `start`, whose end times `store` keeps. O(capacity).
  /// - Throws: ``ParameterError`` if `capacity` < 0.
  public init(capacity: Int, at start: SimTime = .zero, in store: inout Store) throws {
    guard capacity >= 0 else {
      throw ParameterError(parameter: "capacity", value: "\(capacity)", allowed: "≥ 0")
    }
    self._capacity = capacity
    self._slots = capacity
    self._first = store._reserve(capacity)
    self.capacityLevel = TimeWeighted(level: Double(capacity), at: start)
  }

  /// Whether an arrival at `now` finds a free place; if the places look full, first drops the
  /// occupants due by `now`. O(1) while the occupancy stays below capacity; when full,
  /// O(occupants) at most once per departure.
  /// - Precondition: `now` is not before an earlier call's.
  @inlinable @inline(__always)
  public mutating func hasRoom(at now: SimTime, in store: inout Store) -> Bool {
    if _held < _capacity { return true }
    if now.ticks < _earliestEnd { return false }
    _settle(at: now, in: &store)
    return _held < _capacity
  }

  /// An arrival at `now` takes a place until `end`. O(1).
  /// - Precondition: ``hasRoom(at:in:)`` was true at `now`; `end` ≥ `now`.
  @inlinable @inline(__always)
  public mutating func enter(until end: SimTime, at now: SimTime, in store: inout Store) {
    precondition(end >= now && _held < _slots, "LossPool.enter: no room, or the stay ends before it starts")
    store._ticks[_first &+ _held] = end.ticks
    _held &+= 1
    if end.ticks < _earliestEnd { _earliestEnd = end.ticks }
    _bookedArea &+= end.ticks &- now.ticks
    _grantedCount &+= 1
  }

  /// Counts an arrival at `now` that found no room. O(1).
  @inlinable
  public mutating func turnAway() { _rejectedCount &+= 1 }

  /// Drops the occupants whose stay ends by `now`. O(occupants), in one pass.
  @usableFromInline
  mutating func _settle(at now: SimTime, in store: inout Store) {
    var kept = 0
    var earliest = Int64.max
    let (first, held) = (_first, _held)
    store._ticks.withUnsafeMutableBufferPointer { ticks in
      for slot in first..<(first &+ held) where ticks[slot] > now.ticks {
        let end = ticks[slot]
        ticks[first &+ kept] = end
        kept &+= 1
        if end < earliest { earliest = end }
      }
    }
    _held = kept
    _earliestEnd = earliest
  }

  /// Places occupied at `now`. O(occupants).
  public mutating func occupancy(at now: SimTime, in store: inout Store) -> Int {
    if now.ticks >= _earliestEnd { _settle(at: now, in: &store) }
    return _held
  }

  /// ∫ occupancy dt over the window up to `now` [place-seconds]. O(occupants).
  /// - Precondition: `now` is not before the last entry.
  public func busyArea(at now: SimTime, in store: Store) -> Int64 {
    var stillToCome: Int64 = 0
    for slot in _first..<(_first + _held) where store._ticks[slot] > now.ticks {
      stillToCome &+= store._ticks[slot] &- now.ticks
    }
    return _bookedArea &- stillToCome
  }

  /// Changes the number of places from `now` on (opening hours, a cut, added places).
  /// Occupants above a lower capacity stay to the end of their stay. O(1), or O(occupants)
  /// when the pool outgrows its slots (it moves to new ones at the store's end, half as many
  /// again as it needs, leaving the old ones unused).
  /// - Precondition: `newCapacity >= 0`.
  public mutating func setCapacity(_ newCapacity: Int, at now: SimTime, in store: inout Store) {
    precondition(newCapacity >= 0, "capacity must be ≥ 0")
    if newCapacity > _slots {
      let slots = newCapacity + newCapacity / 2
      let first = store._reserve(slots)
      for i in 0..<_held { store._ticks[first + i] = store._ticks[_first + i] }
      (_first, _slots) = (first, slots)
    }
    _capacity = newCapacity
    capacityLevel.update(to: Double(newCapacity), at: now)
  }

  /// Starts a new window at `now` (warm-up deletion): the counts restart and the occupants
  /// present book what remains of their stays. O(occupants).
  public mutating func resetStatistics(at now: SimTime, in store: inout Store) {
    _settle(at: now, in: &store)
    _bookedArea = 0
    for slot in _first..<(_first + _held) { _bookedArea &+= store._ticks[slot] &- now.ticks }
    _grantedCount = 0
    _rejectedCount = 0
    capacityLevel.reset(at: now)
  }

  /// Closes the capacity monitor at the horizon (the busy area needs no closing).
  public mutating func finalize(at time: SimTime) {
    capacityLevel.finalize(at: time)
  }

  /// Share of the place-seconds available in the window up to `now` that were occupied (0 … 1;
  /// 0 with no place-seconds). O(occupants).
  public func utilization(at now: SimTime, in store: Store) -> Double {
    let available = capacityLevel.area(through: now)
    return available > 0 ? Double(busyArea(at: now, in: store)) / available : 0
  }
}
