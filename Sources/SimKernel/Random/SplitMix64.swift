/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's reference constants): a tiny generator used to
/// seed ``RandomStream`` and to mix stream keys, never to drive a model directly.
@frozen
public struct SplitMix64: RandomNumberGenerator, Sendable, Codable {
  public var state: UInt64

  @inlinable
  public init(state: UInt64) { self.state = state }

  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    return Self.mix(state)
  }

  /// The SplitMix64 output function: a bijective avalanche mix of 64 bits.
  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
