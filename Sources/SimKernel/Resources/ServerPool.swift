/// A pool of identical servers with a waiting line: workers, counters, beds, places.
///
/// The pool **returns decisions and never calls back** (`Docs/kernel.md`, resources): ``request(_:priority:at:)``
/// says whether the customer starts now, waits, or is turned away; ``release(at:)`` frees a
/// server and hands back the next customer to start, if any. The model schedules service
/// completions itself.
///
/// Discipline: priority classes `0 ..< priorityLevels`, **0 served first**, first-come
/// first-served within a class (``priorityLevels`` = 1 is plain FIFO). No preemption: a lower
/// capacity (a shift ending) takes effect as busy servers finish.
///
/// Reneging: a model that gives customers patience schedules its own timeout and, if the
/// customer is still waiting, calls ``withdraw(_:at:)``.
///
/// The pool monitors itself (salabim-style): ``busy``, ``queueLength`` and ``capacityLevel`` are
/// time-weighted, so ``utilization`` = ∫busy / ∫capacity.
///
/// - Warning: Not thread-safe.
public struct ServerPool<Customer: Equatable> {
  /// The outcome of a request.
  public enum Decision: Hashable, Sendable {
    /// A server was free: service starts now.
    case granted
    /// All servers busy: the customer joined the waiting line.
    case queued
    /// All servers busy and the waiting line full: turned away (loss).
    case rejected
  }

  /// A customer leaving the waiting line to start service.
  public struct Admission {
    public var customer: Customer
    /// Time spent waiting.
    public var waited: SimDuration

    @inlinable
    public init(customer: Customer, waited: SimDuration) {
      self.customer = customer
      self.waited = waited
    }
  }

  @usableFromInline struct _Waiter {
    @usableFromInline var customer: Customer
    @usableFromInline var since: SimTime
    @inlinable init(customer: Customer, since: SimTime) {
      self.customer = customer
      self.since = since
    }
  }

  // Stored properties in the order a grant or a release touches them: the counts and the
  // busy monitor first, so that those two operations read and write about 90 contiguous bytes.

  @usableFromInline var _capacity: Int

  /// Servers available (may be below ``busyCount`` briefly after a capacity cut).
  public var capacity: Int { _capacity }
  @usableFromInline var _busyCount: Int = 0
  /// Servers in use.
  public var busyCount: Int { _busyCount }
  @usableFromInline var _waitingCount: Int = 0
  /// Customers waiting, all classes.
  public var waitingCount: Int { _waitingCount }
  @usableFromInline var _grantedCount: Int = 0
  /// Requests granted at once, queued, rejected; customers withdrawn from the line.
  public var grantedCount: Int { _grantedCount }
  @usableFromInline var _busy: TimeWeighted

  /// Time-weighted number of busy servers.
  public var busy: TimeWeighted { _busy }
  /// Maximum waiting customers (`Int.max` = unlimited, 0 = pure loss system).
  public let waitingCapacity: Int
  /// Waiting customers of class 0 (the only class of a FIFO pool) in arrival order; kept
  /// apart so the common case touches one ring and no array of rings.
  @usableFromInline var _firstClass: RingBuffer<_Waiter>
  /// Classes 1 ..< priorityLevels, each in arrival order.
  @usableFromInline var _lowerClasses: [RingBuffer<_Waiter>]
  @usableFromInline var _queueLength: TimeWeighted
  /// Time-weighted number waiting.
  public var queueLength: TimeWeighted { _queueLength }
  @usableFromInline var _capacityLevel: TimeWeighted
  /// Time-weighted capacity (for utilization under shift schedules).
  public var capacityLevel: TimeWeighted { _capacityLevel }
  @usableFromInline var _queuedCount: Int = 0
  public var queuedCount: Int { _queuedCount }
  @usableFromInline var _rejectedCount: Int = 0
  public var rejectedCount: Int { _rejectedCount }
  @usableFromInline var _withdrawnCount: Int = 0
  public var withdrawnCount: Int { _withdrawnCount }

  /// A pool of `capacity` servers starting idle at `start`.
  /// - Throws: ``ParameterError`` if `capacity` < 0, `priorityLevels` < 1 or `waitingCapacity` < 0.
  public init(capacity: Int, priorityLevels: Int = 1, waitingCapacity: Int = .max, at start: SimTime = .zero) throws {
    guard capacity >= 0 else {
      throw ParameterError(parameter: "capacity", value: "\(capacity)", allowed: "≥ 0")
    }
    guard priorityLevels >= 1, priorityLevels <= 64 else {
      throw ParameterError(parameter: "priorityLevels", value: "\(priorityLevels)", allowed: "1 ... 64")
    }
    guard waitingCapacity >= 0 else {
      throw ParameterError(parameter: "waitingCapacity", value: "\(waitingCapacity)", allowed: "≥ 0")
    }
    self._capacity = capacity
    self.waitingCapacity = waitingCapacity
    self._firstClass = RingBuffer(reservingCapacity: 64)
    self._lowerClasses = (1..<priorityLevels).map { _ in RingBuffer(reservingCapacity: 16) }
    self._busy = TimeWeighted(level: 0, at: start)
    self._queueLength = TimeWeighted(level: 0, at: start)
    self._capacityLevel = TimeWeighted(level: Double(capacity), at: start)
  }

