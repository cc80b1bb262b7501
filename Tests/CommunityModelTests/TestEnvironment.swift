import Foundation

/// Switches read from the environment of the test process.
enum TestEnvironment {
  /// Whether to run the slow variants: `COMMUNITY_TWIN_SLOW_TESTS=1 swift test -c release`.
  static let runSlowTests: Bool =
    ProcessInfo.processInfo.environment["COMMUNITY_TWIN_SLOW_TESTS"] == "1"
}
