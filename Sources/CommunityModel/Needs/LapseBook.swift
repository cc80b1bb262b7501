import SimKernel

/// Unmet needs waiting to lapse, filed by the day they lapse on.
///
/// A lapse has no consequence but its resident's experience, so instead of one calendar
/// event each (at scale, tens of thousands pending at once, deepening every calendar
/// operation) lapses are filed in day buckets and applied at the end of their day, each at
/// its own time. 12 bytes per pending lapse; filing allocates only when a bucket grows.
struct LapseBook: Codable {
  struct Lapse: Codable {
    var resident: UInt32
    /// Seconds after the start of the day.
    var secondOfDay: UInt32
    /// How long the need lasted, from arising to the lapse [days].
    var days: Float
  }

  /// `buckets[d]`: lapses on day d (days past the horizon are never applied, so not filed).
  private var buckets: [[Lapse]]

  init(days: Int) {
    buckets = Array(repeating: [], count: days)
  }

  /// Files a lapse of `resident`'s need at `time`, `days` after it arose. O(1) amortized.
  mutating func file(resident: Int, at time: SimTime, afterDays days: Double) {
    let day = time.dayIndex
    guard day < buckets.count else { return }
    buckets[day].append(
      Lapse(resident: UInt32(resident), secondOfDay: UInt32(time.secondOfDay), days: Float(days)))
  }

  /// Removes and returns day `day`'s lapses, in filing order.
  mutating func take(day: Int) -> [Lapse] {
    guard day < buckets.count else { return [] }
    defer { buckets[day] = [] }
    return buckets[day]
  }
}
