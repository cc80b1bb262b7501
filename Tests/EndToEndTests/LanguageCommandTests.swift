import Foundation
import Testing
import TwinOutputs
import _TwinTestSupport

/// `run` and `compare` in Chinese through the built binary: `--lang`, the scenario file's
/// `language` key, which wins, what the output records for `report`, and a Chinese scenario
/// name end to end.
@Suite struct LanguageCommandTests {
  let mmc = packageRoot.appendingPathComponent("Scenarios/validation/mmc.json").path
  /// A short run of the small validation scenario.
  let quick = ["--replications", "2", "--days", "10", "--drain-days", "10", "--quiet"]

  /// A child of the M/M/c scenario in `directory`, named `name`, with `language` when given.
  func child(in directory: URL, named name: String, language: String? = nil) throws -> String {
    var text = #"{"base": "\#(mmc)", "name": "\#(name)""#
    if let language { text += #", "language": "\#(language)""# }
    let file = directory.appendingPathComponent("\(name).json")
    try (text + "}").write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  func summaryLanguage(_ folder: URL) throws -> String? {
    let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
    return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["language"] as? String
  }

  @Test func runWithLangZhPrintsChineseAndRecordsIt() throws {
    try withTemporaryDirectory { directory in
      let out = directory.appendingPathComponent("out")
      let result = try execute("community-twin", ["run", mmc, "--lang", "zh", "--out", out.path] + quick)
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.stdout.split(separator: "\n")
      #expect(lines[0].hasPrefix("mmc：2次重复 × 10天"), "\(lines[0])")
      #expect(["指标", "均值", "95%置信区间", "单位"].allSatisfy(lines[1].contains), "\(lines[1])")
      #expect(!result.stdout.contains("replications"))
      #expect(result.stderr == "已写入 \(out.path)/summary.json、replications.csv、timeseries.csv、distributions.csv\n")
      #expect(try summaryLanguage(out) == "zh")
      // report on the folder defaults to the recorded language; --lang en overrides it.
      let report = try execute("community-twin", ["report", out.path])
      #expect(report.status == 0 && report.stdout.contains("主要发现："), "\(report.stderr)")
      #expect(report.stderr.hasPrefix("已写入 \(out.path)/report.html、"), "\(report.stderr)")
      let english = try execute("community-twin", ["report", out.path, "--lang", "en"])
      #expect(english.status == 0 && english.stdout.contains("Key findings:"), "\(english.stderr)")
      #expect(english.stderr.hasPrefix("Wrote \(out.path)/report.html, "), "\(english.stderr)")
      // A second Chinese run into the folder removes the report it does not replace, saying so in Chinese.
      let again = try execute("community-twin", ["run", mmc, "--lang", "zh", "--out", out.path] + quick)
      #expect(again.status == 0, "\(again.stderr)")
      #expect(again.stderr.contains("已从 \(out.path) 删除旧结果：report.html、report.md\n"), "\(again.stderr)")
    }
  }

  @Test func compareWithLangZhPrintsChineseVerdicts() throws {
    try withTemporaryDirectory { directory in
      let other = try child(in: directory, named: "other")
      let out = directory.appendingPathComponent("out")
      let result = try execute("community-twin", ["compare", mmc, other, "--lang", "zh", "--out", out.path] + quick)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("以mmc为基准比较2个情景："), "\(result.stdout.prefix(200))")
      #expect(result.stdout.contains("满意度指数 [0–100]，越高越好\n"))
      #expect(result.stdout.contains("变化") && !result.stdout.contains("change"))
      let data = try Data(contentsOf: out.appendingPathComponent("comparison.json"))
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      #expect(object?["language"] as? String == "zh")
    }
  }

  @Test(arguments: ["run", "compare"])
  func aBadLangIsRefusedNamingTheLanguages(command: String) throws {
    let files = command == "run" ? [mmc] : [mmc, mmc]
    let result = try execute("community-twin", [command] + files + ["--lang", "fr"] + quick)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--lang 'fr' is not one of en, zh"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func theScenarioFilesLanguageIsTheDefaultAndLangEnOverridesIt() throws {
    try withTemporaryDirectory { directory in
      let chinese = try child(in: directory, named: "chinese", language: "zh")
      let zh = directory.appendingPathComponent("zh")
      let byFile = try execute("community-twin", ["run", chinese, "--out", zh.path] + quick)
      #expect(byFile.status == 0, "\(byFile.stderr)")
      #expect(byFile.stdout.hasPrefix("chinese：2次重复"), "\(byFile.stdout.prefix(100))")
      #expect(try summaryLanguage(zh) == "zh")
      let en = directory.appendingPathComponent("en")
      let overridden = try execute("community-twin", ["run", chinese, "--lang", "en", "--out", en.path] + quick)
      #expect(overridden.status == 0, "\(overridden.stderr)")
      #expect(overridden.stdout.hasPrefix("chinese: 2 replications"), "\(overridden.stdout.prefix(100))")
      #expect(try summaryLanguage(en) == nil, "English is not recorded")
      let report = try execute("community-twin", ["report", en.path])
      #expect(report.stdout.contains("Key findings:"), "\(report.stdout)")
    }
  }

  @Test func compareTakesTheBasesLanguageWhenTheFilesDisagree() throws {
    try withTemporaryDirectory { directory in
      let chinese = try child(in: directory, named: "chinese", language: "zh")
      let english = try child(in: directory, named: "english", language: "en")
      let zhFirst = try execute(
        "community-twin", ["compare", chinese, english, "--out", directory.appendingPathComponent("a").path] + quick)
      #expect(zhFirst.status == 0, "\(zhFirst.stderr)")
      #expect(zhFirst.stdout.hasPrefix("以chinese为基准"), "\(zhFirst.stdout.prefix(100))")
      let enFirst = try execute(
        "community-twin", ["compare", english, chinese, "--out", directory.appendingPathComponent("b").path] + quick)
      #expect(enFirst.status == 0, "\(enFirst.stderr)")
      #expect(enFirst.stdout.hasPrefix("Comparing 2 scenarios against english"), "\(enFirst.stdout.prefix(100))")
    }
  }

  /// compare's notes to standard error follow the language too.
  @Test func compareNotesTheAlignedDaysInChinese() throws {
    try withTemporaryDirectory { directory in
      let chinese = try child(in: directory, named: "chinese", language: "zh")
      let longer = directory.appendingPathComponent("longer.json")
      try Data(#"{"base": "chinese.json", "name": "longer", "run": {"days": 30}}"#.utf8).write(to: longer)
      let result = try execute(
        "community-twin",
        [
          "compare", chinese, longer.path, "--replications", "2", "--quiet", "--out",
          directory.appendingPathComponent("c").path,
        ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.hasPrefix("注意：\(longer.path)与基准一样预热"), "\(result.stderr)")
      #expect(result.stderr.contains("而不是其文件设定的预热"), "\(result.stderr)")
    }
  }

  @Test func aBadLanguageInTheFileNamesTheFileKeyAndLanguages() throws {
    try withTemporaryDirectory { directory in
      let file = try child(in: directory, named: "bad", language: "fr")
      let result = try execute("community-twin", ["run", file] + quick)
      #expect(result.status == 65)
      #expect(result.stderr.contains("\(file): 1 problem:\n  language = \"fr\": "), "\(result.stderr)")
      #expect(result.stderr.contains(#"(allowed: "en", "zh")"#), "\(result.stderr)")
    }
  }

  /// A scenario named 下放审批: it runs, its default output folder is `results/下放审批`, and
  /// the comparison table lines its rows up with the English name's.
  @Test func aChineseScenarioNameRunsAndLinesUp() throws {
    try withTemporaryDirectory { directory in
      let file = try child(in: directory, named: "下放审批", language: "zh")
      let run = try execute("community-twin", ["run", file] + quick, in: directory)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.hasPrefix("下放审批：2次重复"))
      let folder = directory.appendingPathComponent("results/下放审批")
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("summary.json").path))
      let summary = try JSONSerialization.jsonObject(
        with: Data(contentsOf: folder.appendingPathComponent("summary.json")))
      #expect(((summary as? [String: Any])?["scenario"] as? [String: Any])?["name"] as? String == "下放审批")

      let compare = try execute(
        "community-twin",
        ["compare", mmc, file, "--lang", "zh", "--out", directory.appendingPathComponent("c").path]
          + quick)
      #expect(compare.status == 0, "\(compare.stderr)")
      let lines = compare.stdout.split(separator: "\n")
      let heading = try #require(lines.firstIndex { $0.hasPrefix("满意度指数") })
      let rows = [lines[heading + 1], lines[heading + 2]]
      #expect(rows[0].hasPrefix("  mmc  ") && rows[1].hasPrefix("  下放审批  "), "\(rows)")
      // The intervals start at the same terminal column in both rows.
      let columns = rows.map { row in row.range(of: "  (").map { DisplayWidth.of(row[..<$0.lowerBound]) } }
      #expect(columns[0] != nil && columns[0] == columns[1], "\(columns)")
    }
  }

