import Foundation
import Testing
import _TwinTestSupport

/// An interrupted sweep resumed with `--resume` ends with the results of an uninterrupted one.
///
/// A sweep killed at any moment leaves `runs.jsonl` cut at some byte (``RunLog`` appends
/// whole lines, so at most the last line is partial). Instead of racing a kill against the
/// sweep, the first test cuts the log of a finished sweep at chosen bytes, one per way a kill
/// can land; the second kills a real sweep wherever the kill happens to land and asserts only
/// what holds there too.
@Suite struct SweepResumeTests {
  /// The uninterrupted sweep of ``SweepCommandTests/writeSweep(to:replications:days:)`` over
  /// 3 days (12 runs), run once per test process.
  struct Reference {
    var manifest: Data
    /// `runs.jsonl` as the sweep wrote it (in completion order).
    var log: Data
    /// `points.csv` and `runs.jsonl` after `merge` (sorted by run).
    var merged: [String: Data]
    var runs: Int { log.filter { $0 == 0x0A }.count }
  }

  static let reference = Result {
    try withTemporaryDirectory { directory -> Reference in
      let sweep = try SweepCommandTests().writeSweep(to: directory, days: 3)
      let folder = directory.appendingPathComponent("whole")
      let ran = try execute("community-twin", ["sweep", sweep, "--out", folder.path, "--quiet"])
      try #require(ran.status == 0, "\(ran.stderr)")
      return Reference(
        manifest: try Data(contentsOf: folder.appendingPathComponent("manifest.json")),
        log: try Data(contentsOf: folder.appendingPathComponent("runs.jsonl")),
        merged: try merged(folder, into: directory.appendingPathComponent("merged")))
    }
  }

  /// `merge` of the one folder `folder`: its merged `points.csv` and `runs.jsonl`.
  static func merged(_ folder: URL, into out: URL) throws -> [String: Data] {
    let merge = try execute("community-twin", ["merge", folder.path, "--out", out.path])
    #expect(merge.status == 0 && merge.stdout.contains("12 of 12 runs"), "\(merge.stdout)\(merge.stderr)")
    #expect(!merge.stdout.contains("more than once"))
    return try Dictionary(
      uniqueKeysWithValues: ["points.csv", "runs.jsonl"].map {
        ($0, try Data(contentsOf: out.appendingPathComponent($0)))
      })
  }

  /// Where a kill can cut the log: the byte offset chosen in the complete log (whose line
  /// breaks are at `breaks`, the offset of each line's `\n`).
  enum Cut: String, CaseIterable, CustomTestStringConvertible {
    case beforeTheFirstByte, insideTheFirstLine, atALineBoundary, midLine, justBeforeALineBreak, atTheEnd
    var testDescription: String { rawValue }

    func offset(breaks: [Int]) -> Int {
      switch self {
      case .beforeTheFirstByte: 0
      case .insideTheFirstLine: breaks[0] / 2
      case .atALineBoundary: breaks[4] + 1  // after 5 whole lines
      case .midLine: (breaks[6] + breaks[7]) / 2  // 7 whole lines and half of the 8th
      case .justBeforeALineBreak: breaks[9]  // 9 whole lines and the 10th without its line break
      case .atTheEnd: breaks[breaks.count - 1] + 1
      }
    }
  }

  @Test(arguments: Cut.allCases)
  func aLogCutAnywhereResumesToTheUninterruptedResults(_ cut: Cut) throws {
    let reference = try Self.reference.get()
    let breaks = reference.log.indices.filter { reference.log[$0] == 0x0A }
    let offset = cut.offset(breaks: breaks)
    let kept = breaks.filter { $0 < offset }.count
    let partial = offset > (kept == 0 ? 0 : breaks[kept - 1] + 1)
    try withTemporaryDirectory { directory in
      let sweep = try SweepCommandTests().writeSweep(to: directory, days: 3)
      let folder = directory.appendingPathComponent("cut")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try reference.manifest.write(to: folder.appendingPathComponent("manifest.json"))
      try reference.log.prefix(offset).write(to: folder.appendingPathComponent("runs.jsonl"))

      let resumed = try execute("community-twin", ["sweep", sweep, "--out", folder.path, "--resume", "--quiet"])
      #expect(resumed.status == 0, "\(resumed.stderr)")
      #expect(resumed.stdout.contains("Resumed: \(kept) runs were already finished and kept.") == (kept > 0))
      #expect(resumed.stdout.contains("A partial last line (a run cut off mid-write) was removed") == partial)
      #expect(resumed.stdout.contains("Ran \(reference.runs - kept) runs into"), "\(resumed.stdout)")
      // The whole lines before the cut are kept byte for byte; the rest is run again.
      let log = try Data(contentsOf: folder.appendingPathComponent("runs.jsonl"))
      let keptBytes = kept == 0 ? 0 : breaks[kept - 1] + 1
      #expect(log.prefix(keptBytes) == reference.log.prefix(keptBytes))
      #expect(log.filter { $0 == 0x0A }.count == reference.runs)
      #expect(try Self.merged(folder, into: directory.appendingPathComponent("merged")) == reference.merged)
    }
  }

  /// One real SIGKILL, sent once the sweep has started writing its log (or finished): wherever
  /// it lands, `--resume` keeps exactly the whole lines on disk, ends with the uninterrupted
  /// results, and a second run without `--resume` is refused rather than overwriting them.
  @Test func aSweepKilledWhereverItIsResumesToTheUninterruptedResults() throws {
    let reference = try Self.reference.get()
    try withTemporaryDirectory { directory in
      let sweep = try SweepCommandTests().writeSweep(to: directory, days: 3)
      let folder = directory.appendingPathComponent("killed")
      let log = folder.appendingPathComponent("runs.jsonl")
      let process = Process()
      process.executableURL = Bundle.main.bundleURL.appendingPathComponent("community-twin")
      process.arguments = ["sweep", sweep, "--out", folder.path, "--threads", "1", "--quiet"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let deadline = Date().addingTimeInterval(60)
      while process.isRunning && Date() < deadline && (FileManager.default.contents(atPath: log.path)?.isEmpty ?? true)
      {
        usleep(10_000)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let atKill = FileManager.default.contents(atPath: log.path) ?? Data()
      let whole = atKill.filter { $0 == 0x0A }.count

      let resumed = try execute("community-twin", ["sweep", sweep, "--out", folder.path, "--resume", "--quiet"])
      #expect(resumed.status == 0, "\(resumed.stderr)")
      #expect(resumed.stdout.contains("Resumed: \(whole) runs were already finished and kept.") == (whole > 0))
      #expect(resumed.stdout.contains("Ran \(reference.runs - whole) runs into"), "\(resumed.stdout)")
      #expect(try Self.merged(folder, into: directory.appendingPathComponent("merged")) == reference.merged)
      let again = try execute("community-twin", ["sweep", sweep, "--out", folder.path])
      #expect(again.status == 65 && again.stderr.contains("--resume"))
    }
  }
}
