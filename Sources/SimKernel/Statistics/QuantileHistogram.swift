/// A mergeable histogram of non-negative values with bounded relative error, for quantiles
/// (p50, p90, p95) of waits and response times.
///
/// Buckets are log-linear, as in HdrHistogram: each power of two is split into 128 equal
/// sub-buckets, so any quantile is reported within **0.4 % relative error** (half a bucket)
/// for values in [2⁻¹⁶, 2⁴⁸) ≈ [1.5e-5, 2.8e14]; smaller values count as zero, and larger
/// ones share an overflow bucket whose quantiles report the observed maximum. Because the
/// bucket layout is fixed, merging is adding counts: per-replication histograms pool exactly.
///
/// The bucket array (64 KiB) is allocated on the first record, so empty histograms are free.
public struct QuantileHistogram: Hashable, Sendable, Codable {
  @usableFromInline static var subBucketBits: Int { 7 }
  @usableFromInline static var minExponent: Int { -16 }
  @usableFromInline static var maxExponent: Int { 48 }
  @usableFromInline static var bucketCount: Int {
    (maxExponent - minExponent) << subBucketBits + 2
  }

  /// The last bucket: values ≥ 2⁴⁸.
  @usableFromInline static var overflowBucket: Int { bucketCount - 1 }

  @usableFromInline var _counts: ContiguousArray<UInt64> = []
  @usableFromInline var _count: Int = 0
  /// Observations recorded.
  public var count: Int { _count }
  @usableFromInline var _min: Double = .infinity
  public var min: Double { _min }
  @usableFromInline var _max: Double = -.infinity
  public var max: Double { _max }

  public init() {}

  /// Bucket 0 holds [0, 2⁻¹⁶); the last holds [2⁴⁸, ∞); bucket i in between holds one
  /// sub-bucket of one octave.
  @inlinable
  static func bucket(of value: Double) -> Int {
    if value < 0x1p-16 { return 0 }
    if value >= 0x1p48 { return overflowBucket }
    let exponent = Int(value.exponent) - minExponent
    let fraction = Int(truncatingIfNeeded: value.significandBitPattern >> UInt64(52 - subBucketBits))
    return exponent << subBucketBits + fraction + 1
  }

  /// The midpoint of bucket `index`.
  @inlinable
  static func representative(of index: Int) -> Double {
    if index == 0 { return 0 }
    let octave = (index - 1) >> subBucketBits
    let fraction = (index - 1) & ((1 << subBucketBits) - 1)
    let scale = Double(sign: .plus, exponent: octave + minExponent, significand: 1)
    return scale * (1 + (Double(fraction) + 0.5) / Double(1 << subBucketBits))
  }

  /// Adds one observation. O(1) (the first call allocates the buckets).
  /// - Precondition: `value` is ≥ 0 and not NaN.
  @inlinable
  public mutating func record(_ value: Double) {
    precondition(value >= 0, "QuantileHistogram.record: \(value) is negative or NaN")
    if _counts.isEmpty { _counts = ContiguousArray(repeating: 0, count: Self.bucketCount) }
    _counts[Self.bucket(of: value)] &+= 1
    _count &+= 1
    if value < _min { _min = value }
    if value > _max { _max = value }
  }

  /// Pools `other` into this histogram exactly. O(buckets).
  public mutating func merge(_ other: QuantileHistogram) {
    guard other.count > 0 else { return }
    if _counts.isEmpty { _counts = ContiguousArray(repeating: 0, count: Self.bucketCount) }
    for i in 0..<Self.bucketCount { _counts[i] &+= other._counts[i] }
    _count += other.count
    _min = Swift.min(_min, other.min)
    _max = Swift.max(_max, other.max)
  }

  /// The `p`-quantile (nearest rank: the smallest value with at least ⌈p·n⌉ observations at or
  /// below it), within 0.4 % relative error and clamped to [min, max]; `nil` if empty.
  /// - Precondition: 0 ≤ p ≤ 1.
  /// - Complexity: O(buckets).
  public func quantile(_ p: Double) -> Double? {
    precondition(p >= 0 && p <= 1, "quantile \(p) is outside 0 ... 1")
    guard _count > 0 else { return nil }
    let rank = Swift.max(1, UInt64((p * Double(_count)).rounded(.up)))
    var seen: UInt64 = 0
    for (index, c) in _counts.enumerated() where c > 0 {
      seen += c
      if seen >= rank {
        if index == Self.overflowBucket { return _max }
        return Swift.min(Swift.max(Self.representative(of: index), _min), _max)
      }
    }
    return _max
  }
}
