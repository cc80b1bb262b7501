/// One of N disjoint parts of a sweep's runs, for job arrays: shard I of N (0 ≤ I < N)
/// holds the runs whose index i has i mod N = I. Round-robin keeps the shards' work even
/// when design points differ in cost.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
  public let index: Int
  public let count: Int

  /// Every run (the whole sweep).
  public static let all = Shard(validIndex: 0, count: 1)

  private init(validIndex: Int, count: Int) {
    self.index = validIndex
    self.count = count
  }

  /// Shard `index` of `count`; `nil` unless 0 ≤ `index` < `count`.
  public init?(index: Int, count: Int) {
    guard count >= 1, index >= 0, index < count else { return nil }
    self.init(validIndex: index, count: count)
  }

  /// Parses `I/N` (as in `--shard 3/16`); `nil` if malformed or out of range.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    self.init(index: i, count: n)
  }

  /// Whether run `run` belongs to this shard. O(1).
  public func contains(_ run: Int) -> Bool { run % count == index }

  /// The runs of this shard among `0 ..< total`, in order. O(total / count).
  public func runs(of total: Int) -> StrideTo<Int> { stride(from: index, to: total, by: count) }

  /// `I/N`.
  public var description: String { "\(index)/\(count)" }
}
