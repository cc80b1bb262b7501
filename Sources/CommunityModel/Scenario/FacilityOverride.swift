/// What one community states of one of its facilities (``CommunitySpec/facilityOverrides``):
/// each value replaces the facility type's rule there; `nil` keeps it.
public struct FacilityOverride: Hashable, Sendable, Codable {
  /// Places (≥ 0), instead of the type's per-1,000 capacity.
  public var places: Int?
  /// Opening and closing hour of day (0 ≤ opens < closes ≤ 24), instead of the type's.
  public var opensHour: Int?
  public var closesHour: Int?

  public init(places: Int? = nil, opensHour: Int? = nil, closesHour: Int? = nil) {
    self.places = places
    self.opensHour = opensHour
    self.closesHour = closesHour
  }
}
