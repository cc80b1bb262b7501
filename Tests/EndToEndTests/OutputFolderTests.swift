import Foundation
import Testing
import _TwinTestSupport

/// `run` and `compare` refuse an output folder of files community-twin did not write (exit
/// 73) unless `--force`, and remove the earlier results a new one replaces.
@Suite struct OutputFolderTests {
  private static let mmc = packageRoot.appendingPathComponent("Scenarios/validation/mmc.json").path
  private static let short = ["--replications", "2", "--days", "2", "--drain-days", "0", "--quiet"]

  private static func exists(_ directory: URL, _ path: String) -> Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
  }

  @Test(arguments: ["run", "compare"])
  func aFolderOfForeignFilesIsRefusedUnlessForced(_ command: String) throws {
    try withTemporaryDirectory { directory in
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("thesis"), withIntermediateDirectories: true)
      try Data("chapter 1\n".utf8).write(to: directory.appendingPathComponent("thesis/notes.txt"))
      let scenarios = command == "run" ? [Self.mmc] : [Self.mmc, Self.mmc]
      let refused = try execute(
        "community-twin", [command] + scenarios + Self.short + ["--out", "thesis"], in: directory)
      #expect(refused.status == 73, "\(refused.stderr)")
      #expect(refused.stderr.contains("thesis holds files community-twin did not write"), "\(refused.stderr)")
      #expect(refused.stderr.contains("--force"))
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("thesis").path)
          == ["notes.txt"])
      let forced = try execute(
        "community-twin", [command] + scenarios + Self.short + ["--out", "thesis", "--force"], in: directory)
      #expect(forced.status == 0, "\(forced.stderr)")
      #expect(Self.exists(directory, "thesis/notes.txt"))
      #expect(Self.exists(directory, command == "run" ? "thesis/summary.json" : "thesis/comparison.json"))
    }
  }

  @Test func aNewRunRemovesTheReportAndTheComparisonItReplaces() throws {
    try withTemporaryDirectory { directory in
      let compared = try execute(
        "community-twin", ["compare", Self.mmc, Self.mmc] + Self.short + ["--out", "out"], in: directory)
      #expect(compared.status == 0, "\(compared.stderr)")
      let report = try execute("community-twin", ["report", "out"], in: directory)
      #expect(report.status == 0 && Self.exists(directory, "out/report.html"), "\(report.stderr)")
      try Data("mine\n".utf8).write(to: directory.appendingPathComponent("out/notes.txt"))
      let ran = try execute("community-twin", ["run", Self.mmc] + Self.short + ["--out", "out"], in: directory)
      #expect(ran.status == 0, "\(ran.stderr)")
      #expect(
        ran.stderr.contains(
          "Removed comparison.json, comparison.csv, report.html, report.md of earlier results from out"),
        "\(ran.stderr)")
      let left = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path)
      #expect(
        Set(left) == ["summary.json", "replications.csv", "timeseries.csv", "distributions.csv", "notes.txt"],
        "\(left)")
    }
  }
}
