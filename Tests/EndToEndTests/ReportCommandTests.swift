import Foundation
import Testing
import _TwinTestSupport

/// `report` as a user meets it: a report of run, compare and sweep folders, its exit
/// statuses and messages.
@Suite struct ReportCommandTests {
  func contents(_ url: URL) -> String? {
    FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func aRunFolderGetsBothFilesWithItsFindingsOnStdout() throws {
    try withTemporaryDirectory { directory in
      let scenario = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
      let run = try execute(
        "community-twin",
        [
          "run", scenario, "--replications", "2", "--days", "3", "--warmup-days", "0", "--drain-days", "10", "--quiet",
          "--out", directory.path,
        ])
      #expect(run.status == 0, "\(run.stderr)")
      let report = try execute("community-twin", ["report", directory.path])
      #expect(report.status == 0, "\(report.stderr)")
      #expect(report.stdout.contains("Key findings:"))
      #expect(report.stderr.contains("report.html"))
      let html = try #require(contents(directory.appendingPathComponent("report.html")))
      #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg"))
      let markdown = try #require(contents(directory.appendingPathComponent("report.md")))
      #expect(markdown.hasPrefix("# CommunityTwin report: baseline"))
    }
  }

  @Test func aSweepFolderGetsItsPointsAndTradeOffs() throws {
    try withTemporaryDirectory { directory in
      let text = """
        {
          "name": "report-sweep",
          "base": "\(packageRoot.appendingPathComponent("Scenarios/devolution.json").path)",
          "parameters": [{"path": "workforce.roles[community_worker].per_1000", "levels": [3, 5]}],
          "design": {"kind": "grid"},
          "replications": 2,
          "run": {"days": 3, "warmup_days": 0},
          "metrics": ["response.all.mean_days", "satisfaction.index", "budget.spent_cny"]
        }
        """
      let file = directory.appendingPathComponent("sweep.json")
      try Data(text.utf8).write(to: file)
      let out = directory.appendingPathComponent("out")
      let sweep = try execute("community-twin", ["sweep", file.path, "--out", out.path, "--quiet"])
      #expect(sweep.status == 0, "\(sweep.stderr)")
      let report = try execute("community-twin", ["report", out.path])
      #expect(report.status == 0, "\(report.stderr)")
      let markdown = try #require(contents(out.appendingPathComponent("report.md")))
      #expect(
        markdown.contains("## Design points") && markdown.contains("Pareto front, cost against satisfaction index"))
    }
  }

  @Test func theFilesGoWhereTheOptionsSay() throws {
    try withTemporaryDirectory { directory in
      let fixture = packageRoot.appendingPathComponent("Tests/TwinReportsTests/Fixtures/compare").path
      // Missing folders are created, as run's --out is.
      let html = directory.appendingPathComponent("pages/r.html")
      let markdown = directory.appendingPathComponent("pages/r.md")
      let report = try execute(
        "community-twin", ["report", fixture, "--html", html.path, "--markdown=\(markdown.path)"])
      #expect(report.status == 0, "\(report.stderr)")
      #expect(contents(html)?.contains("Paired differences from baseline") == true)
      #expect(contents(markdown)?.contains("Charts: r.html.") == true)
    }
  }

  @Test func langZhWritesTheReportInChinese() throws {
    try withTemporaryDirectory { directory in
      let fixture = packageRoot.appendingPathComponent("Tests/TwinReportsTests/Fixtures/compare").path
      let html = directory.appendingPathComponent("r.html")
      let markdown = directory.appendingPathComponent("r.md")
      let report = try execute(
        "community-twin", ["report", fixture, "--lang", "zh", "--html", html.path, "--markdown", markdown.path])
      #expect(report.status == 0, "\(report.stderr)")
      #expect(report.stdout.contains("主要发现：") && report.stdout.contains("平均响应时间"))
      let page = try #require(contents(html))
      #expect(page.contains("<html lang=\"zh-Hans\">") && page.contains("与baseline的配对差值"))
      #expect(contents(markdown)?.contains("图表见 r.html。") == true)
    }
  }

  @Test func anUnknownLanguageExits64NamingTheChoices() throws {
    let fixture = packageRoot.appendingPathComponent("Tests/TwinReportsTests/Fixtures/compare").path
    let report = try execute("community-twin", ["report", fixture, "--lang", "fr"])
    #expect(report.status == 64)
    #expect(report.stderr.contains("--lang") && report.stderr.contains("en, zh"), "\(report.stderr)")
  }

  @Test func aFolderThatIsNoOutputExits65NamingWhatIsMissing() throws {
    try withTemporaryDirectory { directory in
      let report = try execute("community-twin", ["report", directory.path])
      #expect(report.status == 65)
      for name in ["summary.json", "comparison.json", "manifest.json"] { #expect(report.stderr.contains(name)) }
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("report.html").path))
    }
  }

  @Test func aDamagedFileExits65NamingTheFileAndKeyPath() throws {
    try withTemporaryDirectory { directory in
      let summary = #"""
        {"scenario": {"name": "x", "file": "x.json"}, "seed": 1, "replications": "three", "antithetic": false,
         "days": 1, "warmup_days": 0, "metrics": []}
        """#
      try Data(summary.utf8)
        .write(to: directory.appendingPathComponent("summary.json"))
      let report = try execute("community-twin", ["report", directory.path])
      #expect(report.status == 65)
      #expect(report.stderr.contains("summary.json: replications: not a whole number"), "\(report.stderr)")
    }
  }
}
