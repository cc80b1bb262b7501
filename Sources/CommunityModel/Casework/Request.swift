import SimKernel

/// A need on its way through the office: reported or discovered, queued, handled, perhaps
/// sent to another department, then resolved or abandoned. Administrative tasks use the same
/// record (``isAdministrative``). 32 bytes per slot: times are 32-bit seconds, the patience
/// and the hand-off time share a field (one is over before the other starts), and the small
/// attributes are bits of ``flags``. A 32-byte record never straddles two cache lines; and
/// where the departments cannot keep up, every request waiting for them keeps its slot (a
/// million residents on the baseline's unscaled departments: about a million records after a
/// year), so each byte of the record can be a megabyte.
///
/// The clock of a need (`Docs/model.md` §3.4): ``arose`` → ``reported`` (captured) → first
/// response (a caseworker starts on it) → resolved, or abandoned.
struct Request: Codable {
  enum State: UInt8, Codable {
    case free, awaitingReport, queued, inService, withDepartment, abandonedInQueue, awaitingProject
  }

  /// ``reported`` [s since the start of the run], clamped to `UInt32.max`: a report later
  /// than that (136 years) never happens in a run, so the clamped value is never read.
  private var reportedSecond: UInt32
  /// When the need arose [s since the start of the run; a run and its drain are at most
  /// 7,300 days, under 2³² s] (an administrative task: when it arrived). See ``arose``.
  var aroseSecond: UInt32
  var resident: UInt32
  /// Worker time needed at full productivity [s].
  var work: Int32
  /// ``patience`` [s] until the office's part is done, then ``handedOff`` [s].
  private var patienceOrHandOff: UInt32
  /// Bumped when the slot is reused, so stale timers can tell.
  var generation: UInt32
  var community: UInt16
  /// The departments it needs after the office's part (bit d: ``Scenario/departments``[d]);
  /// 0: none.
  var departments: UInt16
  /// Need category (index into ``Scenario/needs``); the task type (index into
  /// ``Scenario/adminTasks``, mod 256) for administrative tasks.
  var category: UInt8
  /// Departments still to finish their part, plus
  /// ``DistrictModel/jointlyHandled`` if they work on it at once.
  var departmentsLeft: UInt8
  var state: State
  /// ``tier`` (bits 0–1), ``channel`` (bits 2–3), ``inWindow``, ``isAdministrative``,
  /// ``needsProject`` and ``responded`` (bits 4–7).
  private var flags: UInt8

  init(
    reported: SimTime, aroseSecond: UInt32, resident: UInt32, work: Int32, patience: Int32, generation: UInt32,
    community: UInt16, departments: UInt16, tier: UInt8, state: State, inWindow: Bool, channel: CaptureChannel,
    isAdministrative: Bool, needsProject: Bool, category: UInt8, departmentsLeft: UInt8
  ) {
    reportedSecond = UInt32(clamping: reported.ticks)
    self.aroseSecond = aroseSecond
    self.resident = resident
    self.work = work
    patienceOrHandOff = UInt32(bitPattern: patience)
    self.generation = generation
    self.community = community
    self.departments = departments
    self.category = category
    self.departmentsLeft = departmentsLeft
    self.state = state
    flags = tier & Self.tierMask | channel.rawValue << 2
    self.inWindow = inWindow
    self.isAdministrative = isAdministrative
    self.needsProject = needsProject
  }

  private static let tierMask: UInt8 = 0b11
  private static let channelMask: UInt8 = 0b1100
  private static let inWindowBit: UInt8 = 0x10
  private static let administrativeBit: UInt8 = 0x20
  private static let needsProjectBit: UInt8 = 0x40
  private static let respondedBit: UInt8 = 0x80

  /// When the resident reported it or a patrol discovered it: captured (response times count
  /// from here). Read only once the report has happened.
  var reported: SimTime { SimTime(ticks: Int64(reportedSecond)) }
  /// When the need arose: the clock and the need's experience count from here.
  var arose: SimTime { SimTime(ticks: Int64(aroseSecond)) }

  /// An open case the run inherited (``InitialState``): reported and arisen at second 0,
  /// which no other request is (every arrival process draws strictly after its start).
  var isInherited: Bool { aroseSecond == 0 && reportedSecond == 0 && !isAdministrative }

  /// Patience in the queue [s]; meaningful until a caseworker has finished its part.
  var patience: Int32 { Int32(bitPattern: patienceOrHandOff) }
  /// When its first hand-off to a department started [s since the start of the run; runs
  /// are at most ``Scenario/maxSimulatedDays`` long]; meaningful once ``departments`` ≠ 0
  /// and the office's part is done (it replaces ``patience``).
  var handedOff: UInt32 {
    get { patienceOrHandOff }
    set { patienceOrHandOff = newValue }
  }

  /// ``RequestTier`` raw value; ignored for administrative tasks.
  var tier: UInt8 { flags & Self.tierMask }
  /// How the need was captured; ``CaptureChannel/selfReported`` for administrative tasks.
  var channel: CaptureChannel { CaptureChannel(rawValue: (flags & Self.channelMask) >> 2)! }
  /// Arose after the warm-up: counted in the statistics.
  var inWindow: Bool {
    get { flags & Self.inWindowBit != 0 }
    set { set(Self.inWindowBit, newValue) }
  }
  var isAdministrative: Bool {
    get { flags & Self.administrativeBit != 0 }
    set { set(Self.administrativeBit, newValue) }
  }
  /// Needs a project (improvement tier, category with a project): after the casework it
  /// waits in the planning backlog.
  var needsProject: Bool {
    get { flags & Self.needsProjectBit != 0 }
    set { set(Self.needsProjectBit, newValue) }
  }
  /// A caseworker has started on it: its first response is recorded.
  var responded: Bool {
    get { flags & Self.respondedBit != 0 }
    set { set(Self.respondedBit, newValue) }
  }

  @inline(__always)
  private mutating func set(_ bit: UInt8, _ on: Bool) {
    flags = on ? flags | bit : flags & ~bit
  }
}

/// How a need became a request: the resident reported it, or a patrol, data (L1) or an
/// outreach visit discovered it.
enum CaptureChannel: UInt8, Codable {
  case selfReported, patrol, data, outreach
  static let count = 4
}

/// Request records in reusable slots: no allocation once the pool has grown to the peak
/// number of requests in flight.
struct RequestPool: Codable {
  private(set) var slots: [Request] = []
  private var freeSlots: [UInt32] = []

  init(reservingCapacity capacity: Int) {
    slots.reserveCapacity(capacity)
    freeSlots.reserveCapacity(capacity)
  }

  /// Stores `request` and returns its slot. O(1) amortized.
  mutating func allocate(_ request: Request) -> UInt32 {
    if let slot = freeSlots.popLast() {
      let generation = slots[Int(slot)].generation  // moved on when freed
      slots[Int(slot)] = request
      slots[Int(slot)].generation = generation
      return slot
    }
    slots.append(request)
    return UInt32(slots.count - 1)
  }

  /// Frees `slot`; its generation moves on so stale events can tell. O(1).
  mutating func free(_ slot: UInt32) {
    slots[Int(slot)].state = .free
    slots[Int(slot)].generation &+= 1
    freeSlots.append(slot)
  }

  subscript(slot: UInt32) -> Request {
    get { slots[Int(slot)] }
    set { slots[Int(slot)] = newValue }
  }
}
