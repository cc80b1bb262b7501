import Foundation
import Testing

/// A folder of committed snapshot files that generated text is compared with byte for byte.
///
/// With `COMMUNITY_TWIN_RECORD_SNAPSHOTS=1` (``TestEnvironment/recordSnapshots``) each check
/// writes the text to its file instead and then fails, saying so: a recording run never passes,
/// so a test run cannot accept new output unseen. Review the change (`git diff`), then run the
/// tests again without the variable.
public struct Snapshots: Sendable {
  /// The folder holding the snapshot files.
  public var directory: URL
  /// Whether checks write their files instead of comparing.
  public var isRecording: Bool

  public init(directory: URL, isRecording: Bool = TestEnvironment.recordSnapshots) {
    self.directory = directory
    self.isRecording = isRecording
  }

  /// Checks `text` against the snapshot file `name`, recording a test failure that names the
  /// first line that differs (or a missing file); when recording, writes the file and records
  /// a failure saying it did.
  /// - Throws: the error of a snapshot file that cannot be written while recording.
  public func expect(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      Issue.record(
        "recorded snapshot \(name); review it (git diff) and run again without COMMUNITY_TWIN_RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no snapshot \(name): run the tests with COMMUNITY_TWIN_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard text != expected else { return }
    let a = text.split(separator: "\n", omittingEmptySubsequences: false)
    let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let got = line < a.count ? String(a[line].prefix(300)) : "<end of text>"
    let want = line < b.count ? String(b[line].prefix(300)) : "<end of snapshot>"
    Issue.record(
      "\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
  }
}
