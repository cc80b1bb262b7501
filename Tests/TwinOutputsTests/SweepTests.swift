import Foundation
import ScenarioFiles
import SimKernel
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// Sweeps: designs, sharding, merging, resuming, and the sweep file reader.
@Suite struct SweepTests {
  static let root = Fixtures.packageRoot

  /// A small sweep over the devolution preset: 2 × 3 grid, 2 replications, 5 days, no warm-up,
  /// a drain of at most 3 days.
  static func sweepFile(design: String = #"{"kind": "grid"}"#, replications: Int = 2) -> String {
    """
    {
      "name": "small",
      "base": "\(root.appendingPathComponent("Scenarios/devolution.json").path)",
      "parameters": [
        {"path": "workforce.roles[community_worker].per_1000", "levels": [3, 5]},
        {"path": "interventions[devolution].threshold_cny", "range": [0, 900000], "steps": 3}
      ],
      "design": \(design),
      "replications": \(replications),
      "run": {"days": 5, "warmup_days": 0, "drain_days": 3},
      "metrics": ["response.all.mean_days", "satisfaction.index", "requests.resolved"]
    }
    """
  }

  static func sweep(_ text: String = sweepFile()) throws -> Sweep {
    try SweepFile.decode(Data(text.utf8), file: "/tmp/small-sweep.json")
  }

