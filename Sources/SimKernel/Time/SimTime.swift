/// A point on the simulation clock: whole ticks since the start of the run.
///
/// **One tick is one second.** Time is an `Int64`, so there is no floating-point drift and no
/// epsilon in any comparison; the clock spans about 292 billion years. A run starts at
/// `SimTime.zero`, which is by convention **Monday 00:00 on 1 January** of a 365-day year (see
/// `SimTime+CalendarFields.swift`).
///
/// Points and intervals are distinct types, as in SwiftNIO (`NIODeadline` / `TimeAmount`):
/// `SimTime + SimDuration -> SimTime`, `SimTime - SimTime -> SimDuration`, and adding two
/// points does not compile.
@frozen
public struct SimTime: Hashable, Comparable, Sendable, Codable {
  /// Ticks (seconds) since the start of the run.
  public var ticks: Int64

  /// Creates a point `ticks` seconds after the start of the run.
  @inlinable
  public init(ticks: Int64) { self.ticks = ticks }

  /// The start of every run.
  @inlinable public static var zero: SimTime { SimTime(ticks: 0) }

  /// A point later than any event; the horizon of an open-ended run.
  @inlinable public static var distantFuture: SimTime { SimTime(ticks: .max) }

  /// The point `offset` after the start of the run: `SimTime(.days(30))`.
  @inlinable
  public init(_ offset: SimDuration) { self.ticks = offset.ticks }

  /// The time since the start of the run, as an interval.
  @inlinable
  public var sinceStart: SimDuration { SimDuration(ticks: ticks) }

  @inlinable
  public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.ticks < rhs.ticks }

  @inlinable
  public static func + (lhs: SimTime, rhs: SimDuration) -> SimTime {
    SimTime(ticks: lhs.ticks + rhs.ticks)
  }

  @inlinable
  public static func += (lhs: inout SimTime, rhs: SimDuration) { lhs.ticks += rhs.ticks }

  @inlinable
  public static func - (lhs: SimTime, rhs: SimDuration) -> SimTime {
    SimTime(ticks: lhs.ticks - rhs.ticks)
  }

  /// The interval from `rhs` to `lhs` (negative if `lhs` is earlier).
  @inlinable
  public static func - (lhs: SimTime, rhs: SimTime) -> SimDuration {
    SimDuration(ticks: lhs.ticks - rhs.ticks)
  }

  /// Seconds since the start of the run.
  @inlinable public var seconds: Double { Double(ticks) }
  /// Hours since the start of the run.
  @inlinable public var hours: Double { Double(ticks) / 3_600 }
  /// Days since the start of the run.
  @inlinable public var days: Double { Double(ticks) / 86_400 }
}

extension SimTime: CustomStringConvertible {
  /// `day 3 14:05:09`, or `distant future`.
  public var description: String {
    if self == .distantFuture { return "distant future" }
    let day = ticks.quotientFloor(86_400)
    let second = ticks - day * 86_400
    func pad(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "day \(day) \(pad(second / 3_600)):\(pad(second / 60 % 60)):\(pad(second % 60))"
  }
}

extension Int64 {
  /// Division rounding toward negative infinity (so that day indices of negative times are right).
  @inlinable
  func quotientFloor(_ divisor: Int64) -> Int64 {
    let q = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
  }
}
