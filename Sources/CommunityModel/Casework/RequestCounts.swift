/// Counts over the needs that arose in the statistics window, followed to their end through
/// the drain (`Docs/experiments.md`): `captured = resolved + abandoned + open after the
/// drain` for these needs.
struct RequestCounts {
  var arrived = 0
  var captured = 0
  var selfReported = 0
  var discovered = 0
  var resolved = 0
  /// Of ``resolved``, those a project resolved (they needed one).
  var resolvedByProjects = 0
  var abandoned = 0
  /// Resolved requests that went through another department.
  var crossDepartment = 0
}