  /// A sweep on a Chinese base scenario records its language, and explore and report on its
  /// folder default to it; explore's --lang en wins.
  @Test func aSweepOfAChineseBaseIsExploredAndReportedInChinese() throws {
    try withTemporaryDirectory { directory in
      _ = try child(in: directory, named: "chinese", language: "zh")
      try Data(
        """
        {"name": "s", "base": "chinese.json", "design": {"kind": "grid"}, "replications": 2,
         "parameters": [{"path": "workforce.roles[server].per_1000", "range": [4, 6], "steps": 2}],
         "run": {"days": 10, "drain_days": 10}}
        """.utf8
      ).write(to: directory.appendingPathComponent("sweep.json"))
      let sweep = try execute("community-twin", ["sweep", "sweep.json", "--out", "sw", "--quiet"], in: directory)
      #expect(sweep.status == 0, "\(sweep.stderr)")
      let manifest = try Data(contentsOf: directory.appendingPathComponent("sw/manifest.json"))
      #expect((try JSONSerialization.jsonObject(with: manifest) as? [String: Any])?["language"] as? String == "zh")
      let explore = try execute("community-twin", ["explore", "sw"], in: directory)
      #expect(explore.status == 0 && explore.stdout.hasPrefix("s：2个点中的2个"), "\(explore.stdout)\(explore.stderr)")
      let page = try String(contentsOf: directory.appendingPathComponent("sw/explorer.html"), encoding: .utf8)
      #expect(page.contains("<html lang=\"zh-Hans\">"))
      let english = try execute("community-twin", ["explore", "sw", "--lang", "en"], in: directory)
      #expect(english.stdout.hasPrefix("s: 2 of 2 points"), "\(english.stdout)")
      let report = try execute("community-twin", ["report", "sw"], in: directory)
      #expect(report.status == 0 && report.stdout.contains("主要发现："), "\(report.stdout)\(report.stderr)")
    }
  }
}
