import Foundation
import Testing
@testable import TwinReports
import _TwinTestSupport

/// The committed fixture output folder and snapshot files, found next to this file.
enum ReportFixture {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// `compare Scenarios/baseline.json Scenarios/devolution.json --replications 3 --days 20
  /// --warmup-days 30`, with `timeseries.csv` trimmed to the observed days.
  static let compareFolder = testsDirectory.appendingPathComponent("Fixtures/compare")
  /// `sweep` of a 2 × 2 grid over the devolution preset (staff per 1,000 × devolution
  /// threshold), 2 replications × 5 days after a 10-day warm-up.
  static let sweepFolder = testsDirectory.appendingPathComponent("Fixtures/sweep")
  static let snapshots = testsDirectory.appendingPathComponent("Snapshots")

  /// The fixture, with the folder named relatively so that snapshots do not depend on where
  /// the repository is checked out.
  static func compareInput() throws -> ReportInput {
    var input = try ReportInput.read(folder: compareFolder.path)
    input.folder = "Tests/TwinReportsTests/Fixtures/compare"
    return input
  }

  /// The sweep fixture, named relatively like ``compareInput()``.
  static func sweepInput() throws -> ReportInput {
    var input = try ReportInput.read(folder: sweepFolder.path)
    input.folder = "Tests/TwinReportsTests/Fixtures/sweep"
    return input
  }

  /// Whether this run rewrites the snapshots instead of checking them.
  static var isRecording: Bool { ProcessInfo.processInfo.environment["COMMUNITY_TWIN_RECORD_SNAPSHOTS"] == "1" }

  /// Checks `text` against the snapshot file `name` byte for byte, reporting the first line
  /// that differs; with `COMMUNITY_TWIN_RECORD_SNAPSHOTS=1` writes it instead.
  static func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = snapshots.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("no snapshot \(name): run the tests with COMMUNITY_TWIN_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard text != expected else { return }
    let a = text.split(separator: "\n", omittingEmptySubsequences: false)
    let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let got = line < a.count ? String(a[line].prefix(300)) : "<end of text>"
    let want = line < b.count ? String(b[line].prefix(300)) : "<end of snapshot>"
    Issue.record("\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
  }
}
