/// A continuous stock with a capacity: money in an account, litres in a tank (SimPy's
/// `Container`).
///
/// Every movement is recorded, so the stock is auditable: at any time
/// `initialLevel + deposited − withdrawn == level` (up to floating-point rounding), where
/// `deposited` counts only what was accepted below capacity.
public struct Reservoir: Hashable, Sendable, Codable {
  /// Current amount.
  public private(set) var level: Double
  /// Largest amount it can hold (`.infinity` by default).
  public let capacity: Double
  /// Amount at creation.
  public let initialLevel: Double
  /// Total accepted by ``deposit(_:at:)``.
  public private(set) var deposited: Double = 0
  /// Total paid out by the withdraw methods.
  public private(set) var withdrawn: Double = 0
  /// Deposits refused because the reservoir was full.
  public private(set) var overflow: Double = 0
  /// Withdrawals refused (all-or-nothing requests that exceeded the level).
  public private(set) var refusedCount = 0
  /// Time-weighted level.
  public private(set) var levelStatistic: TimeWeighted

  /// A reservoir holding `initialLevel` at `start`.
  /// - Throws: ``ParameterError`` if the level is negative or above the capacity, or the
  ///   capacity is not positive.
  public init(initialLevel: Double = 0, capacity: Double = .infinity, at start: SimTime = .zero) throws {
    guard capacity > 0, !capacity.isNaN else {
      throw ParameterError(parameter: "capacity", value: "\(capacity)", allowed: "> 0")
    }
    try ParameterError.check("initialLevel", initialLevel, "0 ... capacity (\(capacity))") {
      $0 >= 0 && $0 <= capacity
    }
    self.level = initialLevel
    self.capacity = capacity
    self.initialLevel = initialLevel
    self.levelStatistic = TimeWeighted(level: initialLevel, at: start)
  }

  /// Puts in up to `amount`; returns what was accepted (the rest is ``overflow``).
  /// - Precondition: `amount` ≥ 0 and finite.
  @discardableResult
  public mutating func deposit(_ amount: Double, at time: SimTime) -> Double {
    precondition(amount >= 0 && amount.isFinite, "Reservoir.deposit: amount \(amount) must be ≥ 0 and finite")
    let accepted = Swift.min(amount, capacity - level)
    level += accepted
    deposited += accepted
    overflow += amount - accepted
    levelStatistic.update(to: level, at: time)
    return accepted
  }

  /// Takes out exactly `amount` if available; otherwise takes nothing and returns `false`.
  /// - Precondition: `amount` ≥ 0 and finite.
  public mutating func withdraw(_ amount: Double, at time: SimTime) -> Bool {
    precondition(amount >= 0 && amount.isFinite, "Reservoir.withdraw: amount \(amount) must be ≥ 0 and finite")
    guard amount <= level else {
      refusedCount += 1
      return false
    }
    take(amount, at: time)
    return true
  }

  /// Takes out as much of `amount` as is available; returns what was taken.
  /// - Precondition: `amount` ≥ 0 and finite.
  public mutating func withdraw(upTo amount: Double, at time: SimTime) -> Double {
    precondition(amount >= 0 && amount.isFinite, "Reservoir.withdraw: amount \(amount) must be ≥ 0 and finite")
    let taken = Swift.min(amount, level)
    take(taken, at: time)
    return taken
  }

  private mutating func take(_ amount: Double, at time: SimTime) {
    level -= amount
    withdrawn += amount
    levelStatistic.update(to: level, at: time)
  }

  /// Closes the time-weighted level at the horizon.
  public mutating func finalize(at time: SimTime) { levelStatistic.finalize(at: time) }
}
