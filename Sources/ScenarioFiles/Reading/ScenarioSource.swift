import FileFormats
import Foundation

/// A file a scenario was read from, with the fingerprint of the bytes that were decoded: a
/// `base` file of the scenario named on the command line (or of a sweep).
///
/// A preset such as `devolution.json` holds only its differences from `baseline.json`, so the
/// named file's SHA-256 alone does not identify what ran: `summary.json` and
/// `comparison.json` list every base file with its own SHA-256, and a sweep's shards must
/// agree on them to be resumed or merged.
public struct ScenarioSource: Hashable, Sendable {
  /// The path as resolved against the folder of the file that names it, standardized.
  public var file: String
  /// SHA-256 of the file's bytes, lowercase hex: what `sha256sum FILE` prints.
  public var sha256: String

  public init(file: String, sha256: String) {
    self.file = file
    self.sha256 = sha256
  }

  /// The source `file` whose bytes are `bytes`. O(bytes).
  init(file: String, bytes: Data) {
    self.init(file: file, sha256: SHA256.hex(bytes))
  }
}
