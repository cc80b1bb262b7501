/// A seedable, high-quality random stream: xoshiro256** (Blackman & Vigna 2018).
///
/// Each stream's 256-bit state is derived from **(master seed, replication, stream ID)** through
/// SplitMix64, so streams are reproducible by name and statistically independent (the
/// 2²⁵⁶ − 1 period makes overlap of differently-seeded streams negligible). Replication *r* of
/// two policy scenarios draws the same numbers from the same-named streams: common random
/// numbers.
///
///     var arrivals = RandomStream(seed: 42, replication: 3, stream: StreamID("arrivals"))
///     let gap = interArrival.sample(using: &arrivals)
///
/// Conforms to `RandomNumberGenerator`, so every `using:` API in the standard library accepts it.
///
/// **Antithetic streams.** ``mirrored()`` gives the same stream with every output's bits
/// complemented: where the original draws the uniform `u` (``nextUnit()`` or
/// ``nextOpenUnit()``), the mirror draws `1 − u` (exactly, up to one step of 2⁻⁵³), so a
/// monotone inversion sampler turns a long draw into a short one and vice versa. Averaging a
/// replication with its mirror (antithetic variates) then cancels part of the noise.
/// - Complexity: `next()` is O(1): a handful of shifts, rotations and xors.
@frozen
public struct RandomStream: RandomNumberGenerator, Sendable, Codable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64
  /// XORed into every output: 0 for the stream, all ones for its mirror.
  @usableFromInline var mask: UInt64 = 0

  /// The stream `stream` of replication `replication` under master seed `seed`.
  @inlinable
  public init(seed: UInt64, replication: UInt64, stream: StreamID) {
    let perReplication = SplitMix64.mix((SplitMix64.mix(seed) ^ replication) &+ 0x6a09_e667_f3bc_c909)
    let key = SplitMix64.mix(perReplication ^ stream.rawValue)
    self.init(seeding: key)
  }

  /// A stream whose state is filled from SplitMix64 started at `value` (Vigna's recommendation).
  @inlinable
  public init(seeding value: UInt64) {
    var seeder = SplitMix64(state: value)
    s0 = seeder.next()
    s1 = seeder.next()
    s2 = seeder.next()
    s3 = seeder.next()
    if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is a fixed point
  }

  /// A stream with an explicit raw state (for checking against the reference vectors).
  /// - Precondition: not all four words are zero.
  public init(state: (UInt64, UInt64, UInt64, UInt64)) {
    precondition(state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256** state must not be all zero")
    (s0, s1, s2, s3) = state
  }

  @inlinable @inline(__always)
  public mutating func next() -> UInt64 {
    let result = ((s1 &* 5) &<< 7 | (s1 &* 5) &>> 57) &* 9
    let t = s1 &<< 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 &<< 45 | s3 &>> 19
    return result ^ mask
  }

  /// Whether this stream is a mirror (its outputs complemented).
  public var isMirrored: Bool { mask != 0 }

  /// The same stream, from the same position, with every output complemented: the antithetic
  /// partner. Mirroring twice gives the original back. O(1).
  public func mirrored() -> RandomStream {
    var copy = self
    copy.mask = ~mask
    return copy
  }

  /// A new, independent stream seeded from this one's next raw output (one draw), with the
  /// same mirroring: the mirror of a stream splits into the mirror of the child the stream
  /// itself would split into, so antithetic replications stay antithetic in per-entity
  /// streams too. O(1).
  @inlinable
  public mutating func split() -> RandomStream {
    var child = RandomStream(seeding: next() ^ mask)
    child.mask = mask
    return child
  }
}

extension RandomNumberGenerator {
  /// A uniform double in [0, 1) with 53 random bits.
  @inlinable @inline(__always)
  public mutating func nextUnit() -> Double {
    Double(next() &>> 11) * 0x1p-53
  }

  /// A uniform double in (0, 1): never exactly 0 or 1, safe for `log`.
  @inlinable @inline(__always)
  public mutating func nextOpenUnit() -> Double {
    (Double(next() &>> 11) + 0.5) * 0x1p-53
  }
}
