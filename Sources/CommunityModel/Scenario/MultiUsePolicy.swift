/// "One space, many functions" (L10; digest §2.10): at each planning cycle, places move from
/// an idle multi-use facility to the one turning residents away.
public struct MultiUsePolicy: Hashable, Sendable, Codable {
  /// Indices into ``Scenario/facilities`` whose places can serve each other's functions.
  public var facilities: [Int]
  /// A facility gives places only if its utilization since the last cycle is below this.
  public var idleThreshold: Double
  /// Share of the donor's places converted at one cycle (it keeps at least one).
  public var conversionShare: Double

  public init(facilities: [Int], idleThreshold: Double, conversionShare: Double) {
    self.facilities = facilities
    self.idleThreshold = idleThreshold
    self.conversionShare = conversionShare
  }
}
