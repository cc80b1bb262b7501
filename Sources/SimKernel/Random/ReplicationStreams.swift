/// Where one replication's random numbers come from: a master seed, a replication number and
/// whether replications come in antithetic pairs.
///
/// Every stream is ``RandomStream/init(seed:replication:stream:)`` named by purpose, so
/// replication *r* of two scenarios draws the same numbers for the same purposes (common
/// random numbers).
///
/// With ``antithetic`` on, replications come in pairs: *2k* and *2k + 1* both use the streams
/// of *k*, and *2k + 1* uses their mirrors (``RandomStream/mirrored()``, every uniform `u`
/// replaced by `1 − u`). The two members of a pair are negatively correlated, so their
/// average varies less than the average of two independent replications; the pairs are
/// independent of each other and are the units of any confidence interval. Replication 0 is
/// the same with and without antithetic pairs.
public struct ReplicationStreams: Hashable, Sendable, Codable {
  /// Master seed of the experiment.
  public let seed: UInt64
  /// Replication number, 0-based.
  public let replication: Int
  /// Whether replications come in antithetic pairs.
  public let antithetic: Bool

  /// - Precondition: `replication` ≥ 0.
  public init(seed: UInt64, replication: Int, antithetic: Bool = false) {
    precondition(replication >= 0, "ReplicationStreams: replication \(replication) must be ≥ 0")
    self.seed = seed
    self.replication = replication
    self.antithetic = antithetic
  }

  /// The replication number whose streams this replication uses: `replication`, or
  /// `replication / 2` in antithetic pairs.
  public var streamReplication: Int { antithetic ? replication / 2 : replication }

  /// Whether this replication draws the mirrors of its streams (the odd member of a pair).
  public var isMirror: Bool { antithetic && replication % 2 == 1 }

  /// The stream `id` of this replication. O(1).
  public func stream(_ id: StreamID) -> RandomStream {
    let stream = RandomStream(seed: seed, replication: UInt64(streamReplication), stream: id)
    return isMirror ? stream.mirrored() : stream
  }
}
