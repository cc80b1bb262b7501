/// Counts over the needs that arose in the statistics window, followed to their end through
/// the drain (`Docs/experiments.md`): `captured = resolved + abandoned + open after the
/// drain` for these needs.
struct RequestCounts: Codable {
  var arrived = 0
  var captured = 0
  /// Captured requests by ``CaptureChannel`` (self-reported, patrol, data, outreach).
  var byChannel = Array(repeating: 0, count: CaptureChannel.count)
  var resolved = 0
  /// Of ``resolved``, those a project resolved (they needed one).
  var resolvedByProjects = 0
  var abandoned = 0
  /// Resolved requests that went through another department.
  var crossDepartment = 0

  var selfReported: Int { byChannel[Int(CaptureChannel.selfReported.rawValue)] }
  /// Captured requests someone found (patrol, data or outreach).
  var discovered: Int { captured - selfReported }
  func captured(by channel: CaptureChannel) -> Int { byChannel[Int(channel.rawValue)] }
}
