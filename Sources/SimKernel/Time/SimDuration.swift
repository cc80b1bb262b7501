/// An interval of simulated time, in whole ticks (1 tick = 1 second).
///
/// Build intervals with the unit constructors (`.seconds(90)`, `.minutes(5)`, `.hours(1.5)`,
/// `.days(3)`, `.weeks(1)`). Fractional amounts round to the nearest second. Sampled
/// durations enter the clock in exactly one place, ``init(sampling:unit:)``.
@frozen
public struct SimDuration: Hashable, Comparable, Sendable, Codable {
  /// Length in ticks (seconds); may be negative for differences of points.
  public var ticks: Int64

  @inlinable
  public init(ticks: Int64) { self.ticks = ticks }

  @inlinable public static var zero: SimDuration { SimDuration(ticks: 0) }
  @inlinable public static var second: SimDuration { SimDuration(ticks: 1) }
  @inlinable public static var minute: SimDuration { SimDuration(ticks: 60) }
  @inlinable public static var hour: SimDuration { SimDuration(ticks: 3_600) }
  @inlinable public static var day: SimDuration { SimDuration(ticks: 86_400) }
  @inlinable public static var week: SimDuration { SimDuration(ticks: 604_800) }

  /// Converts a sampled, non-negative amount of `unit`s to ticks, rounding to the nearest tick.
  ///
  /// This is the one place where a `Double` drawn from a distribution becomes clock time.
  /// Negative or NaN samples (a normal tail, say) become zero: time never runs backwards.
  /// Samples of ``samplingLimit`` or more (infinity included) saturate at it: a delay that long
  /// means "never" in any run, and from any time before the limit it still lands inside the
  /// event calendar's range (`0 ..< 2⁴⁰` s), so a heavy-tailed distribution cannot stop a run.
  ///
  ///     let service = SimDuration(sampling: serviceHours.sample(using: &rng), unit: .hour)
  @inlinable @inline(__always)
  public init(sampling amount: Double, unit: SimDuration) {
    let scaled = amount * Double(unit.ticks)
    if !(scaled > 0) {
      self.ticks = 0
      return
    }  // also catches NaN
    if !(scaled < 0x1p39) {
      self = .samplingLimit
      return
    }
    // Round half up, exactly for every Double below 2⁵², without libm's `rounded()` or the
    // range checks of `Int64(_:)`. Adding 2⁵² rounds `scaled` to the nearest integer n, ties to
    // even, and leaves n in the low bits of the sum's bit pattern; `scaled − n` is then exact,
    // and a remainder of exactly +½ is the one case where ties-to-even went down and half-up
    // goes up. (Adding 0.5 instead would round 0.49999999999999994 up.)
    let biased = scaled + 0x1p52
    let whole = Int64(bitPattern: biased.bitPattern &- (0x1p52 as Double).bitPattern)
    self.ticks = scaled - (biased - 0x1p52) == 0.5 ? whole &+ 1 : whole
  }

  /// The longest sampled duration, 2³⁹ s (about 17,400 years): ``init(sampling:unit:)``
  /// saturates here. Half the event calendar's range, so `now + samplingLimit` can be
  /// scheduled from any `now` in the first half.
  @inlinable public static var samplingLimit: SimDuration { SimDuration(ticks: 1 << 39) }

  @inlinable public static func seconds(_ n: Int) -> SimDuration { SimDuration(ticks: Int64(n)) }
  @inlinable public static func minutes(_ n: Int) -> SimDuration { SimDuration(ticks: Int64(n) * 60) }
  @inlinable public static func hours(_ n: Int) -> SimDuration { SimDuration(ticks: Int64(n) * 3_600) }
  @inlinable public static func days(_ n: Int) -> SimDuration { SimDuration(ticks: Int64(n) * 86_400) }
  @inlinable public static func weeks(_ n: Int) -> SimDuration { SimDuration(ticks: Int64(n) * 604_800) }

  @inlinable public static func seconds(_ x: Double) -> SimDuration { SimDuration(exactly: x, unit: .second) }
  @inlinable public static func minutes(_ x: Double) -> SimDuration { SimDuration(exactly: x, unit: .minute) }
  @inlinable public static func hours(_ x: Double) -> SimDuration { SimDuration(exactly: x, unit: .hour) }
  @inlinable public static func days(_ x: Double) -> SimDuration { SimDuration(exactly: x, unit: .day) }

  /// A fractional amount of `unit`s, rounded to the nearest tick; traps on NaN or overflow.
  @inlinable
  init(exactly amount: Double, unit: SimDuration) {
    let scaled = (amount * Double(unit.ticks)).rounded()
    precondition(scaled.isFinite && abs(scaled) < 9.2e18, "duration \(amount) is not representable")
    self.ticks = Int64(scaled)
  }

  @inlinable public var seconds: Double { Double(ticks) }
  @inlinable public var minutes: Double { Double(ticks) / 60 }
  @inlinable public var hours: Double { Double(ticks) / 3_600 }
  @inlinable public var days: Double { Double(ticks) / 86_400 }

  @inlinable
  public static func < (lhs: SimDuration, rhs: SimDuration) -> Bool { lhs.ticks < rhs.ticks }
  @inlinable
  public static func + (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(ticks: lhs.ticks + rhs.ticks)
  }
  @inlinable
  public static func - (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(ticks: lhs.ticks - rhs.ticks)
  }
  @inlinable
  public static func += (lhs: inout SimDuration, rhs: SimDuration) { lhs.ticks += rhs.ticks }
  @inlinable
  public static func -= (lhs: inout SimDuration, rhs: SimDuration) { lhs.ticks -= rhs.ticks }
  @inlinable
  public static func * (lhs: SimDuration, rhs: Int) -> SimDuration {
    SimDuration(ticks: lhs.ticks * Int64(rhs))
  }
  @inlinable
  public static func * (lhs: Int, rhs: SimDuration) -> SimDuration { rhs * lhs }
}

extension SimDuration: CustomStringConvertible {
  /// `3600 s`.
  public var description: String { "\(ticks) s" }
}
