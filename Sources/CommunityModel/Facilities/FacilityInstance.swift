import SimKernel

/// One facility in one community: its places, its arrivals, and its statistics.
///
/// Stored properties are in the order an arrival touches them: its stream and cohort table,
/// the fields that schedule the next arrival, the counters, then the pool (whose counts and
/// busy monitor come first). An arrival thus reads and writes about 230 contiguous bytes
/// instead of cache lines scattered over the whole record; the rest is for planning, PPP
/// operators and the final metrics.
struct FacilityInstance: Codable {
  var stream: RandomStream
  var cohortPick: AliasTable
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
  /// Visitors: ticket << 32 | resident. Waiting visitors give up after their patience.
  var pool: ServerPool<UInt64>
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

  /// The pool's busy and capacity areas [place-seconds] integrated up to `now` (the
  /// monitors' own areas stop at their last change).
  func areas(at now: SimTime) -> Areas {
    let busy = pool.busy
    let capacity = pool.capacityLevel
    return Areas(
      busy: busy.area + busy.level * (now - busy.lastTime).seconds,
      capacity: capacity.area + capacity.level * (now - capacity.lastTime).seconds)
  }

  /// Busy and capacity place-seconds [place-s].
  struct Areas: Codable {
    var busy: Double
    var capacity: Double
  }
}
