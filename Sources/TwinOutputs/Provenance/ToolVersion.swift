/// The version of `community-twin`: what `--version` prints and what every output's
/// provenance records (``Provenance/version``). One constant, so the two cannot disagree.
public enum ToolVersion {
  /// Semantic version, `MAJOR.MINOR.PATCH`.
  public static let current = "0.4.0"
}
