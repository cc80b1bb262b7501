/// An interval of simulated time, in whole ticks (1 tick = 1 second).
///
/// Build intervals with the unit constructors (`.seconds(90)`, `.minutes(5)`, `.hours(1.5)`,
/// `.days(3)`, `.weeks(1)`). Fractional amounts round to the nearest second. Sampled
/// durations enter the clock in exactly one place, ``init(sampling:unit:)``.
@frozen
public struct SimDuration: Hashable, Comparable, Sendable {
  /// Length in ticks (seconds); may be negative for differences of points.
  public var ticks: Int64

  @inlinable
  public init(ticks: Int64) { self.ticks = ticks }

  public static let zero = SimDuration(ticks: 0)
  public static let second = SimDuration(ticks: 1)
  public static let minute = SimDuration(ticks: 60)
  public static let hour = SimDuration(ticks: 3_600)
  public static let day = SimDuration(ticks: 86_400)
  public static let week = SimDuration(ticks: 604_800)

  /// Converts a sampled, non-negative amount of `unit`s to ticks, rounding to the nearest tick.
  ///
  /// This is the one place where a `Double` drawn from a distribution becomes clock time.
  /// Negative or NaN samples (a normal tail, say) become zero: time never runs backwards.
  ///
  ///     let service = SimDuration(sampling: serviceHours.sample(using: &rng), unit: .hour)
  ///
  /// - Precondition: the result fits in `Int64` ticks.
  @inlinable
  public init(sampling amount: Double, unit: SimDuration) {
    let scaled = (amount * Double(unit.ticks)).rounded()
    if !(scaled > 0) { self.ticks = 0; return }  // also catches NaN
    precondition(scaled < 9.2e18, "sampled duration \(amount) × \(unit.ticks) s overflows the clock")
    self.ticks = Int64(scaled)
  }

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
