/// A hook that sees every event just before it is handled: tracing, fingerprints, counting.
///
/// Observers are generic parameters, never existentials, so the default ``NullObserver``
/// specialises away and costs nothing in the loop.
public protocol SimulationObserver<Event> {
  associatedtype Event
  /// Called for each event that will be handled (cancelled events are not observed).
  mutating func willHandle(_ event: Event, at time: SimTime)
}

/// The observer that does nothing.
@frozen
public struct NullObserver<Event>: SimulationObserver {
  @inlinable public init() {}
  @inlinable @inline(__always)
  public mutating func willHandle(_ event: Event, at time: SimTime) {}
}

/// An event that can be folded into a fingerprint: a stable code of its kind and payload.
public protocol FingerprintableEvent {
  /// A code that is equal for equal events and stable across processes and builds
  /// (don't use `hashValue`, which Swift seeds per process).
  var fingerprintCode: UInt64 { get }
}

/// A 64-bit FNV-1a digest of the (time, event) sequence of a run (OMNeT++ fingerprints).
///
/// Two runs with the same fingerprint handled the same events at the same times in the same
/// order; any change in event order, timing or payload changes it with overwhelming
/// probability. Used to test determinism.
public struct EventFingerprint<Event: FingerprintableEvent>: SimulationObserver {
  /// The digest so far.
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  /// Events folded in so far.
  public private(set) var events = 0

  public init() {}

  public mutating func willHandle(_ event: Event, at time: SimTime) {
    fold(UInt64(bitPattern: time.ticks))
    fold(event.fingerprintCode)
    events += 1
  }

  private mutating func fold(_ word: UInt64) {
    var w = word
    for _ in 0..<8 {
      value = (value ^ (w & 0xff)) &* 0x100_0000_01b3
      w >>= 8
    }
  }
}
