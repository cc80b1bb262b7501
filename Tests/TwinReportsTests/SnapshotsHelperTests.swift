import Foundation
import Testing
import _TwinTestSupport

/// The snapshot helper itself: a match passes, a difference or a missing file fails naming
/// it, and recording writes the file but fails, so a recording run can never pass.
@Suite struct SnapshotsHelperTests {
  @Test func recordingWritesTheFileAndFails() throws {
    try withTemporaryDirectory { directory in
      let recorder = Snapshots(directory: directory, isRecording: true)
      try withKnownIssue {
        try recorder.expect("one\ntwo\n", named: "a.txt")
      } matching: { issue in
        issue.comments.contains { $0.rawValue.hasPrefix("recorded snapshot a.txt") }
      }
      #expect(
        FileManager.default.contents(atPath: directory.appendingPathComponent("a.txt").path) == Data("one\ntwo\n".utf8))
      // Compared, the recorded text passes.
      try Snapshots(directory: directory, isRecording: false).expect("one\ntwo\n", named: "a.txt")
    }
  }

  @Test func aDifferenceOrAMissingFileFailsNamingIt() throws {
    try withTemporaryDirectory { directory in
      try Data("one\ntwo\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
      let snapshots = Snapshots(directory: directory, isRecording: false)
      try withKnownIssue {
        try snapshots.expect("one\nthree\n", named: "a.txt")
      } matching: { issue in
        issue.comments.contains { $0.rawValue == "a.txt differs at line 2:\n  got:  three\n  want: two" }
      }
      try withKnownIssue {
        try snapshots.expect("one\n", named: "b.txt")
      } matching: { issue in
        issue.comments.contains { $0.rawValue.hasPrefix("no snapshot b.txt") }
      }
    }
  }
}
