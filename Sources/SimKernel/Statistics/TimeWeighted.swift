/// Statistics of a level that holds between changes (queue length, busy servers, money held):
/// its time average, variance and extremes (salabim's "level" monitor).
///
/// Call ``update(to:at:)`` whenever the level changes and ``finalize(at:)`` at the horizon, or
/// the last stretch is missing from the average (Ciw's `wrap_up_servers`). ``reset(at:)``
/// starts a new observation window at the current level (warm-up deletion).
@frozen
public struct TimeWeighted: Hashable, Sendable, Codable {
  @usableFromInline var _level: Double
  /// The current level.
  public var level: Double { _level }
  @usableFromInline var _windowStart: SimTime
  /// Start of the observation window.
  public var windowStart: SimTime { _windowStart }
  @usableFromInline var _lastTime: SimTime
  /// Time up to which ``area`` is accumulated.
  public var lastTime: SimTime { _lastTime }
  @usableFromInline var _area: Double = 0
  /// ∫ level dt over the window [level × seconds].
  public var area: Double { _area }
  /// ∫ level² dt over the window.
  @usableFromInline var _squareArea: Double = 0
  @usableFromInline var _min: Double
  public var min: Double { _min }
  @usableFromInline var _max: Double
  public var max: Double { _max }

  /// A level starting at `level` at time `start`.
  public init(level: Double = 0, at start: SimTime = .zero) {
    self._level = level
    self._windowStart = start
    self._lastTime = start
    self._min = level
    self._max = level
  }

  /// Sets the level from `time` on. O(1).
  /// - Precondition: `time` is not before the last update.
  @inlinable @inline(__always)
  public mutating func update(to newLevel: Double, at time: SimTime) {
    advance(to: time)
    _level = newLevel
    if newLevel < _min { _min = newLevel }
    if newLevel > _max { _max = newLevel }
  }

  /// Adds `delta` to the level from `time` on. O(1).
  @inlinable
  public mutating func add(_ delta: Double, at time: SimTime) {
    update(to: _level + delta, at: time)
  }

  /// Accumulates the current level up to `time` (call at the horizon). Idempotent. O(1).
  @inlinable
  public mutating func finalize(at time: SimTime) { advance(to: time) }

  @inlinable @inline(__always)
  mutating func advance(to time: SimTime) {
    if time < _lastTime { _timeRunsBackwards(time, last: _lastTime) }
    let dt = Double(time.ticks &- _lastTime.ticks)
    _area += _level * dt
    _squareArea += _level * _level * dt
    _lastTime = time
  }

  /// Starts a fresh window at `time`, keeping the current level (warm-up deletion).
  public mutating func reset(at time: SimTime) {
    self = TimeWeighted(level: _level, at: time)
  }

  /// Pools another window into this one, as if they were laid end to end (replications).
  /// An empty window (zero duration) contributes nothing, not even its level to min and max.
  public mutating func merge(_ other: TimeWeighted) {
    guard other.duration.ticks > 0 else { return }
    guard duration.ticks > 0 else {
      self = other
      return
    }
    let combined = duration + other.duration
    _area += other.area
    _squareArea += other._squareArea
    _min = Swift.min(_min, other.min)
    _max = Swift.max(_max, other.max)
    _windowStart = SimTime(ticks: _lastTime.ticks - combined.ticks)
  }

  /// ∫ level dt over the window up to `time` [level × seconds], the current level held since
  /// the last update; nothing is accumulated. O(1).
  /// - Precondition: `time` is not before the last update.
  @inlinable
  public func area(through time: SimTime) -> Double {
    _area + _level * Double(time.ticks - _lastTime.ticks)
  }

  /// Length of the accumulated window.
  public var duration: SimDuration { _lastTime - _windowStart }

  /// Time-average level over the window; the current level if the window is empty.
  public var mean: Double {
    duration.ticks > 0 ? _area / Double(duration.ticks) : _level
  }

  /// Time-weighted variance of the level over the window.
  public var variance: Double {
    guard duration.ticks > 0 else { return 0 }
    let m = mean
    return Swift.max(0, _squareArea / Double(duration.ticks) - m * m)
  }
}
