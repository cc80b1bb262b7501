import SimKernel

extension DistrictModel {
  /// Reads the records of the residents that upcoming facility arrivals and needs will fall
  /// on, and the request slots of upcoming casework events, so that their cache misses
  /// overlap (the kernel's look-ahead,
  /// ``SimulationModel/prefetch(upcoming:)``).
  ///
  /// A resident's record is the one random read of a visit or a need: 12 bytes in an array of
  /// 12 bytes per resident, which outgrows the 1 MiB L2 cache from about 85,000 residents.
  /// Read in the handler, its miss stalled every arrival in turn (a time profile put 13 % of
  /// all time on that one load at 100,000 residents, 18 % at 1,000,000).
  ///
  /// Each resident is predicted exactly as the handler will draw it, on a copy of the
  /// facility's or need process's stream (``visitor(of:drawingFrom:)``,
  /// ``resident(withNeedFrom:drawingFrom:)``). A prediction is wrong only when that stream is
  /// drawn from in between (a second arrival at the facility, or a waiting visitor
  /// admitted); the read is then merely wasted. Two passes per 32 residents: first predict
  /// them all (facility and process data, mostly in cache), then read their records in a
  /// short loop whose loads do not depend on each other, so that the processor has them all
  /// in flight at once. Changes nothing.
  ///
  /// Both ends of each record are read: the array's records are 12 bytes from a 32-byte
  /// header, so one in eight straddles two cache lines, and reading only its last byte (the
  /// flags) had left the line of its first bytes, which the visit reads first, to miss in the
  /// handler.
  ///
  /// The request slots that upcoming casework events will read are read the same way (a
  /// report, a patience timer, a hand-off or a department finishing with its slot; a job
  /// completing with its worker's job in hand): 32 bytes each in a pool of about one slot per
  /// eight residents, where at a million residents `jobCompletes`' first read of its slot had
  /// taken 3.6 % of all time.
  /// - Complexity: O(`upcoming.count`): about 80 instructions per arrival or need, a few per
  ///   casework event.
  ///
  /// Inlined into the kernel's loop: called out of line, the model (1,880 bytes) was copied
  /// onto the stack for every batch, one copy per 50 events or so.
  @inline(__always)
  public func prefetch(upcoming: UnsafeBufferPointer<CommunityEvent>) -> UInt64 {
    var digest: UInt64 = 0
    var index = 0
    while index < upcoming.count {
      var ahead = InlineArray<32, UInt32>(repeating: 0)
      var cases = InlineArray<32, UInt32>(repeating: 0)
      var predicted = 0
      var pending = 0
      while index < upcoming.count && predicted < ahead.count && pending < cases.count {
        switch upcoming[index] {
        case .visitArrives(let f):
          var stream = facilities[Int(f)].stream
          ahead[predicted] = UInt32(truncatingIfNeeded: visitor(of: Int(f), drawingFrom: &stream))
          predicted &+= 1
        case .needArises(let p):
          var stream = needProcesses[Int(p)].stream
          ahead[predicted] = UInt32(truncatingIfNeeded: resident(withNeedFrom: Int(p), drawingFrom: &stream))
          predicted &+= 1
        case .requestReported(let r), .patienceRunsOut(let r, _), .handoffArrives(let r, _),
          .departmentFinishes(_, let r):
          cases[pending] = r
          pending &+= 1
        case .jobCompletes(let w):
          cases[pending] = workers[Int(w)].job
          pending &+= 1
        default:
          break
        }
        index &+= 1
      }
      for i in 0..<predicted {
        let record = residents[Int(ahead[i])]
        digest &+= UInt64(record.flags) &+ UInt64(record.baseline.bitPattern)
      }
      for i in 0..<pending { digest &+= UInt64(requests.slots[Int(cases[i])].generation) }
    }
    return digest
  }
}
