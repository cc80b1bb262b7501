/// A cyclic, piecewise-constant capacity: a weekly roster, opening hours, a seasonal staffing
/// plan (Ciw's `Schedule`).
///
/// The schedule repeats every ``period``; within a period, capacity changes at the given
/// offsets. A model drives a ``ServerPool`` with it: at start, schedule an (urgent) event at
/// ``nextChange(after:)``; on that event call `setCapacity` and `admitNext`, then schedule the
/// following change.
///
///     // Two workers 08:00–17:00 on weekdays, none otherwise:
///     let roster = try ShiftSchedule(period: .week, changes:
///       (0..<5).flatMap { d in [(.days(d) + .hours(8), 2), (.days(d) + .hours(17), 0)] })
public struct ShiftSchedule: Hashable, Sendable, Codable {
  /// Length of one cycle.
  public let period: SimDuration
  /// Change points within a cycle, strictly increasing offsets in `0 ..< period`.
  public let offsets: [SimDuration]
  /// Capacity from the matching offset on.
  public let capacities: [Int]

  /// A schedule from `(offset, capacity)` pairs; before the first offset of a cycle the last
  /// pair's capacity holds (it wraps around).
  /// - Throws: ``ParameterError`` for a non-positive period, no changes, offsets outside the
  ///   period or not strictly increasing, or a negative capacity.
  public init(period: SimDuration, changes: [(offset: SimDuration, capacity: Int)]) throws {
    guard period.ticks > 0 else {
      throw ParameterError(parameter: "period", value: "\(period)", allowed: "> 0 s")
    }
    guard !changes.isEmpty else {
      throw ParameterError(parameter: "changes", value: "[]", allowed: "at least one change")
    }
    for (i, change) in changes.enumerated() {
      guard change.offset.ticks >= 0, change.offset < period else {
        throw ParameterError(parameter: "changes[\(i)].offset", value: "\(change.offset)", allowed: "0 ..< \(period)")
      }
      guard i == 0 || changes[i - 1].offset < change.offset else {
        throw ParameterError(
          parameter: "changes[\(i)].offset", value: "\(change.offset)",
          allowed: "after the previous offset \(changes[i - 1].offset)")
      }
      guard change.capacity >= 0 else {
        throw ParameterError(parameter: "changes[\(i)].capacity", value: "\(change.capacity)", allowed: "≥ 0")
      }
    }
    self.period = period
    self.offsets = changes.map(\.offset)
    self.capacities = changes.map(\.capacity)
  }

  /// A schedule that never changes.
  public static func constant(_ capacity: Int) throws -> ShiftSchedule {
    try ShiftSchedule(period: .week, changes: [(.zero, capacity)])
  }

  /// The capacity in force at `time`. O(log changes).
  public func capacity(at time: SimTime) -> Int {
    capacities[segment(containing: time)]
  }

  /// The first change strictly after `time` and the capacity it sets. O(log changes).
  public func nextChange(after time: SimTime) -> (time: SimTime, capacity: Int) {
    let cycleStart = time.ticks.quotientFloor(period.ticks) * period.ticks
    let current = segment(containing: time)
    let next = current + 1
    if next < offsets.count && offsets[next].ticks + cycleStart > time.ticks {
      return (SimTime(ticks: cycleStart + offsets[next].ticks), capacities[next])
    }
    // Wrap to the first change of the next cycle (or this cycle's first, if still ahead).
    let firstThisCycle = cycleStart + offsets[0].ticks
    if firstThisCycle > time.ticks { return (SimTime(ticks: firstThisCycle), capacities[0]) }
    return (SimTime(ticks: firstThisCycle + period.ticks), capacities[0])
  }

  /// Index of the change in force at `time` (the last one at or before it, wrapping).
  private func segment(containing time: SimTime) -> Int {
    let phase = time.ticks - time.ticks.quotientFloor(period.ticks) * period.ticks
    var low = 0
    var high = offsets.count
    while low < high {
      let mid = (low + high) / 2
      if offsets[mid].ticks <= phase { low = mid + 1 } else { high = mid }
    }
    return low == 0 ? offsets.count - 1 : low - 1
  }
}
