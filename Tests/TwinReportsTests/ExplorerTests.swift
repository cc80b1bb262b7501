import FileFormats
import Foundation
import ScenarioFiles
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

@testable import TwinReports

/// The sweep explorer page: its data round-trips the sweep's points exactly, sliders snap to
/// the nearest computed point on every design, bad folders give clear errors, and the page is
/// self-contained and stable byte for byte.
@Suite struct ExplorerTests {
  /// Small sweeps over the devolution preset (staff per 1,000 at 3, 4.5, 6; threshold at 0,
  /// 300,000 CNY; 2 replications of 5 days; 5 metrics), one folder per design.
  static func fixture(_ design: String) -> String {
    ReportFixture.testsDirectory.appendingPathComponent("Fixtures/explorer/\(design)").path
  }

  static let designs = ["grid", "one_at_a_time", "latin_hypercube"]

  /// The page's JSON blob, as the script reads it.
  struct Blob: Decodable {
    struct Parameter: Decodable {
      var path: String
      var name: String
      var levels: [Double]
      var texts: [String]
    }
    struct Point: Decodable {
      var point: Int
      var values: [Double]
      var n: Int
      var metrics: [[Double?]]
    }
    var parameters: [Parameter]
    var points: [Point]
    var initial: Int
  }

  static func blob(in html: String) throws -> Blob {
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"explorer-data\">\n"))
    let end = try #require(html.range(of: "\n</script>", range: start.upperBound..<html.endIndex))
    return try JSONDecoder().decode(Blob.self, from: Data(html[start.upperBound..<end.lowerBound].utf8))
  }

  @Test(arguments: designs) func theEmbeddedDataRoundTripsTheSweepsPointsExactly(design: String) throws {
    let folder = Self.fixture(design)
    let results = try SweepResults.merge([URL(fileURLWithPath: folder)])
    let blob = try Self.blob(in: ExplorerPage.render(try ExplorerFiles.read(folder: folder), source: design))
    let points = results.points
    #expect(blob.points.count == points.count && points.count == results.manifest.points)
    for (shown, point) in zip(blob.points, points) {
      #expect(shown.point == point.point)
      #expect(shown.values == point.parameters)
      #expect(shown.n == results.manifest.replications)
      #expect(shown.metrics == point.metrics.map { [$0.mean, $0.ci95Low, $0.ci95High] })
    }
    // A metric with nothing to measure (no project approved in 5 days) stays null, not 0.
    #expect(points.contains { $0.metrics.contains { $0.mean == nil } })
    for (k, parameter) in blob.parameters.enumerated() {
      #expect(parameter.path == results.manifest.parameters[k].path)
      #expect(parameter.name == parameter.path)  // the fixtures' parameters have no label
      #expect(parameter.levels == Set(points.map { $0.parameters[k] }).sorted())
      // Each label reads back as its level to two decimals.
      for (text, level) in zip(parameter.texts, parameter.levels) {
        let number = try #require(Double(text.replacing(",", with: "")), "\(text)")
        #expect(abs(number - level) <= 0.005, "\(text) for \(level)")
      }
      #expect(parameter.texts.count == parameter.levels.count)
    }
    if design == "grid" { #expect(blob.parameters.map(\.texts) == [["3", "4.5", "6"], ["0", "300,000"]]) }
  }

  @Test func slidersSnapToTheNearestComputedPoint() {
    let selection = ExplorerSelection(values: [[0, 0], [1, 0], [1, 2], [1, 1], [0, 2]])
    // Parameter 0 to 1 from [0, 0]: [1, 0] matches the other parameter exactly.
    #expect(selection.snap(from: 0, parameter: 0, to: 1) == 1)
    // From [0, 2]: [1, 2].
    #expect(selection.snap(from: 4, parameter: 0, to: 1) == 2)
    // Parameter 1 to 1 from [0, 0]: only [1, 1] has it, so parameter 0 moves too.
    #expect(selection.snap(from: 0, parameter: 1, to: 1) == 3)
    // A value no point has leaves the selection where it is.
    #expect(selection.snap(from: 2, parameter: 0, to: 0.5) == 2)
    // Distances are scaled by each parameter's extent (1 and 10 here): from [1, 7], [1, 3]
    // is 0.4 extents away and [0, 10] 1.04; unscaled, [0, 10] would be nearer (3.2 against 4).
    let scaled = ExplorerSelection(values: [[0, 0], [1, 3], [0, 10]])
    #expect(scaled.nearest(to: [1, 7]) == 1)
    // Ties go to the first point in point order.
    let tie = ExplorerSelection(values: [[0, 1], [1, 0], [1, 2]])
    #expect(tie.snap(from: 0, parameter: 0, to: 1) == 1)
  }

  @Test func eachDesignSnapsAsThePageSays() throws {
    // Grid: moving one slider changes that parameter only.
    let grid = try ExplorerFiles.read(folder: Self.fixture("grid"))
    let gridSelection = ExplorerSelection(values: grid.points.map(\.parameters))
    // Opens nearest to the centres (4.2 per 1,000, 500,000 CNY): 4.5 and 300,000.
    #expect(grid.points[grid.initial].parameters == [4.5, 300_000])
    let moved = gridSelection.snap(from: grid.initial, parameter: 0, to: 6)
    #expect(grid.points[moved].parameters == [6, 300_000])

    // One at a time: away from the centre in one parameter, moving the other returns the
    // first to its centre (the only computed points with the new value).
    let oneAtATime = try ExplorerFiles.read(folder: Self.fixture("one_at_a_time"))
    let centre = oneAtATime.manifest.parameters.map(\.center)
    let oatSelection = ExplorerSelection(values: oneAtATime.points.map(\.parameters))
    #expect(oneAtATime.points[oneAtATime.initial].parameters == centre)
    let low = oatSelection.snap(from: oneAtATime.initial, parameter: 0, to: 3)
    #expect(oneAtATime.points[low].parameters == [3, centre[1]])
    let back = oatSelection.snap(from: low, parameter: 1, to: 0)
    #expect(oneAtATime.points[back].parameters == [centre[0], 0])

    // Latin hypercube: every value belongs to one point, so a slider picks that point.
    let hypercube = try ExplorerFiles.read(folder: Self.fixture("latin_hypercube"))
    let lhsSelection = ExplorerSelection(values: hypercube.points.map(\.parameters))
    #expect(hypercube.parameters.allSatisfy { $0.levels.count == hypercube.points.count })
    for (p, point) in hypercube.points.enumerated() {
      #expect(lhsSelection.snap(from: hypercube.initial, parameter: 1, to: point.parameters[1]) == p)
    }
  }

  @Test(arguments: designs) func thePageIsSelfContained(design: String) throws {
    let html = ExplorerPage.render(try ExplorerFiles.read(folder: Self.fixture(design)), source: design)
    let urls = html.ranges(of: "://").map { html[html.index($0.lowerBound, offsetBy: -4)..<$0.upperBound] }
    #expect(urls.allSatisfy { $0 == "http://" } && html.ranges(of: "http://www.w3.org/2000/svg").count == urls.count)
    for forbidden in ["<link", " src=", "@import", "url(", "eval(", "new Function"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    #expect(html.ranges(of: "<script").count == 2 && html.ranges(of: "</script>").count == 2)
    // The sweep's description, escaped; the base scenario's beside it.
    #expect(
      html.contains("Test fixture: staffing against the devolution threshold &lt;small&gt; &amp; &quot;quoted&quot;"))
    let base = try ScenarioFile.read(Fixtures.scenariosDirectory.appendingPathComponent("devolution.json")).scenario
    #expect(html.contains(SVGText.escape(base.description)))
    #expect(html.contains("\"use strict\";"))
    if design == "latin_hypercube" { #expect(html.contains("snaps to the nearest computed point")) }
  }

  @Test func thePageIsStableByteForByte() throws {
    let data = try ExplorerFiles.read(folder: Self.fixture("grid"))
    let html = ExplorerPage.render(data, source: "Tests/TwinReportsTests/Fixtures/explorer/grid")
    #expect(
      html
        == ExplorerPage.render(
          try ExplorerFiles.read(folder: Self.fixture("grid")), source: "Tests/TwinReportsTests/Fixtures/explorer/grid")
    )
    try ReportFixture.snapshots.expect(html, named: "explorer-grid.html")
  }

  /// A parameter's label names it where people read (slider, charts, points, the aside's
  /// list, beside its key path); an unlabelled one keeps its key path; a label in Chinese
  /// reads the same in both languages.
  @Test func labelsNameTheParametersOnThePage() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = "workforce.roles[community_worker].per_1000"
    let manifest = try String(contentsOfFile: Self.fixture("grid") + "/manifest.json", encoding: .utf8)
      .replacingOccurrences(of: "\"path\": \"\(path)\",", with: "\"path\": \"\(path)\", \"label\": \"社工 <每千人>\",")
    #expect(manifest.contains("\"label\""))
    try Data(manifest.utf8).write(to: directory.appendingPathComponent("manifest.json"))
    try FileManager.default.copyItem(
      atPath: Self.fixture("grid") + "/runs.jsonl", toPath: directory.appendingPathComponent("runs.jsonl").path)
    for language in [ReportLanguage.en, .zh] {
      let data = try ExplorerFiles.read(folder: directory.path, language: language)
      #expect(data.parameters.map(\.label) == ["社工 <每千人>", nil])
      let html = ExplorerPage.render(data, source: "labelled")
      let blob = try Self.blob(in: html)
      #expect(blob.parameters.map(\.name) == ["社工 <每千人>", "interventions[devolution].threshold_cny"])
      #expect(blob.parameters.map(\.path) == [path, "interventions[devolution].threshold_cny"])
      let listed =
        language == .en
        ? "<li>社工 &lt;每千人&gt; (<code>\(path)</code>): 3 to 6 per 1,000 residents, 3 values</li>"
        : "<li>社工 &lt;每千人&gt;（<code>\(path)</code>）：3 至 6/千名居民，3个取值</li>"
      #expect(html.contains(listed), "\(language)")
      #expect(html.contains("<li><code>interventions[devolution].threshold_cny</code>"))
    }
  }

  /// A sweep still running: the points with runs, each with the replications found, and a
  /// note of how many runs are missing.
  @Test func anUnfinishedSweepShowsThePointsFound() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(
      atPath: Self.fixture("grid") + "/manifest.json", toPath: directory.appendingPathComponent("manifest.json").path)
    let lines = try String(contentsOfFile: Self.fixture("grid") + "/runs.jsonl", encoding: .utf8).split(separator: "\n")
    // Runs 0–4: points 0 and 1 with both replications, point 2 with one.
    let kept = lines.filter { line in (0..<5).contains { line.hasPrefix("{\"run\":\($0),") } }
    #expect(kept.count == 5)
    try Data((kept.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("runs.jsonl"))
    let data = try ExplorerFiles.read(folder: directory.path)
    #expect(data.runsFound == 5 && data.points.map(\.point) == [0, 1, 2] && data.replications == [2, 2, 1])
    let html = ExplorerPage.render(data, source: "partial")
    #expect(html.contains("Only 5 of 12 runs are finished: 3 of 6 points are shown"))
    let blob = try Self.blob(in: html)
    #expect(blob.points.map(\.n) == [2, 2, 1])
    #expect(blob.points[2].metrics.allSatisfy { $0.count == 3 && $0[1] == nil && $0[2] == nil })
  }

  /// A manifest written before descriptions and units were recorded: the page says where
  /// they went, and key metrics keep their units.
  @Test func aManifestFromBeforeDescriptionsSaysSo() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let manifest = try String(contentsOfFile: Self.fixture("grid") + "/manifest.json", encoding: .utf8)
      .split(separator: "\n").filter { line in
        !["\"description\"", "\"base_description\"", "\"metric_units\""].contains { line.contains($0) }
      }.joined(separator: "\n")
    try Data(manifest.utf8).write(to: directory.appendingPathComponent("manifest.json"))
    try FileManager.default.copyItem(
      atPath: Self.fixture("grid") + "/runs.jsonl", toPath: directory.appendingPathComponent("runs.jsonl").path)
    let data = try ExplorerFiles.read(folder: directory.path)
    #expect(data.manifest.description.isEmpty && data.manifest.metricUnits.isEmpty)
    #expect(data.metrics.first { $0.name == "response.all.mean_days" }?.unit == "days")
    let html = ExplorerPage.render(data, source: "old")
    #expect(html.ranges(of: "written before descriptions were recorded").count == 2)
    #expect(html.contains("The manifest records no metric units"))
    let current = ExplorerPage.render(try ExplorerFiles.read(folder: Self.fixture("grid")), source: "new")
    #expect(!current.contains("written before descriptions") && !current.contains("no metric units"))
  }

  @Test func badFoldersGiveClearErrors() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = try #require(throws: FileReadError.self) { try ExplorerFiles.read(folder: directory.path) }
    #expect(missing.description == "\(directory.path): no such folder")

    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let notSweep = try #require(throws: FileReadError.self) { try ExplorerFiles.read(folder: directory.path) }
    #expect(notSweep.description.contains("not the output folder of a sweep: it has no manifest.json"))

    // A sweep that has not finished a run yet.
    try FileManager.default.copyItem(
      atPath: Self.fixture("grid") + "/manifest.json", toPath: directory.appendingPathComponent("manifest.json").path)
    try Data().write(to: directory.appendingPathComponent("runs.jsonl"))
    let empty = try #require(throws: FileReadError.self) { try ExplorerFiles.read(folder: directory.path) }
    #expect(empty.description.contains("runs.jsonl: no finished run yet (the sweep has 12 runs)"))

    // A damaged run log names the file and line.
    try Data("{\"run\": 0}\n".utf8).write(to: directory.appendingPathComponent("runs.jsonl"))
    let damaged = try #require(throws: FileReadError.self) { try ExplorerFiles.read(folder: directory.path) }
    #expect(damaged.description.contains("runs.jsonl, line 1: not a run record of this sweep"))
  }
}
