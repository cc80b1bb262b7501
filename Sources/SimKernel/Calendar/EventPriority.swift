/// The second key of the event order: among events at the same tick, lower values run first.
///
/// As in SimPy (`URGENT`, `NORMAL`), most events are `.normal`; `.urgent` is for bookkeeping
/// that must precede ordinary events at the same instant (the run horizon, capacity changes at
/// a shift boundary), `.late` for events that must see everything else at that instant first
/// (end-of-day snapshots). Ties within a priority run in insertion order.
@frozen
public struct EventPriority: Hashable, Comparable, Sendable, Codable {
  /// 0 (first) … 255 (last).
  public var rawValue: UInt8

  @inlinable
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  @inlinable public static var urgent: EventPriority { EventPriority(rawValue: 0) }
  @inlinable public static var high: EventPriority { EventPriority(rawValue: 64) }
  @inlinable public static var normal: EventPriority { EventPriority(rawValue: 128) }
  @inlinable public static var low: EventPriority { EventPriority(rawValue: 192) }
  @inlinable public static var late: EventPriority { EventPriority(rawValue: 255) }

  @inlinable
  public static func < (lhs: EventPriority, rhs: EventPriority) -> Bool { lhs.rawValue < rhs.rawValue }
}
