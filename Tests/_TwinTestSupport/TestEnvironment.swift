import Foundation
import SimKernel
import Testing

/// Switches read from the environment of the test process.
public enum TestEnvironment {
  /// Whether to run the slow validation tests: `COMMUNITY_TWIN_SLOW_TESTS=1 swift test`.
  ///
  /// The default suite must stay well under a minute in a debug build; the slow variants run
  /// more replications, longer runs and heavier traffic (ρ = 0.9).
  public static let runSlowTests: Bool =
    ProcessInfo.processInfo.environment["COMMUNITY_TWIN_SLOW_TESTS"] == "1"

  /// Whether this is a `-DSIM_INTERNAL_CHECKS` build, whose event calendar checks its
  /// invariants after every mutation (O(n) each: model runs take about 40 times as long).
  public static let internalChecks: Bool = simInternalChecksEnabled

  /// Whether snapshot checks rewrite their files (and fail, saying so) instead of comparing:
  /// `COMMUNITY_TWIN_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests` (see ``Snapshots``).
  public static let recordSnapshots: Bool =
    ProcessInfo.processInfo.environment["COMMUNITY_TWIN_RECORD_SNAPSHOTS"] == "1"
}

extension Trait where Self == ConditionTrait {
  /// Skips, in a `-DSIM_INTERNAL_CHECKS` build, a test that compares runs with and without a
  /// mechanism, or repeats a case its suite already drives: its events are driven under the
  /// checks by the suite's other tests, and the extra runs would take minutes there.
  public static var comparedOnlyInOrdinaryBuild: Self {
    .disabled(if: TestEnvironment.internalChecks, "a comparison of runs; the suite's other tests drive its events")
  }

  /// Skips a statistical model suite in a `-DSIM_INTERNAL_CHECKS` build: its size is set by its
  /// false-failure rate, which the checks would make some 40 times slower to run, and the
  /// model's other suites drive the calendar through the same kinds of events.
  public static var skippedInChecksBuild: Self {
    .disabled(
      if: TestEnvironment.internalChecks, "statistical, sized for its false-failure rate: run it in the ordinary build")
  }
}
