import Testing

extension Tag {
  /// Long-running tests, skipped unless `COMMUNITY_TWIN_SLOW_TESTS=1` (see ``TestEnvironment``).
  @Tag public static var slow: Self
  /// Tests that compare random output with theory, or one run with another, under a tolerance
  /// whose false-failure probability is computed and stated (at most ``FalseFailure/budget``,
  /// `Docs/testing.md`). Every one uses fixed seeds, so it is deterministic: it either always
  /// passes or always fails.
  @Tag public static var statistical: Self
}
