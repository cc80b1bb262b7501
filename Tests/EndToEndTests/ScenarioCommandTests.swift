import Foundation
import Testing
import _TwinTestSupport

/// `validate` and `run` on real and broken scenario files, through the built binary.
@Suite struct ScenarioCommandTests {
  let baseline = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
  let mmc = packageRoot.appendingPathComponent("Scenarios/validation/mmc.json").path

  @Test(arguments: ["Scenarios/baseline.json", "Scenarios/validation/mmc.json"])
  func shippedScenariosValidate(file: String) throws {
    let result = try execute("community-twin", ["validate", packageRoot.appendingPathComponent(file).path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("OK"))
    #expect(result.stdout.split(separator: "\n").last?.hasPrefix("Workload: about ") == true, "\(result.stdout)")
  }

  /// Each broken file: a non-zero exit (65, bad data), the file named, the key path and
  /// the allowed range in the message, no crash.
  @Test(arguments: [
    ("malformed", #"{"name": "x", "cohorts": [}"#, ["malformed JSON", "line 1"]),
    ("unknown-key", "UNKNOWN", ["communities[0].residnets", "did you mean 'residents'"]),
    ("negative-rate", "NEGATIVE", ["needs[0].rate_per_resident_per_year.elderly", "0 ... 1000"]),
    ("empty-cohorts", "EMPTY", ["cohorts", "must not be empty", "1 ... 50 elements"]),
  ])
  func badScenarioFilesAreRejectedWithKeyPaths(name: String, content: String, expected: [String]) throws {
    let text = try String(contentsOfFile: baseline, encoding: .utf8)
    let broken: String
    switch content {
    case "UNKNOWN": broken = text.replacingOccurrences(of: #""residents": 8000"#, with: #""residnets": 8000"#)
    case "NEGATIVE": broken = text.replacingOccurrences(of: #""elderly": 3.0"#, with: #""elderly": -3.0"#)
    case "EMPTY":
      let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
      var emptied = object
      emptied["cohorts"] = [Any]()
      broken = String(decoding: try JSONSerialization.data(withJSONObject: emptied), as: UTF8.self)
    default: broken = content
    }
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("\(name).json")
      try broken.write(to: file, atomically: true, encoding: .utf8)
      for command in ["validate", "run"] {
        let out = directory.appendingPathComponent("out-\(command)")
        let result = try execute(
          "community-twin", [command, file.path, "--out", out.path].prefix(command == "run" ? 4 : 2).map { $0 })
        #expect(result.status == 65, "\(command): \(result.stderr)")
        #expect(result.stderr.contains(file.path))
        for fragment in expected { #expect(result.stderr.contains(fragment), "\(command) stderr: \(result.stderr)") }
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))
      }
    }
  }

  /// Same file and seed: identical `summary.json`, byte for byte, with 1 and 2 threads.
  @Test func summaryIsIdenticalWhateverTheThreadCount() throws {
    try withTemporaryDirectory { directory in
      var summaries: [Data] = []
      for threads in ["1", "2"] {
        let out = directory.appendingPathComponent("t\(threads)")
        let result = try execute(
          "community-twin",
          [
            "run", mmc, "--replications", "4", "--days", "10", "--drain-days", "10", "--threads", threads, "--out",
            out.path, "--format",
            "json",
          ])
        #expect(result.status == 0, "\(result.stderr)")
        summaries.append(try Data(contentsOf: out.appendingPathComponent("summary.json")))
        for file in ["replications.csv", "timeseries.csv", "distributions.csv"] {
          #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path))
        }
      }
      #expect(
        withoutProvenance(String(decoding: summaries[0], as: UTF8.self))
          == withoutProvenance(String(decoding: summaries[1], as: UTF8.self)))
      let summary = try JSONSerialization.jsonObject(with: summaries[0]) as? [String: Any]
      #expect((summary?["replications"] as? Int) == 4)
      #expect((summary?["metrics"] as? [Any])?.isEmpty == false)
    }
  }

  /// `compare` end to end: identical `comparison.json` and `distributions.csv` with 1 and 2 threads, the files,
  /// the table in words, and no progress bar when stderr is not a terminal.
  @Test func compareWritesItsFilesIdenticallyWhateverTheThreadCount() throws {
    let devolution = packageRoot.appendingPathComponent("Scenarios/devolution.json").path
    try withTemporaryDirectory { directory in
      var outputs: [Data] = []
      var distributions: [Data] = []
      for threads in ["1", "2"] {
        let out = directory.appendingPathComponent("t\(threads)")
        let result = try execute(
          "community-twin",
          [
            "compare", baseline, devolution, "--replications", "2", "--days", "5", "--warmup-days", "0", "--drain-days",
            "10",
            "--threads",
            threads, "--out", out.path,
          ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Comparing 2 scenarios against baseline: 2 replications each, 5 days"))
        #expect(result.stdout.contains("Mean response time [days], lower is better"))
        #expect(!result.stderr.contains("runs"), "no progress bar on a pipe")
        outputs.append(try Data(contentsOf: out.appendingPathComponent("comparison.json")))
        for file in ["comparison.csv", "replications.csv", "timeseries.csv"] {
          #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path))
        }
        distributions.append(try Data(contentsOf: out.appendingPathComponent("distributions.csv")))
      }
      #expect(
        withoutProvenance(String(decoding: outputs[0], as: UTF8.self))
          == withoutProvenance(String(decoding: outputs[1], as: UTF8.self)))
      #expect(distributions[0] == distributions[1])
      #expect(String(decoding: distributions[0], as: UTF8.self).hasPrefix("scenario,replication,tier,bin_low_days,"))
      let comparison = try JSONSerialization.jsonObject(with: outputs[0]) as? [String: Any]
      #expect((comparison?["scenarios"] as? [Any])?.count == 2)
      #expect((comparison?["differences"] as? [Any])?.isEmpty == false)
      // The preset's base file is fingerprinted: the baseline, with the same SHA-256 as when
      // it is the named file; the baseline itself has no base.
      let files = (comparison?["scenarios"] as? [[String: Any]] ?? []).map { $0["scenario"] as? [String: Any] ?? [:] }
      let presetBases = try #require(files.last?["bases"] as? [[String: String]])
      #expect((files.first?["bases"] as? [Any])?.isEmpty == true)
      #expect(presetBases.count == 1 && presetBases.first?["file"] == baseline)
      #expect(
        presetBases.first?["sha256"] == files.first?["sha256"] as? String && presetBases.first?["sha256"]?.count == 64)
    }
  }

  /// `compare` of the baseline with the staffing preset, which pays more staff: its added cost
  /// to public funds is clearly positive, in `comparison.json` and in the table's words.
  /// Staffing's paired added cost over 20 days was CNY 86,400 with SD ≈ 1,450 over 4 pilot
  /// replications (about 60 SD clear of 0); over 10 days it is often the same in every
  /// replication, and where not, the 3-replication interval (t = 4.30) excludes 0 unless the
  /// noncentral t with noncentrality 60·√3 falls below 4.30: false-failure probability far
  /// below 1e-10.
  @Test func compareSaysThatMoreStaffCostMore() throws {
    let staffing = packageRoot.appendingPathComponent("Scenarios/staffing.json").path
    try withTemporaryDirectory { directory in
      let result = try execute(
        "community-twin",
        [
          "compare", baseline, staffing, "--replications", "3", "--days", "10", "--warmup-days", "5", "--drain-days",
          "5", "--out", directory.path,
        ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("What each change costs: budget.public_cost_cny [CNY], scenario minus baseline"))
      #expect(result.stdout.contains("staffing   added cost  CNY "), "\(result.stdout)")
      #expect(result.stdout.contains(" more over 10 days ("), "\(result.stdout)")
      let data = try Data(contentsOf: directory.appendingPathComponent("comparison.json"))
      let comparison = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let differences = try #require(comparison["differences"] as? [[String: Any]])
      let cost = try #require(differences.first { $0["metric"] as? String == "budget.public_cost_cny" })
      #expect(try #require(cost["ci95_low"] as? Double) > 0, "\(cost)")
      let section = try #require(comparison["cost_effectiveness"] as? [String: Any])
      #expect(section["cost_metric"] as? String == "budget.public_cost_cny")
      let ratios = try #require(section["ratios"] as? [[String: Any]])
      #expect(!ratios.isEmpty && ratios.allSatisfy { $0["scenario"] as? String == "staffing" })
      // More staff at clearly more cost: nothing can be "dominates" or "costs less".
      let verdicts = Set(ratios.compactMap { $0["verdict"] as? String })
      #expect(verdicts.isDisjoint(with: ["dominates", "costs_less_for_worse"]), "\(verdicts)")
    }
  }

  /// `--cost-metric` must name a metric of the base scenario: exit 64 before anything runs,
  /// the option, the value and the money metrics named.
  @Test func anUnknownCostMetricIsAUsageError() throws {
    let staffing = packageRoot.appendingPathComponent("Scenarios/staffing.json").path
    let result = try execute(
      "community-twin", ["compare", baseline, staffing, "--cost-metric", "budget.public_cost", "--replications", "2"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--cost-metric 'budget.public_cost' is not a metric of \(baseline)"))
    #expect(result.stderr.contains("budget.public_cost_cny") && result.stderr.contains("budget.spent_cny"))
    #expect(result.stdout.isEmpty)
  }

  @Test func warmupPrintsTheSettlingDaysAndWritesItsCSV() throws {
    try withTemporaryDirectory { directory in
      let result = try execute(
        "community-twin",
        [
          "warmup", mmc, "--days", "40", "--replications", "2", "--window", "5", "--metric", "backlog.open_requests",
          "--out", directory.path,
        ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Welch's method on 2 replications × 40 days"))
      #expect(result.stdout.contains("backlog.open_requests [requests], moving average by day"))
      let csv = try String(contentsOf: directory.appendingPathComponent("warmup.csv"), encoding: .utf8)
      #expect(csv.hasPrefix("metric,day,mean,moving_average\n"))
      let unknown = try execute(
        "community-twin",
        ["warmup", mmc, "--days", "40", "--window", "5", "--metric", "nonsense", "--out", directory.path])
      #expect(unknown.status == 64)
      #expect(unknown.stderr.contains("'nonsense'") && unknown.stderr.contains("backlog.open_requests"))
    }
  }

  /// The progress bar is drawn when stderr is a terminal (here a pseudo-terminal from
  /// util-linux `script`) and not with `--quiet`.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func progressBarAppearsOnATerminalOnly() throws {
    try withTemporaryDirectory { directory in
      let binary = Bundle.main.bundleURL.appendingPathComponent("community-twin").path
      func onTerminal(_ extra: String) throws -> String {
        let command = "\(binary) run \(mmc) --replications 3 --days 5 --out \(directory.path) \(extra) >/dev/null"
        let result = try execute(at: "/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(result.status == 0, "\(result.stdout)")
        return result.stdout  // the pseudo-terminal's output: what stderr drew
      }
      let drawn = try onTerminal("")
      let quiet = try onTerminal("--quiet")
      #expect(drawn.contains("3/3 runs"))
      #expect(!quiet.contains("runs"))
    }
  }
}
