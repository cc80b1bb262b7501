import Foundation

/// Switches read from the environment of the test process.
public enum TestEnvironment {
  /// Whether to run the slow validation tests: `COMMUNITY_TWIN_SLOW_TESTS=1 swift test`.
  ///
  /// The default suite must stay well under a minute in a debug build; the slow variants run
  /// more replications, longer runs and heavier traffic (ρ = 0.9).
  public static let runSlowTests: Bool =
    ProcessInfo.processInfo.environment["COMMUNITY_TWIN_SLOW_TESTS"] == "1"

  /// Whether snapshot checks rewrite their files (and fail, saying so) instead of comparing:
  /// `COMMUNITY_TWIN_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests` (see ``Snapshots``).
  public static let recordSnapshots: Bool =
    ProcessInfo.processInfo.environment["COMMUNITY_TWIN_RECORD_SNAPSHOTS"] == "1"
}
