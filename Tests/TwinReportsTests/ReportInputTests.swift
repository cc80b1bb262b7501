import FileFormats
import Foundation
import Testing
import TwinExperiments
import _TwinTestSupport

@testable import TwinReports

@Suite struct ReportInputTests {
  @Test func theFixtureReadsAsAComparisonWithTheBaseFirst() throws {
    let input = try ReportFixture.compareInput()
    #expect(input.kind == .compare)
    #expect(input.scenarios.map(\.name) == ["baseline", "devolution"])
    #expect(input.replications == 3)
    #expect(input.scenarios[1].description?.hasPrefix("Baseline plus approval devolution") == true)
    #expect(input.scenarios[0].bases.isEmpty && input.scenarios[1].bases.map(\.file) == ["Scenarios/baseline.json"])
    #expect(input.scenarios[1].bases.first?.sha256 == input.scenarios[0].sha256)
    #expect(input.differences.allSatisfy { $0.scenario == "devolution" && $0.count <= 3 })
    #expect(input.differences.first { $0.metric == "response.all.mean_days" }?.count == 3)
    let daily = try #require(input.daily)
    #expect(daily.has("workers.busy_share") && daily.has("backlog.open_requests"))
    let distributions = try #require(input.distributions)
    #expect(distributions.edges == [0, 0.5, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 180, .infinity])
    #expect(distributions.tiers == ["urgent", "improvement", "innovation"])
  }

  /// A folder holding `files` (name → text), read as a report input.
  func read(_ files: [String: String]) throws -> Result<ReportInput, FileReadError> {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
    return Result { () throws(FileReadError) in try ReportInput.read(folder: directory.path) }
  }

  static let summary = """
    {"scenario": {"name": "a, b", "file": "a.json", "sha256": "00"}, "seed": 18446744073709551615, "replications": 3,
     "antithetic": false, "replication_rule": {"kind": "fixed"}, "days": 4, "warmup_days": 0,
     "metrics": [{"name": "satisfaction.index", "unit": "index 0–100", "mean": 60, "sd": 0.0, "ci95_low": 60,
                  "ci95_high": 60, "n": 3}]}
    """

  @Test func dailyBandsAverageReplicationsSkipWarmUpAndLeaveGaps() throws {
    // Replications 0..2 on day 0 (60, 62, 64), day 1 has nothing, day 2 has one value; a quoted
    // scenario-free run file with "nan" and an empty value (both: nothing to measure).
    let timeseries = """
      replication,day,metric,value
      0,-1,satisfaction.index,10
      0,0,satisfaction.index,60
      1,0,satisfaction.index,62
      2,0,satisfaction.index,64
      0,1,satisfaction.index,nan
      1,1,satisfaction.index,
      0,2,"satisfaction.index",70
      """
    let input = try read(["summary.json": Self.summary, "timeseries.csv": timeseries]).get()
    #expect(input.kind == .run && input.seed == UInt64.max)
    let band = try #require(input.daily).band(scenario: "a, b", metric: "satisfaction.index")
    #expect(band.map(\.x) == [0, 1, 2])
    #expect(band[0].y == 62)
    let low = try #require(band[0].low)
    let high = try #require(band[0].high)
    // t(0.975, 2) = 4.303, sd 2, n 3: half-width 4.969.
    #expect(abs((high - low) / 2 - 4.303 * 2 / 3.0.squareRoot()) < 0.01)
    #expect(band[1].y.isNaN)
    #expect(band[2].y == 70 && band[2].low == nil)
  }

  @Test func aFolderWithoutOutputsNamesTheFilesItLookedFor() throws {
    guard case .failure(let error) = try read(["notes.txt": "x"]) else {
      Issue.record("read an empty folder")
      return
    }
    #expect(error.description.contains("summary.json") && error.description.contains("comparison.json"))
    #expect(error.description.contains("manifest.json"))
  }

  @Test func aBadCSVRowNamesItsLine() throws {
    let timeseries = "replication,day,metric,value\n0,0,satisfaction.index,60\n0,zero,satisfaction.index,61\n"
    guard case .failure(let error) = try read(["summary.json": Self.summary, "timeseries.csv": timeseries]) else {
      Issue.record("read a bad day")
      return
    }
    #expect(error.location == "line 3")
    #expect(error.path.hasSuffix("timeseries.csv"))
  }

  @Test func aWrongTypeNamesTheKeyPath() throws {
    let bad = Self.summary.replacing(#""n": 3}"#, with: #""n": "3"}"#)
    guard case .failure(let error) = try read(["summary.json": bad]) else {
      Issue.record("read a string count")
      return
    }
    #expect(error.location == "metrics[0].n")
    #expect(error.message == "not a whole number ≥ 0")

    // A summary from before bases were recorded reads with none; a malformed entry is named.
    #expect(try read(["summary.json": Self.summary]).get().scenarios[0].bases.isEmpty)
    let badBase = Self.summary.replacing(#""sha256": "00"}"#, with: #""sha256": "00", "bases": [{"file": "b.json"}]}"#)
    guard case .failure(let baseError) = try read(["summary.json": badBase]) else {
      Issue.record("read a base without its digest")
      return
    }
    #expect(baseError.location == "scenario.bases[0].sha256")
  }
}

/// The footer names the build that made the results, or says that they record none.
@Suite struct ReportFooterTests {
  @Test func theFooterNamesTheBuildOrSaysNoneIsRecorded() throws {
    let compare = ReportBuilder(input: try ReportFixture.compareInput()).document()
    let line = try #require(compare.footer.first)
    #expect(line.hasPrefix("Results made by community-twin 0.4.0 (commit 0123456789ab) on linux x86_64"), "\(line)")
    #expect(
      line.hasSuffix(
        "started 2026-12-04T16:00:00Z: community-twin compare Scenarios/baseline.json "
          + "Scenarios/devolution.json --replications 3 --days 20 --warmup-days 30"))
    let staffing = ReportBuilder(input: try ReportFixture.staffingInput()).document()
    #expect(
      staffing.footer == [
        "The results do not record which build made them (written before outputs recorded their provenance)."
      ])
  }

  /// The explorer's footer is the reports' line (``ProvenanceFooter``), in the page's language.
  @Test func theExplorerFooterIsTheSameLine() throws {
    let grid = ExplorerTests.fixture("grid")
    let english = ExplorerPage.render(try ExplorerFiles.read(folder: grid), source: "grid")
    #expect(english.contains("<p>Results made by community-twin 0.4.0 (commit 0123456789ab) on linux x86_64"))
    let chinese = ExplorerPage.render(try ExplorerFiles.read(folder: grid, language: .zh), source: "grid")
    #expect(chinese.contains("<p>结果的生成环境：community-twin 0.4.0 (commit 0123456789ab) on linux x86_64"))
    let old = ExplorerPage.render(
      try ExplorerFiles.read(folder: ExplorerTests.fixture("latin_hypercube")), source: "latin_hypercube")
    #expect(old.contains("<p>\(ProvenanceFooter.line(nil, language: .en))</p>\n</footer>"))
    #expect(ProvenanceFooter.line(nil, language: .en).hasPrefix("The results do not record which build made them"))
  }
}
