import CommunityModel
import FileFormats

extension WorkloadEstimate {
  /// The estimate as `community-twin validate` prints it: `about 3,000 events per simulated
  /// day, 2.2 million per replication (730 days; the limit is 10 billion)`.
  public var summary: String {
    "about \(Self.words(totalPerDay)) events per simulated day, \(Self.words(totalPerReplication)) per replication "
      + "(\(days) days; the limit is \(Self.words(Self.maxEventsPerReplication)))"
  }

  /// A count in words, to two significant digits: `2,900`, `2.1 million`, `10 billion`, and
  /// `unbounded` for infinity.
  package static func words(_ count: Double) -> String {
    guard count.isFinite else { return "unbounded" }
    for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where count >= scale {
      return NumberText.short(twoSignificantDigits(count / scale)) + " " + name
    }
    return NumberText.fixed(twoSignificantDigits(count), decimals: 0)
  }

  /// `x` (≥ 0) rounded to two significant digits: 2.134 → 2.1, 2,934 → 2,900.
  private static func twoSignificantDigits(_ x: Double) -> Double {
    guard x > 0 else { return 0 }
    var scale = 1.0
    while x / scale >= 100 { scale *= 10 }
    while x / scale < 10 { scale /= 10 }
    return (x / scale).rounded() * scale
  }
}
