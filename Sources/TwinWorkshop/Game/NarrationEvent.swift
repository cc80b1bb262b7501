/// Something that happened in a team's community during a round, told in both languages
/// ("Week 3: a flood took half of the parking's places"). Read from what the run counted.
public struct NarrationEvent: Hashable, Sendable, Codable {
  /// Days of the game played when it happened [days, from 1].
  public var day: Int
  /// Week of the round it happened in [from 1].
  public var week: Int
  public var text: LocalizedText
}
