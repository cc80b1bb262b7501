import Foundation
import Testing
import _TwinTestSupport

/// `compare … --uncertain SET` through the binary: the robustness table, its sentences and
/// `uncertain.csv`; a set that makes a scenario invalid exits 65 naming the value.
@Suite struct UncertainCompareTests {
  private static let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path

  private static func files(in directory: URL) throws -> (base: String, devolved: String) {
    let base = directory.appendingPathComponent("small.json")
    try Data(
      """
      {"base": "\(baseline)", "name": "small", "run": {"days": 10, "warmup_days": 5, "drain_days": 0},
       "communities": [{"name": "A", "residents": 1000,
                        "cohort_shares": {"elderly": 0.22, "adults": 0.35, "families": 0.18, "youth": 0.25}}]}
      """.utf8
    ).write(to: base)
    let devolved = directory.appendingPathComponent("devolved.json")
    try Data(
      """
      {"base": "small.json", "name": "devolved",
       "interventions": [{"lever": "devolution", "start_day": 0, "threshold_cny": 500000,
                          "local_approval_working_days": 3, "admin_cut": 0.4}]}
      """.utf8
    ).write(to: devolved)
    return (base.path, devolved.path)
  }

  @Test func theRankingIsReportedAcrossEveryWorld() throws {
    try withTemporaryDirectory { directory in
      let (base, devolved) = try Self.files(in: directory)
      try Data(
        "capture.online_report_probability,departments.handoff_days.lognormal.mean\n0.1,15\n0.2,25\n0.15,20\n".utf8
      ).write(to: directory.appendingPathComponent("set.csv"))
      let result = try execute(
        "community-twin",
        ["compare", base, devolved, "--uncertain", "set.csv", "--replications", "2", "--out", "u", "--quiet"],
        in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("Across 3 plausible worlds (parameter sets), 2 replications each"))
      #expect(result.stdout.contains("% of the 3 plausible worlds"))
      #expect(result.stderr == "Wrote u/uncertain.json, uncertain.csv\n")
      let csv = try String(contentsOf: directory.appendingPathComponent("u/uncertain.csv"), encoding: .utf8)
      #expect(csv.hasPrefix("metric,scenario,best_share,median_regret,p90_regret\n"))
      let report = try execute("community-twin", ["report", "u"], in: directory)
      #expect(report.status == 0, "\(report.stderr)")
      let html = try String(contentsOf: directory.appendingPathComponent("u/report.html"), encoding: .utf8)
      #expect(html.contains("Across plausible worlds") && html.contains("<svg") && html.contains("plausible worlds;"))
      let markdown = try String(contentsOf: directory.appendingPathComponent("u/report.md"), encoding: .utf8)
      #expect(markdown.contains("is best on"))

      try Data("capture.online_report_probability\n1.5\n".utf8).write(to: directory.appendingPathComponent("bad.csv"))
      let bad = try execute(
        "community-twin", ["compare", base, devolved, "--uncertain", "bad.csv", "--quiet"], in: directory)
      #expect(bad.status == 65, "\(bad.stderr)")
      #expect(bad.stderr.contains("capture.online_report_probability = 1.5"))
    }
  }

  /// In Chinese (the base file's `language`): the table's words and sentences, and the
  /// sentences `uncertain.json` stores, whose keys and ids stay English.
  @Test func theRankingIsReportedInChineseWhenTheBaseSaysSo() throws {
    try withTemporaryDirectory { directory in
      let (_, devolved) = try Self.files(in: directory)
      let chinese = directory.appendingPathComponent("chinese.json")
      try Data(#"{"base": "small.json", "name": "chinese", "language": "zh"}"#.utf8).write(to: chinese)
      try Data("capture.online_report_probability\n0.1\n0.2\n".utf8).write(
        to: directory.appendingPathComponent("set.csv"))
      let result = try execute(
        "community-twin",
        ["compare", chinese.path, devolved, "--uncertain", "set.csv", "--replications", "2", "--out", "u", "--quiet"],
        in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("在2个合理世界（参数组）中，每个世界2次重复"), "\(result.stdout.prefix(100))")
      #expect(result.stdout.contains("情景") && result.stdout.contains("遗憾中位数"))
      #expect(!result.stdout.contains("plausible worlds"))
      let data = try Data(contentsOf: directory.appendingPathComponent("u/uncertain.json"))
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      #expect(object["language"] as? String == "zh")
      let metrics = try #require(object["metrics"] as? [[String: Any]])
      let sentence = try #require(metrics.first?["sentence"] as? String)
      #expect(sentence.contains("合理世界"), "\(sentence)")
      #expect(metrics.allSatisfy { ($0["direction"] as? String).map(["higher", "lower"].contains) == true })
    }
  }
}
