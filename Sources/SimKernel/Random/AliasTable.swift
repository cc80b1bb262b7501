/// Walker's alias method (Vose's stable construction): O(1) draws of an index with given weights.
///
/// Used for categorical choices (which need category, which cohort) where a linear scan of
/// cumulative weights would cost O(k) per draw.
public struct AliasTable: Hashable, Sendable, Codable {
  /// One column of the table: the probability of keeping the column rather than taking its
  /// alias, and the alias. Side by side, so a draw reads one 16-byte entry of one buffer.
  @usableFromInline struct _Column: Hashable, Sendable, Codable {
    @usableFromInline var keep: Double
    @usableFromInline var alias: Int32
  }

  @usableFromInline let _columns: ContiguousArray<_Column>
  /// The normalised probabilities, in input order.
  public let probabilities: [Double]

  /// A table for non-negative `weights` (not necessarily normalised).
  /// - Throws: ``ParameterError`` if `weights` is empty, has a negative or non-finite entry, or
  ///   sums to zero.
  /// - Complexity: O(k).
  public init(weights: [Double]) throws {
    guard !weights.isEmpty else {
      throw ParameterError(parameter: "weights", value: "[]", allowed: "at least one weight")
    }
    for (i, w) in weights.enumerated() {
      try ParameterError.check("weights[\(i)]", w, "≥ 0 and finite") { $0 >= 0 }
    }
    let total = weights.reduce(0, +)
    guard total > 0, total.isFinite else {
      throw ParameterError(parameter: "weights", value: "sum \(total)", allowed: "a positive finite sum")
    }
    let n = weights.count
    probabilities = weights.map { $0 / total }
    var scaled = probabilities.map { $0 * Double(n) }
    var columns = ContiguousArray(repeating: _Column(keep: 1, alias: 0), count: n)
    var small: [Int] = []
    var large: [Int] = []
    for i in 0..<n { if scaled[i] < 1 { small.append(i) } else { large.append(i) } }
    while !small.isEmpty, let l = large.last {
      let s = small.removeLast()
      columns[s] = _Column(keep: scaled[s], alias: Int32(l))
      scaled[l] = (scaled[l] + scaled[s]) - 1
      if scaled[l] < 1 {
        large.removeLast()
        small.append(l)
      }
    }
    // Leftovers in either list are columns whose probability is 1 up to rounding.
    for i in large + small { columns[i] = _Column(keep: 1, alias: Int32(i)) }
    _columns = columns
  }

  /// Number of categories.
  @inlinable public var count: Int { _columns.count }

  /// Column `i` of the table: a draw that lands on it (probability 1 / ``count``) keeps `i`
  /// with probability `keep` and takes `alias` otherwise. For a caller that lays many tables
  /// out side by side, to draw as ``sample(using:)`` does.
  public func column(_ i: Int) -> (keep: Double, alias: Int) { (_columns[i].keep, Int(_columns[i].alias)) }

  /// Draws an index in `0 ..< count` with the table's probabilities. O(1), two draws.
  ///
  /// Always inlined: the community model draws a cohort for every facility arrival and
  /// need, twice with the look-ahead's prediction, and the out-of-line call had cost about
  /// 23 instructions a draw (2.2 % of the model's instructions per event).
  @inlinable @inline(__always)
  public func sample<G: RandomNumberGenerator>(using generator: inout G) -> Int {
    let column = Int(generator.nextUnit() * Double(_columns.count))
    let entry = _columns[column]
    return generator.nextUnit() < entry.keep ? column : Int(entry.alias)
  }
}