  @Test func aGridRunsEveryCombinationWithCommonRandomNumbers() throws {
    let sweep = try Self.sweep()
    #expect(sweep.points == [[3, 0], [3, 450_000], [3, 900_000], [5, 0], [5, 450_000], [5, 900_000]])
    #expect(sweep.runCount == 12)
    #expect(sweep.run(7) == (point: 3, replication: 1))
    #expect(sweep.scenario(forPoint: 3).roles[0].perThousandResidents == 5)
    #expect(
      sweep.points.indices.allSatisfy {
        sweep.scenario(forPoint: $0).days == 5 && sweep.scenario(forPoint: $0).warmupDays == 0
      })
  }

  @Test func shardedThenMergedEqualsUnsharded() throws {
    let sweep = try Self.sweep()
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let whole = directory.appendingPathComponent("whole")
    _ = try SweepRunner(sweep: sweep, directory: whole, threads: 2).run(resume: false)
    var shards: [URL] = []
    for i in 0..<3 {
      let folder = directory.appendingPathComponent("shard\(i)")
      let report = try SweepRunner(sweep: sweep, shard: Shard(index: i, count: 3)!, directory: folder, threads: 1)
        .run(resume: false)
      #expect(report.ran == 4 && report.skipped == 0)
      shards.append(folder)
    }
    let merged = try SweepResults.merge(shards)
    let reference = try SweepResults.merge([whole])
    #expect(merged.missing.isEmpty && merged.duplicates.isEmpty && merged.conflicts.isEmpty)
    #expect(merged.records.count == 12)
    #expect(zip(merged.records, reference.records).allSatisfy { $0.isIdentical(to: $1) })
    #expect(merged.pointsCSV() == reference.pointsCSV())
    #expect(merged.runsJSONL() == reference.runsJSONL())
    // A shard given twice, another left out: reported, not hidden.
    let wrong = try SweepResults.merge([shards[0], shards[1], shards[1]])
    #expect(wrong.missing == [2, 5, 8, 11])
    #expect(wrong.duplicates == [1, 4, 7, 10])
  }

  @Test func aTornLastLineIsDetectedAndItsRunRedone() throws {
    let sweep = try Self.sweep()
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let reference = directory.appendingPathComponent("reference")
    _ = try SweepRunner(sweep: sweep, directory: reference).run(resume: false)
    // A folder whose log holds runs 0–4 and the first half of run 5's line.
    let torn = directory.appendingPathComponent("torn")
    _ = try SweepRunner(sweep: sweep, directory: torn).run(resume: false)
    let log = torn.appendingPathComponent("runs.jsonl")
    let lines = try SweepResults.merge([reference]).runsJSONL().split(separator: "\n")
    let kept = lines.prefix(5).joined(separator: "\n") + "\n" + lines[5].prefix(lines[5].count / 2)
    try Data(kept.utf8).write(to: log)
    #expect(try SweepResults.merge([torn]).partialLines == [torn.path])
    #expect(throws: SweepRunner.FolderError.self) { try SweepRunner(sweep: sweep, directory: torn).run(resume: false) }
    let report = try SweepRunner(sweep: sweep, directory: torn).run(resume: true)
    #expect(report.discardedPartialLine && report.skipped == 5 && report.ran == 7)
    let resumed = try SweepResults.merge([torn])
    #expect(resumed.missing.isEmpty && resumed.duplicates.isEmpty && resumed.partialLines.isEmpty)
    #expect(resumed.pointsCSV() == (try SweepResults.merge([reference])).pointsCSV())
  }

  @Test func resumingAnotherSweepsFolderIsRefused() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try SweepRunner(sweep: try Self.sweep(), directory: directory).run(resume: false)
    let other = try Self.sweep(Self.sweepFile(replications: 3))
    #expect(throws: SweepRunner.FolderError.self) {
      try SweepRunner(sweep: other, directory: directory).run(resume: true)
    }
    #expect(throws: SweepRunner.FolderError.self) {
      try SweepRunner(sweep: try Self.sweep(), shard: Shard("1/2")!, directory: directory).run(resume: true)
    }
  }

  /// Shards record the SHA-256 of the base scenario and of its own bases: a shard run after
  /// the baseline was edited is neither merged with nor resumed into an earlier one, although
  /// the sweep file is the same. Manifests from before bases were recorded still merge.
  @Test func shardsOfAnEditedBaseAreNotMergedOrResumed() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["baseline.json", "devolution.json"] {
      try FileManager.default.copyItem(
        at: Self.root.appendingPathComponent("Scenarios/\(name)"), to: directory.appendingPathComponent(name))
    }
    let preset = directory.appendingPathComponent("devolution.json").path
    let text = Self.sweepFile().replacingOccurrences(
      of: Self.root.appendingPathComponent("Scenarios/devolution.json").path, with: preset)
    let before = try Self.sweep(text)
    #expect(before.bases.map { ($0.file as NSString).lastPathComponent } == ["devolution.json", "baseline.json"])
    let first = directory.appendingPathComponent("shard0")
    _ = try SweepRunner(sweep: before, shard: Shard("0/2")!, directory: first).run(resume: false)

    let baseline = directory.appendingPathComponent("baseline.json")
    try (try Data(contentsOf: baseline) + Data("\n".utf8)).write(to: baseline)
    let after = try Self.sweep(text)
    #expect(after.sha256 == before.sha256 && after.bases[0] == before.bases[0] && after.bases[1] != before.bases[1])
    let second = directory.appendingPathComponent("shard1")
    _ = try SweepRunner(sweep: after, shard: Shard("1/2")!, directory: second).run(resume: false)

    let merge = try #require(throws: SweepRunner.FolderError.self) { try SweepResults.merge([first, second]) }
    #expect(merge.description.contains("base file \(baseline.path)") && merge.description.contains("changed"))
    #expect(throws: SweepRunner.FolderError.self) {
      try SweepRunner(sweep: after, shard: Shard("0/2")!, directory: first).run(resume: true)
    }

    // The first shard's manifest as the previous version wrote it, without bases.
    let url = first.appendingPathComponent(SweepManifest.fileName)
    var fields = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    fields["bases"] = nil
    try JSONSerialization.data(withJSONObject: fields).write(to: url)
    #expect(try SweepManifest.read(from: first).bases.isEmpty)
    #expect(try SweepResults.merge([first, second]).missing.isEmpty)
  }

  /// McKay et al.: in every dimension, each of the n equal strata holds exactly one point.
  @Test func latinHypercubePointsAreOnePerStratumPerDimension() {
    let parameters = [
      SweepParameter(path: "a", levels: [], low: 0, high: 10, center: 5, isInteger: false),
      SweepParameter(path: "b", levels: [], low: -1, high: 1, center: 0, isInteger: false),
      SweepParameter(path: "c", levels: [], low: 100, high: 400, center: 200, isInteger: false),
    ]
    let n = 50
    let points = SweepDesign.latinHypercube(points: n, seed: 9).points(for: parameters)
    #expect(points.count == n)
    for (k, parameter) in parameters.enumerated() {
      let strata = points.map {
        Int((($0[k] - parameter.low) / (parameter.high - parameter.low) * Double(n)).rounded(.down))
      }
      #expect(strata.sorted() == Array(0..<n), "dimension \(k)")
    }
    #expect(points == SweepDesign.latinHypercube(points: n, seed: 9).points(for: parameters), "reproducible")
    #expect(points != SweepDesign.latinHypercube(points: n, seed: 10).points(for: parameters))
  }

  @Test func oneAtATimeMovesOneParameterFromTheCentre() {
    let parameters = [
      SweepParameter(path: "a", levels: [1, 2, 3], low: 1, high: 3, center: 2, isInteger: false),
      SweepParameter(path: "b", levels: [10, 30], low: 10, high: 30, center: 20, isInteger: false),
    ]
    #expect(SweepDesign.oneAtATime.points(for: parameters) == [[2, 20], [1, 20], [3, 20], [2, 10], [2, 30]])
  }

  /// Y = 2 X₁ + X₂ with X uniform on equal ranges, on a Latin hypercube of n = 20,000 points.
  /// The regression is exact (R² = 1), so each standardized coefficient is b_j · s_j / s_Y with
  /// the sample's own standard deviations (about 2/√5 and 1/√5; the sample correlation of the
  /// two columns moves them by ±0.36/√n, so they are checked against the sample, not the
  /// limit). First-order Sobol indices 4/5 and 1/5, estimated from 100 equal-count bins: the
  /// other input's noise within each bin adds a bias of 0.2·(B − 1)/n ≈ 0.001 to the first
  /// and 0.8·(B − 1)/n ≈ 0.004 to the second, and a scatter of SD (1 − S)·0.8/√n (0.0011 and
  /// 0.0045; a simulation of 400 designs gave 0.0011 and 0.0044). The band ±0.03 is 26 and 5.8
  /// SDs from their means: a correct estimator leaves it with probability below 1e-8.
  @Test(.tags(.statistical))
  func sensitivityOfAKnownLinearFunction() throws {
    let parameters = [
      SweepParameter(path: "x1", levels: [], low: 0, high: 1, center: 0.5, isInteger: false),
      SweepParameter(path: "x2", levels: [], low: 0, high: 1, center: 0.5, isInteger: false),
    ]
    let n = 20_000
    let x = SweepDesign.latinHypercube(points: n, seed: 4).points(for: parameters)
    let y = x.map { 2 * $0[0] + $0[1] }
    func standardDeviation(_ values: [Double]) -> Double {
      let mean = values.reduce(0, +) / Double(values.count)
      return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
    }
    let sy = standardDeviation(y)
    let fit = try #require(Sensitivity.standardizedRegression(x: x, y: y))
    #expect(abs(fit.coefficients[0] - 2 * standardDeviation(x.map { $0[0] }) / sy) < 1e-9)
    #expect(abs(fit.coefficients[1] - 1 * standardDeviation(x.map { $0[1] }) / sy) < 1e-9)
    #expect(abs(fit.rSquared - 1) < 1e-9)
    let sobol = Sensitivity.firstOrderIndices(x: x, y: y, groups: .bins(100))
    #expect(abs(sobol[0] - 0.8) < 0.03 && abs(sobol[1] - 0.2) < 0.03, "\(sobol)")
    // On a full grid the main effects are exact: 4/5 and 1/5.
    let grid = SweepDesign.grid.points(
      for: parameters.map {
        var p = $0
        p.levels = [0, 0.25, 0.5, 0.75, 1]
        return p
      })
    let exact = Sensitivity.firstOrderIndices(x: grid, y: grid.map { 2 * $0[0] + $0[1] }, groups: .byValue)
    #expect(abs(exact[0] - 0.8) < 1e-12 && abs(exact[1] - 0.2) < 1e-12)
  }

  /// Grouped by value, the first-order index sums its groups in ascending value, bit for bit
  /// the sum written out below, whatever order a dictionary (whose order changes from
  /// process to process) would give them. The groups' terms run from 10⁻¹² to 10¹², so the
  /// order shows in the last bits (checked: the reverse order differs).
  @Test func firstOrderIndicesByValueHaveTheSameBitsInEveryProcess() {
    let levels = 40
    let x = (0..<levels).flatMap { v in Array(repeating: [Double(levels - 1 - v)], count: 3) }
    let y = (0..<levels).flatMap { v in
      (1...3).map { r in Double(r) * pow(10, Double(v % 13) - 6) * (v.isMultiple(of: 2) ? 1 : -1) }
    }
    let mean = y.reduce(0, +) / Double(y.count)
    let total = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    /// Σ over the values in `order` of 3 (group mean − mean)², as the estimator writes it;
    /// value w is held by rows 3v, 3v + 1, 3v + 2 with v = levels − 1 − w.
    func explained(inOrder order: [Int]) -> Double {
      order.reduce(0.0) { sum, w in
        let v = levels - 1 - w
        let groupMean = y[(3 * v)..<(3 * v + 3)].reduce(0, +) / 3
        return sum + 3 * (groupMean - mean) * (groupMean - mean)
      }
    }
    let ascending = explained(inOrder: Array(0..<levels))
    #expect(ascending != explained(inOrder: Array((0..<levels).reversed())))
    #expect(Sensitivity.firstOrderIndices(x: x, y: y, groups: .byValue) == [ascending / total])
  }

  @Test func oneAtATimeEffectsArePairedAcrossReplications() throws {
    let sweep = try Self.sweep(Self.sweepFile(design: #"{"kind": "one_at_a_time"}"#, replications: 3))
    // Centre (4.2, 500000), per_1000 at 3 and 5, threshold at 0, 450000 and 900000.
    #expect(sweep.points.count == 6)
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try SweepRunner(sweep: sweep, directory: directory).run(resume: false)
    let results = try SweepResults.merge([directory])
    let effects = Sensitivity.oneAtATime(results.runs)
    let staff = try #require(effects.first { $0.metric == "requests.resolved" && $0.parameter.hasPrefix("workforce") })
    #expect(staff.low == 3 && staff.high == 5)
    let low = results.records.filter { $0.point == 1 }.map { $0.metrics[2] }
    let high = results.records.filter { $0.point == 2 }.map { $0.metrics[2] }
    #expect(staff.effect.meanDifference == Tally(zip(high, low).map { $0 - $1 }).mean)
  }

  @Test func keyPathsAndSweepFileMistakesAreReportedWithTheirPaths() throws {
    let bad = Self.sweepFile()
      .replacingOccurrences(of: "roles[community_worker]", with: "roles[community_workr]")
      .replacingOccurrences(of: #""steps": 3"#, with: #""steps": 1"#)
      .replacingOccurrences(of: #""response.all.mean_days""#, with: #""response.all.mean_dayz""#)
      .replacingOccurrences(of: #""replications": 2"#, with: #""replications": 2, "replicatons": 3"#)
    let error = try #require(throws: ScenarioFileError.self) { try Self.sweep(bad) }
    let text = error.description
    #expect(
      text.contains("parameters[0].path") && text.contains("no element of workforce.roles is called 'community_workr'"))
    #expect(text.contains("community_worker"))
    #expect(text.contains("parameters[1].steps = 1"))
    #expect(text.contains("replicatons: unknown key"))
    // Metrics are checked once the parameters are fixed.
    let metric = Self.sweepFile().replacingOccurrences(
      of: #""response.all.mean_days""#, with: #""response.all.mean_dayz""#)
    let metricError = try #require(throws: ScenarioFileError.self) { try Self.sweep(metric) }
    #expect(
      metricError.description.contains("metrics[0] = \"response.all.mean_dayz\"")
        && metricError.description.contains("did you mean"))
    // A value the scenario reader rejects names the design point.
    let negative = Self.sweepFile().replacingOccurrences(of: #""levels": [3, 5]"#, with: #""levels": [-1, 5]"#)
    let pointError = try #require(throws: ScenarioFileError.self) { try Self.sweep(negative) }
    #expect(pointError.description.contains("point 0 (workforce.roles[community_worker].per_1000 = -1"))
    #expect(pointError.description.contains("workforce.roles[0].per_1000 = -1"))
  }

  /// A parameter's `label` is read and kept in the manifest (an unlabelled parameter has
  /// none); an empty label, two parameters with the same label and two sweeping the same
  /// key path are errors at their key paths, all reported at once, before anything runs.
  @Test func labelsReachTheManifestAndRepeatsAreErrors() throws {
    let labelled = Self.sweepFile().replacingOccurrences(
      of: #""levels": [3, 5]}"#, with: #""levels": [3, 5], "label": "社工（每千居民）"}"#)
    let sweep = try Self.sweep(labelled)
    #expect(sweep.parameters.map(\.label) == ["社工（每千居民）", nil])
    #expect(sweep.parameters.map(\.name) == ["社工（每千居民）", "interventions[devolution].threshold_cny"])
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try SweepRunner(sweep: sweep, shard: Shard("1/6")!, directory: directory).run(resume: false)
    let manifest = try SweepManifest.read(from: directory)
    #expect(manifest.parameters == sweep.parameters)
    #expect(
      try String(contentsOf: directory.appendingPathComponent("manifest.json"), encoding: .utf8).contains(
        #""label": "社工（每千居民）""#))

    let bad = Self.sweepFile().replacingOccurrences(
      of: #"{"path": "interventions[devolution].threshold_cny", "range": [0, 900000], "steps": 3}"#,
      with: #"""
        {"path": "interventions[devolution].threshold_cny", "range": [0, 900000], "steps": 3, "label": "Threshold"},
        {"path": "interventions[devolution].threshold_cny", "levels": [1, 2], "label": "Threshold"},
        {"path": "workforce.roles[community_worker].per_1000", "levels": [3, 4], "label": ""}
        """#)
    #expect(bad != Self.sweepFile())
    let error = try #require(throws: ScenarioFileError.self) { try Self.sweep(bad) }
    let text = error.description
    #expect(text.contains("parameters[2].path") && text.contains("parameters[1] sweeps the same key path"), "\(text)")
    #expect(text.contains("parameters[2].label") && text.contains("parameters[1] has the same label"), "\(text)")
    #expect(text.contains("parameters[3].path") && text.contains("parameters[0] sweeps the same key path"), "\(text)")
    #expect(text.contains("parameters[3].label"), "\(text)")
  }

  /// The manifest carries the descriptions and metric units; one written before they were
  /// recorded is still read, and resuming its sweep records them.
  @Test func manifestsRecordDescriptionsAndUnitsAndOlderOnesStillWork() throws {
    let sweep = try Self.sweep(
      Self.sweepFile().replacingOccurrences(
        of: #""name": "small","#,
        with: #""name": "small", "description": "Staff against the threshold.","#))
    let base = try ScenarioFile.read(Self.root.appendingPathComponent("Scenarios/devolution.json")).scenario
    #expect(sweep.description == "Staff against the threshold." && sweep.baseDescription == base.description)
    #expect(!base.description.isEmpty)
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let finished = try SweepRunner(sweep: sweep, shard: Shard("0/2")!, directory: directory).run(resume: false)
    let manifest = try SweepManifest.read(from: directory)
    #expect(manifest == SweepManifest(sweep: sweep, shard: Shard("0/2")!))
    #expect(manifest.metricUnits == ["days", "index 0–100", "requests"])

    // The manifest as the previous version wrote it: without the three keys.
    let url = directory.appendingPathComponent(SweepManifest.fileName)
    let old = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .filter { line in !["\"description\"", "\"base_description\"", "\"metric_units\""].contains { line.contains($0) }
      }
      .joined(separator: "\n")
    try Data(old.utf8).write(to: url)
    let read = try SweepManifest.read(from: directory)
    #expect(read.description.isEmpty && read.baseDescription.isEmpty && read.metricUnits.isEmpty)
    #expect(read.sha256 == manifest.sha256 && read.metrics == manifest.metrics)
    let resumed = try SweepRunner(sweep: sweep, shard: Shard("0/2")!, directory: directory).run(resume: true)
    #expect(resumed.skipped == finished.ran && resumed.ran == 0)
    #expect(try SweepManifest.read(from: directory) == manifest)
  }

  @Test func recordsRoundTripThroughTheirJSONLines() {
    let record = SweepRunRecord(
      run: 7, point: 3, replication: 1, seed: 42, parameters: [0.1, 1e-300],
      metrics: [.nan, 13.937_000_000_000_1, -0.0],
      events: 99)
    let line = record.jsonLine(parameterNames: ["a", "b"], metricNames: ["x", "y", "z"])
    let back = SweepRunRecord(jsonLine: line, parameterNames: ["a", "b"], metricNames: ["x", "y", "z"])
    #expect(back.map { $0.isIdentical(to: record) } == true)
    #expect(
      SweepRunRecord(jsonLine: line.dropLast(5), parameterNames: ["a", "b"], metricNames: ["x", "y", "z"]) == nil)
    #expect(SweepRunRecord(jsonLine: line, parameterNames: ["a"], metricNames: ["x", "y", "z"]) == nil)
  }

  @Test func theShippedSweepFilesLoad() throws {
    let folder = Self.root.appendingPathComponent("Scenarios/sweeps")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    #expect(!files.isEmpty)
    for file in files {
      let sweep = try SweepFile.load(folder.appendingPathComponent(file))
      #expect(sweep.runCount > 0 && !sweep.description.isEmpty, "\(file)")
    }
  }
}
