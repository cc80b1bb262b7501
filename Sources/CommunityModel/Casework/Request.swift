import SimKernel

/// A need on its way through the office: reported or discovered, queued, handled, perhaps
/// sent to another department, then resolved or abandoned. Administrative tasks use the same
/// record (``isAdministrative``). 48 bytes per slot.
///
/// The clock of a need (`Docs/model.md` §3.4): ``arose`` → ``reported`` (captured) → first
/// response (a caseworker starts on it) → resolved, or abandoned.
struct Request {
  enum State: UInt8 {
    case free, awaitingReport, queued, inService, withDepartment, abandonedInQueue, awaitingProject
  }

  /// When the resident reported it or a patrol discovered it: captured (response times count
  /// from here).
  var reported: SimTime
  /// When the need arose [s since the start of the run; a run and its drain are at most
  /// 7,300 days, under 2³² s] (an administrative task: when it arrived). See ``arose``.
  var aroseSecond: UInt32
  var resident: UInt32
  /// Worker time needed at full productivity [s].
  var work: Int32
  /// When its first hand-off to a department started [s since the start of the run; runs
  /// are at most ``Scenario/maxSimulatedDays`` long]; meaningful once ``departments`` ≠ 0
  /// and the office's part is done.
  var handedOff: UInt32
  /// Patience in the queue [s].
  var patience: Int32
  /// Bumped when the slot is reused, so stale timers can tell.
  var generation: UInt32
  var community: UInt16
  /// The departments it needs after the office's part (bit d: ``Scenario/departments``[d]);
  /// 0: none.
  var departments: UInt16
  /// ``RequestTier`` raw value; ignored for administrative tasks.
  var tier: UInt8
  var state: State
  /// Arose after the warm-up: counted in the statistics.
  var inWindow: Bool
  /// How the need was captured; ``CaptureChannel/selfReported`` for administrative tasks.
  var channel: CaptureChannel
  var isAdministrative: Bool
  /// Needs a project (improvement tier, category with a project): after the casework it
  /// waits in the planning backlog.
  var needsProject: Bool
  /// Need category (index into ``Scenario/needs``); the task type (index into
  /// ``Scenario/adminTasks``, mod 256) for administrative tasks.
  var category: UInt8
  /// Departments still to finish their part, plus
  /// ``DistrictModel/jointlyHandled`` if they work on it at once.
  var departmentsLeft: UInt8
  /// A caseworker has started on it: its first response is recorded.
  var responded = false

  /// When the need arose: the clock and the need's experience count from here.
  var arose: SimTime { SimTime(ticks: Int64(aroseSecond)) }
}

/// How a need became a request: the resident reported it, or a patrol, data (L1) or an
/// outreach visit discovered it.
enum CaptureChannel: UInt8 {
  case selfReported, patrol, data, outreach
  static let count = 4
}

/// Request records in reusable slots: no allocation once the pool has grown to the peak
/// number of requests in flight.
struct RequestPool {
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
