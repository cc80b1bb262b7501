// Failure paths of hot-loop preconditions, kept out of line so that the interpolated messages
// don't stop the compiler from inlining the fast paths that check them.

@usableFromInline @inline(never)
func _schedulingIntoThePast(_ time: SimTime, now: SimTime) -> Never {
  preconditionFailure("cannot schedule an event at \(time), before the current time \(now)")
}

@usableFromInline @inline(never)
func _negativeDelay(_ delay: SimDuration) -> Never {
  preconditionFailure("cannot schedule an event with negative delay \(delay)")
}

@usableFromInline @inline(never)
func _timeOutsideCalendar(_ time: SimTime) -> Never {
  preconditionFailure("event time \(time) is outside the calendar's range 0 ..< 2^40 s")
}

@usableFromInline @inline(never)
func _timeRunsBackwards(_ time: SimTime, last: SimTime) -> Never {
  preconditionFailure("TimeWeighted: time \(time) is before the last update \(last)")
}
