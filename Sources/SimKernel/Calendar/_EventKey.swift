/// An event calendar entry: the event's place in the total order plus its payload slot, in
/// 16 bytes.
///
/// `high` = time (40 bits) · priority (8) · sequence bits 47…32 (16);
/// `low` = sequence bits 31…0 (32) · payload slot (32). Comparing (high, low)
/// lexicographically is comparing (time, priority, sequence); the slot never decides
/// because sequences are unique.
@usableFromInline @frozen
struct _EventKey {
  @usableFromInline var high: UInt64
  @usableFromInline var low: UInt64

  /// Times must be below 2⁴⁰ ticks (about 34,800 years) to fit the key's 40 bits.
  @usableFromInline static var timeLimit: Int64 { 1 << 40 }

  @inlinable @inline(__always)
  init(time: Int64, priority: EventPriority, sequence: UInt64, slot: UInt32) {
    high = UInt64(truncatingIfNeeded: time) &<< 24 | UInt64(priority.rawValue) &<< 16 | sequence &>> 32
    low = sequence &<< 32 | UInt64(slot)
  }

  /// The event's time [ticks].
  @inlinable @inline(__always)
  var time: Int64 { Int64(truncatingIfNeeded: high &>> 24) }

  /// The payload slot.
  @inlinable @inline(__always)
  var slot: Int { Int(truncatingIfNeeded: low & 0xffff_ffff) }

  /// The total order (`Docs/kernel.md`, event ordering).
  @inlinable @inline(__always)
  func precedes(_ other: _EventKey) -> Bool {
    // One 128-bit comparison: LLVM lowers it to cmp/sbb, with no branch and no select.
    (UInt128(high) &<< 64 | UInt128(low)) < (UInt128(other.high) &<< 64 | UInt128(other.low))
  }
}

extension _EventKey: Sendable {}
