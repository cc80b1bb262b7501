/// The name of an independent random stream: what the draws are *for*, and for which entity.
///
/// Give every purpose its own stream (arrivals, service times, patience, turnover …), and
/// every entity of a family its own identity: `StreamID("service", index: 3)` for facility 3's
/// service times, `StreamID("needs", community, category, packedBits: 8)` for one community's
/// need process of one category. Because a stream's seed depends only on (master seed,
/// replication, stream), changing how many numbers one component draws never shifts another
/// component's numbers: policy scenarios share their random numbers replication by
/// replication (common random numbers).
///
/// **Derivation.** Let `h(bytes)` be the 64-bit FNV-1a hash, `mix` SplitMix64's finalizer and
/// `absorb(s, x) = mix(s ^ mix(x &+ φ))` with φ = 0x9e3779b97f4a7c15.
/// - `StreamID(name, index: i)` is `absorb(h(name), i)`.
/// - A structured identity `(name, a, b)` or `(name, a, b, c)` whose components fit the packed
///   layout of earlier versions (`a << bits | b`, `(a << bits₁ | b) << bits₂ | c`: every
///   component ≥ 0, each later one below 2^bits and the packed value below 2^64) is
///   `absorb(h(name), packed)`: exactly the raw value those versions gave it, so results
///   recorded with them reproduce bit for bit.
/// - Any other structured identity is hashed: it absorbs its components one at a time, never
///   packed, `absorb(absorb(h(name ++ [0xFF]), a), b)` (and `c` after `b`), each component as
///   the bits of a 64-bit integer.
///
/// **Distinct entities get distinct identities.** Within one family (a name and its bit
/// layout):
/// - Two packed identities never coincide: packing puts every component in its own bit field,
///   so distinct identities pack to distinct integers, and `absorb(s, ·)` is a bijection of
///   64-bit integers (adding φ, `mix` and xor with a constant are each bijective).
/// - A hashed identity and a packed one (or any single-index stream of any name) share no
///   input: the hashed one starts from the FNV-1a hash of `name`'s UTF-8 followed by 0xFF, a
///   byte that occurs in no UTF-8 text, so that byte string is the name of no stream. They can
///   meet only through a coincidence of 64-bit hashes.
/// - Two hashed identities that differ in one component differ in the state after it
///   (`absorb(s, ·)` is bijective), and every later step, a bijection of the state for the
///   same component, keeps them apart. Identities that differ in two or more components can
///   meet only through a 64-bit coincidence.
///
/// So, as for any two differently named streams, what remains is the chance that two unrelated
/// 64-bit hashes agree (about n²/2⁶⁵ among n streams: 3 × 10⁻⁸ for a million), never a
/// collision built into the layout, such as need 256 of community 0 and need 0 of community 1
/// sharing `0 << 8 | 256 == 1 << 8 | 0`.
@frozen
public struct StreamID: Hashable, Sendable, CustomStringConvertible, Codable {
  public let rawValue: UInt64

  @inlinable
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  /// The stream called `name`, optionally the `index`-th of a family (`"service", index: 3`).
  /// O(name length).
  public init(_ name: String, index: UInt64 = 0) {
    rawValue = Self.absorb(Self.hash(name), index)
  }

  /// The stream of the entity (`first`, `second`) of the family `name`, such as the need
  /// process of community `first` and category `second`. Earlier versions packed it as
  /// `first << packedBits | second`; identities that fit keep that raw value, the others are
  /// hashed component by component (see the type's derivation). O(name length), allocates
  /// nothing.
  /// - Precondition: 1 ≤ `packedBits` ≤ 63.
  public init(_ name: String, _ first: Int, _ second: Int, packedBits: Int) {
    if let packed = Self.pack(Self.pack(first), second, bits: packedBits) {
      rawValue = Self.absorb(Self.hash(name), packed)
    } else {
      rawValue = Self.absorb(Self.absorb(Self.hashOfComponents(name), first), second)
    }
  }

  /// The stream of the entity (`first`, `second`, `third`) of the family `name`, such as the
  /// project of community `first`, category `second` and planning cycle `third`. Earlier
  /// versions packed it as `(first << packedBits.second | second) << packedBits.third | third`;
  /// identities that fit keep that raw value, the others are hashed component by component
  /// (see the type's derivation). O(name length), allocates nothing.
  /// - Precondition: 1 ≤ each of `packedBits` ≤ 63.
  public init(_ name: String, _ first: Int, _ second: Int, _ third: Int, packedBits: (second: Int, third: Int)) {
    let pair = Self.pack(Self.pack(first), second, bits: packedBits.second)
    if let packed = Self.pack(pair, third, bits: packedBits.third) {
      rawValue = Self.absorb(Self.hash(name), packed)
    } else {
      let state = Self.absorb(Self.absorb(Self.hashOfComponents(name), first), second)
      rawValue = Self.absorb(state, third)
    }
  }

  public var description: String { "stream#\(String(rawValue, radix: 16))" }

  // MARK: - Derivation

  /// 64-bit FNV-1a of `name`'s UTF-8 bytes.
  private static func hash(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in name.utf8 { hash = step(hash, byte) }
    return hash
  }

  /// 64-bit FNV-1a of `name`'s UTF-8 bytes followed by 0xFF, a byte no UTF-8 text contains:
  /// the start of a structured identity, the hash of no stream's name.
  private static func hashOfComponents(_ name: String) -> UInt64 { step(hash(name), 0xFF) }

  /// One FNV-1a step.
  private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

  /// `state` with one more component mixed in; a bijection of `component` for a given `state`
  /// and of `state` for a given `component`.
  private static func absorb(_ state: UInt64, _ component: UInt64) -> UInt64 {
    SplitMix64.mix(state ^ SplitMix64.mix(component &+ 0x9e37_79b9_7f4a_7c15))
  }

  private static func absorb(_ state: UInt64, _ component: Int) -> UInt64 {
    absorb(state, UInt64(bitPattern: Int64(component)))
  }

  /// `value` as the first field of a packed integer; `nil` if negative.
  private static func pack(_ value: Int) -> UInt64? { value >= 0 ? UInt64(value) : nil }

  /// `high << bits | low`, or `nil` when `high` is `nil`, `low` is negative or does not fit
  /// `bits` bits, or `high` does not fit the remaining 64 − `bits`.
  private static func pack(_ high: UInt64?, _ low: Int, bits: Int) -> UInt64? {
    precondition(bits >= 1 && bits <= 63, "StreamID: packedBits \(bits) must be in 1...63")
    guard let high, low >= 0, UInt64(low) >> bits == 0, high >> (64 - bits) == 0 else { return nil }
    return high << bits | UInt64(low)
  }
}
