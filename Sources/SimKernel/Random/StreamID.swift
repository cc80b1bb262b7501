/// The name of an independent random stream: what the draws are *for*.
///
/// Give every purpose its own stream (arrivals, service times, patience, turnover …), and
/// per-entity streams an `index` (facility 3's service times). Because a stream's seed depends
/// only on (master seed, replication, stream), changing how many numbers one component draws
/// never shifts another component's numbers: policy scenarios share their random numbers
/// replication by replication (common random numbers).
///
/// The raw value is a 64-bit FNV-1a hash of the name mixed with the index, so streams are
/// identified by name rather than by a registry of numbers that could be reordered.
@frozen
public struct StreamID: Hashable, Sendable, CustomStringConvertible {
  public let rawValue: UInt64

  @inlinable
  public init(rawValue: UInt64) { self.rawValue = rawValue }

  /// The stream called `name`, optionally the `index`-th of a family (`"service", index: 3`).
  public init(_ name: String, index: UInt64 = 0) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in name.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    rawValue = SplitMix64.mix(hash ^ SplitMix64.mix(index &+ 0x9e37_79b9_7f4a_7c15))
  }

  public var description: String { "stream#\(String(rawValue, radix: 16))" }
}
