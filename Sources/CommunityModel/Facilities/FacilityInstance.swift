import SimKernel

/// One facility in one community: its places, its arrivals, and its statistics.
///
/// Stored properties are in the order an arrival touches them: its stream (the cohort table
/// its visitors are drawn by is the model's ``DistrictModel/visitorPicker``), the fields
/// that schedule the next arrival, the counters, then its places: the loss pool (whose
/// counts come first) where visitors are turned away, else the server pool (whose counts
/// and busy monitor come first). An arrival thus reads and writes contiguous bytes
/// instead of cache lines scattered over the whole record; the rest is for planning, PPP
/// operators and the final metrics.
struct FacilityInstance: Codable {
  var stream: RandomStream
  /// Index into ``Scenario/facilities``.
  var spec: Int
  var community: Int
  /// Mean gap between arrivals [s of open time]; infinite without demand.
  let meanGap: Double
  /// The facility's opening hours as a clock: arrivals are Poisson in open time.
  let openClock: WorkingClock
  /// When it is open (its type's hours, or its community's).
  let hours: FacilityHours
  var nextTicket: UInt32 = 0
  var arrived = 0
  /// The PPP operator running it (index into the model's operators), if any; read by every
  /// arrival and visit start, so it sits with the counters.
  var operatedBy: Int?
  /// Whether the facility turns visitors away when full (no waiting line): its places are
  /// then ``lossPool``'s, and its visits end without events; otherwise ``pool``'s.
  let turnsAway: Bool
  /// The places of a facility with a waiting line. Visitors: ticket << 32 | resident. Waiting
  /// visitors give up after their patience. Unused (no places) where ``turnsAway``.
  var pool: ServerPool<UInt64>
  /// The places of a facility that turns visitors away; its visits' end times are in the
  /// model's ``DistrictModel/visitEndTimes``. Unused (no places) where it has a waiting line.
  var lossPool: LossPool
  /// Places now (projects and PPP operators add; multi-use conversion moves them).
  var places: Int
  /// Busy and capacity place-seconds while open at the last evaluation (L9).
  var areasAtEvaluation = Areas(busy: 0, capacity: 0)
  /// Places an emergency destroyed, awaiting their repair.
  var damaged = 0
  /// Places closed while the community is in shortfall (``ShortfallPolicy/facilityPlacesKept``).
  var closedForShortfall = 0
  /// Closed in a gap between PPP operators: no place opens until the gap is over.
  var suspended = false
  /// Turned away or given up since the last planning cycle (measured demand, L10).
  var unservedSinceCycle = 0
  /// The pool's busy and capacity areas at the last planning cycle (utilization since).
  var busyAreaAtCycle = 0.0
  var capacityAreaAtCycle = 0.0
  /// Expected visits per open day.
  let visitsPerOpenDay: Double
  var turnedAway = 0
  var gaveUp = 0

  /// A facility with `places` places, turning visitors away when full (`waitingRoom` nil; its
  /// visits' end times kept in `endTimes`) or with a waiting line of `waitingRoom` visitors.
  init(
    stream: RandomStream, spec: Int, community: Int, meanGap: Double,
    openClock: WorkingClock, hours: FacilityHours, places: Int, waitingRoom: Int?, visitsPerOpenDay: Double,
    endTimes: inout LossPool.Store
  ) {
    self.stream = stream
    self.spec = spec
    self.community = community
    self.meanGap = meanGap
    self.openClock = openClock
    self.hours = hours
    self.turnsAway = waitingRoom == nil
    self.pool = try! ServerPool(capacity: waitingRoom == nil ? 0 : places, waitingCapacity: waitingRoom ?? 0)
    self.lossPool = try! LossPool(capacity: waitingRoom == nil ? places : 0, in: &endTimes)
    self.places = places
    self.visitsPerOpenDay = visitsPerOpenDay
  }

  /// An arrival at `now` asks for a place: granted (the caller then starts the visit, whose
  /// end `DistrictModel.occupy` gives the loss pool where visitors are turned away), queued
  /// or turned away.
  @inline(__always)
  mutating func request(
    _ visitor: UInt64, at now: SimTime, endTimes: inout LossPool.Store
  ) -> ServerPool<UInt64>.Decision {
    guard turnsAway else { return pool.request(visitor, at: now) }
    if lossPool.hasRoom(at: now, in: &endTimes) { return .granted }
    lossPool.turnAway()
    return .rejected
  }

  /// Sets the places available from `now` on.
  mutating func setCapacity(_ capacity: Int, at now: SimTime, endTimes: inout LossPool.Store) {
    if turnsAway {
      lossPool.setCapacity(capacity, at: now, in: &endTimes)
    } else {
      pool.setCapacity(capacity, at: now)
    }
  }

  /// Starts a new statistics window at `now` (warm-up deletion).
  mutating func resetStatistics(at now: SimTime, endTimes: inout LossPool.Store) {
    if turnsAway { lossPool.resetStatistics(at: now, in: &endTimes) } else { pool.resetStatistics(at: now) }
  }

  /// Closes the time-weighted monitors at the horizon.
  mutating func finalize(at time: SimTime) {
    if turnsAway { lossPool.finalize(at: time) } else { pool.finalize(at: time) }
  }

  /// The busy and capacity areas [place-seconds] of the statistics window up to `now` (the
  /// monitors' own areas stop at their last change). O(occupants) where ``turnsAway``, else O(1).
  func areas(at now: SimTime, endTimes: LossPool.Store) -> Areas {
    if turnsAway {
      return Areas(
        busy: Double(lossPool.busyArea(at: now, in: endTimes)), capacity: lossPool.capacityLevel.area(through: now))
    }
    return Areas(busy: pool.busy.area(through: now), capacity: pool.capacityLevel.area(through: now))
  }

  /// Busy and capacity place-seconds [place-s].
  struct Areas: Codable {
    var busy: Double
    var capacity: Double
  }
}