  /// Number of priority classes.
  public var priorityLevels: Int { _lowerClasses.count + 1 }

  /// Asks for a server for `customer` in priority class `priority` at `now`. O(1) amortized.
  /// - Precondition: `0 <= priority < priorityLevels`.
  @inlinable @inline(__always)
  public mutating func request(_ customer: Customer, priority: Int = 0, at now: SimTime) -> Decision {
    if _busyCount < _capacity && _waitingCount == 0 {
      _busyCount &+= 1
      _busy.update(to: Double(_busyCount), at: now)
      _grantedCount &+= 1
      return .granted
    }
    guard _waitingCount < waitingCapacity else {
      _rejectedCount &+= 1
      return .rejected
    }
    if priority == 0 {
      _firstClass.append(_Waiter(customer: customer, since: now))
    } else {
      precondition(
        priority > 0 && priority <= _lowerClasses.count, "priority \(priority) outside 0..<\(priorityLevels)")
      _lowerClasses[priority &- 1].append(_Waiter(customer: customer, since: now))
    }
    _waitingCount &+= 1
    _queueLength.update(to: Double(_waitingCount), at: now)
    _queuedCount &+= 1
    return .queued
  }

  /// A server finishes at `now`; returns the waiting customer who takes it over, if any.
  /// O(priority levels).
  /// - Precondition: a server was busy.
  @inlinable @inline(__always)
  public mutating func release(at now: SimTime) -> Admission? {
    precondition(_busyCount > 0, "ServerPool.release: no server is _busy")
    _busyCount &-= 1
    let next = admitNext(at: now)
    if next == nil { _busy.update(to: Double(_busyCount), at: now) }
    return next
  }

  /// Starts the next waiting customer if a server is free (after a capacity increase, call
  /// this until it returns `nil`). O(priority levels).
  @inlinable @inline(__always)
  public mutating func admitNext(at now: SimTime) -> Admission? {
    guard _busyCount < _capacity, _waitingCount > 0 else { return nil }
    var next = _firstClass.popFirst()
    if next == nil {
      for level in _lowerClasses.indices where !_lowerClasses[level].isEmpty {
        next = _lowerClasses[level].popFirst()
        break
      }
    }
    let waiter = next.unsafelyUnwrapped  // waitingCount > 0, so some class has a waiter
    _waitingCount &-= 1
    _queueLength.update(to: Double(_waitingCount), at: now)
    _busyCount &+= 1
    _busy.update(to: Double(_busyCount), at: now)
    return Admission(customer: waiter.customer, waited: now - waiter.since)
  }

  /// Removes a waiting `customer` (reneging). Returns how long it waited, or `nil` if it was
  /// not waiting. O(waiting customers).
  @inlinable
  public mutating func withdraw(_ customer: Customer, at now: SimTime) -> SimDuration? {
    var found = Self._remove(customer, from: &_firstClass)
    for level in _lowerClasses.indices where found == nil {
      found = Self._remove(customer, from: &_lowerClasses[level])
    }
    guard let waiter = found else { return nil }
    _waitingCount -= 1
    _queueLength.update(to: Double(_waitingCount), at: now)
    _withdrawnCount += 1
    return now - waiter.since
  }

  /// Removes `customer` from `line` if it is there, keeping the others' order.
  @inlinable
  static func _remove(_ customer: Customer, from line: inout RingBuffer<_Waiter>) -> _Waiter? {
    for offset in 0..<line.count where line[offset].customer == customer {
      return line.remove(at: offset)
    }
    return nil
  }

  /// Changes the number of servers from `now` on (a shift change). Busy servers above the new
  /// capacity finish their customers first. After an increase, call ``admitNext(at:)``.
  /// - Precondition: `newCapacity >= 0`.
  public mutating func setCapacity(_ newCapacity: Int, at now: SimTime) {
    precondition(newCapacity >= 0, "capacity must be ≥ 0")
    _capacity = newCapacity
    _capacityLevel.update(to: Double(newCapacity), at: now)
  }

  /// Share of available server time spent busy, over the monitoring window (0 … 1).
  public var utilization: Double {
    _capacityLevel.area > 0 ? _busy.area / _capacityLevel.area : 0
  }

  /// Closes the time-weighted monitors at the horizon.
  public mutating func finalize(at time: SimTime) {
    _busy.finalize(at: time)
    _queueLength.finalize(at: time)
    _capacityLevel.finalize(at: time)
  }

  /// Starts new monitoring windows and zeroes the counters (warm-up deletion); customers in
  /// service or waiting stay.
  public mutating func resetStatistics(at time: SimTime) {
    _busy.reset(at: time)
    _queueLength.reset(at: time)
    _capacityLevel.reset(at: time)
    _grantedCount = 0
    _queuedCount = 0
    _rejectedCount = 0
    _withdrawnCount = 0
  }
}

extension ServerPool: Sendable where Customer: Sendable {}
extension ServerPool._Waiter: Sendable where Customer: Sendable {}
extension ServerPool.Admission: Sendable where Customer: Sendable {}
extension ServerPool.Admission: Equatable {}

extension ServerPool: Codable where Customer: Codable {}
extension ServerPool._Waiter: Codable where Customer: Codable {}
