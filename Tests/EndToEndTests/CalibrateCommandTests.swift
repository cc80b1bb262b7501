import Foundation
import Testing
import TwinOutputs
import _TwinTestSupport

/// `community-twin calibrate` as a user runs it: the fit table on stdout, the four files, a
/// calibrated scenario that `run` reads, and bad targets refused with exit 65 before anything
/// runs.
@Suite struct CalibrateCommandTests {
  private static let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path

  /// The baseline's community at 1,000 residents, 10 days after a 5-day warm-up, no drain.
  static func files(in directory: URL) throws -> (scenario: String, targets: String, parameters: String) {
    let scenario = directory.appendingPathComponent("small.json")
    try Data(
      """
      {"base": "\(baseline)", "name": "small", "run": {"days": 10, "warmup_days": 5, "drain_days": 0},
       "communities": [{"name": "A", "residents": 1000,
                        "cohort_shares": {"elderly": 0.22, "adults": 0.35, "families": 0.18, "youth": 0.25}}]}
      """.utf8
    ).write(to: scenario)
    let targets = directory.appendingPathComponent("targets.csv")
    try Data(
      "metric,value,tolerance,held_out\nutilization.facility.fitness,0.5,0.1,no\nsatisfaction.satisfied_share,0.6,0.1,yes\n"
        .utf8
    ).write(to: targets)
    let parameters = directory.appendingPathComponent("parameters.json")
    try Data(
      #"{"parameters": [{"path": "facilities[fitness].capacity_per_1000", "label": "健身场地", "range": [1, 6]}]}"#.utf8
    )
    .write(to: parameters)
    return (scenario.path, targets.path, parameters.path)
  }

  @Test func aCalibrationWritesItsFilesAndACalibratedScenarioThatRuns() throws {
    try withTemporaryDirectory { directory in
      let (scenario, targets, parameters) = try Self.files(in: directory)
      let result = try execute(
        "community-twin",
        [
          "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "4", "--replications",
          "2", "--rounds", "1", "--out", "cal", "--quiet",
        ], in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("Best of "))
      // The best value, as a setting of its key path, then the parameter's label.
      let best = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  facilities[fitness]") })
      #expect(best.hasPrefix("  facilities[fitness].capacity_per_1000 = ") && best.hasSuffix("  (健身场地)"), "\(best)")
      #expect(result.stdout.contains("held out (validation):\nsatisfaction.satisfied_share"))
      #expect(result.stderr == "Wrote cal/calibrated.json, fit.csv, points.csv, accepted.csv\n")
      // The runs are logged; the same command refuses the folder, and --resume finishes at once
      // with the same best point.
      let again = try execute(
        "community-twin",
        [
          "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "4", "--replications",
          "2", "--rounds", "1", "--out", "cal", "--quiet",
        ], in: directory)
      #expect(again.status == 65 && again.stderr.contains("--resume"), "\(again.stderr)")
      let resumed = try execute(
        "community-twin",
        [
          "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "4", "--replications",
          "2", "--rounds", "1", "--out", "cal", "--quiet", "--resume",
        ], in: directory)
      #expect(resumed.status == 0 && resumed.stdout == result.stdout, "\(resumed.stderr)")
      // The same table in Chinese (--lang zh), its columns aligned by display width.
      let chinese = try execute(
        "community-twin",
        [
          "calibrate", scenario, "--targets", targets, "--parameters", parameters, "--points", "4", "--replications",
          "2", "--rounds", "1", "--out", "cal", "--quiet", "--resume", "--lang", "zh",
        ], in: directory)
      #expect(chinese.status == 0, "\(chinese.stderr)")
      #expect(chinese.stdout.contains("个细化点）中最好的一个，每点2次重复"), "\(chinese.stdout)")
      #expect(chinese.stdout.contains("留出（验证）：\nsatisfaction.satisfied_share"))
      let lines = chinese.stdout.split(separator: "\n")
      let header = try #require(lines.firstIndex { $0.hasPrefix("目标") })
      #expect(["观测值", "容差", "模型", "95%置信区间", "达标"].allSatisfy(lines[header].contains))
      let intervalColumn = { (line: Substring, mark: String) in
        line.range(of: mark).map { DisplayWidth.of(line[..<$0.lowerBound]) }
      }
      let rows = lines.filter { $0.hasPrefix("utilization.") || $0.hasPrefix("satisfaction.") }
      #expect(rows.count == 2)
      for row in rows {
        #expect(intervalColumn(row, "[") == intervalColumn(lines[header], "95%置信区间"), "\(row)")
      }
      let fit = try String(contentsOf: directory.appendingPathComponent("cal/fit.csv"), encoding: .utf8)
      #expect(fit.split(separator: "\n").count == 3)
      let points = try String(contentsOf: directory.appendingPathComponent("cal/points.csv"), encoding: .utf8)
      #expect(points.hasPrefix("point,stage,facilities[fitness].capacity_per_1000,distance,accepted,"))
      let log = try String(contentsOf: directory.appendingPathComponent("cal/runs.jsonl"), encoding: .utf8)
      #expect(log.split(separator: "\n").count == 2 * (points.split(separator: "\n").count - 1))
      let run = try execute(
        "community-twin", ["run", "cal/calibrated.json", "--replications", "1", "--quiet", "--out", "r"], in: directory)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.hasPrefix("small-calibrated: 1 replication"))
    }
  }

  @Test func badTargetsExit65BeforeAnythingRuns() throws {
    try withTemporaryDirectory { directory in
      let (scenario, _, parameters) = try Self.files(in: directory)
      let targets = directory.appendingPathComponent("bad.csv")
      try Data("metric,value,tolerance\nutilisation.facility.fitness,0.5,-1\n".utf8).write(to: targets)
      let result = try execute(
        "community-twin", ["calibrate", scenario, "--targets", targets.path, "--parameters", parameters, "--quiet"],
        in: directory)
      #expect(result.status == 65)
      #expect(result.stderr.contains("2 problems"), "\(result.stderr)")
      #expect(result.stderr.contains("did you mean 'utilization.facility.fitness'?"))
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("results").path))
    }
  }
}
