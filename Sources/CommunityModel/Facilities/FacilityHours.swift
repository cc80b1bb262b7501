import SimKernel

/// When one facility is open: its type's hours and days, or the hours its community states
/// (``FacilityOverride``). Whole hours, the same every open day.
struct FacilityHours: Codable {
  /// Opening and closing hour of day, 0 ≤ opens < closes ≤ 24.
  let opensHour: Int
  let closesHour: Int
  /// Open days as bits: bit d set if it opens on weekday d (0 = Monday).
  let days: UInt8

  /// `spec`'s hours, with the hours `override` states in their place.
  init(_ spec: FacilitySpec, override: FacilityOverride? = nil) {
    opensHour = override?.opensHour ?? spec.opensHour
    closesHour = override?.closesHour ?? spec.closesHour
    var days: UInt8 = 0
    for day in spec.openDays { days |= 1 << day }
    self.days = days
  }

  /// Open round the clock, every day.
  var isAlwaysOpen: Bool { opensHour == 0 && closesHour == 24 && days == 0x7F }

  /// Open hours per open day.
  var hoursPerDay: Int { closesHour - opensHour }

  /// The hours as a clock whose working time is the open time.
  var clock: WorkingClock {
    WorkingClock(days: Set((0..<7).filter { days & (1 << $0) != 0 }), opensHour: opensHour, closesHour: closesHour)
  }

  /// Whether the facility is open at `time` (≥ 0). O(1).
  @inline(__always)
  func isOpen(at time: SimTime) -> Bool {
    let hour = time.hourOfDay
    return days & (1 << time.weekday) != 0 && hour >= opensHour && hour < closesHour
  }

  /// The next whole hour after `time` at which the facility opens or closes. O(hours in a
  /// week).
  func nextChange(after time: SimTime) -> SimTime {
    let open = isOpen(at: time)
    var hour = SimTime(ticks: (time.ticks / 3_600 + 1) * 3_600)
    while isOpen(at: hour) == open { hour += .hour }
    return hour
  }
}
