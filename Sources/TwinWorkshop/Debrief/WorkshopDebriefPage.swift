import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments
import TwinOutputs
import TwinReports

/// The debrief as a self-contained HTML page (no script, no external resource), exportable:
/// what each team chose round by round, its community's trajectory, where it ended up and
/// what its choices caused against the status quo, with 95 % intervals; in its footer, the
/// build that simulated them (``ProvenanceFooter``).
enum WorkshopDebriefPage {
  /// The page in `language`; `provenance` is the workshop's (`nil`: none recorded).
  static func html(
    _ debrief: WorkshopDebrief, game: WorkshopGame, language: ReportLanguage, provenance: Provenance?
  ) -> String {
    let words = language.words
    func e(_ text: String) -> String { SVGText.escape(text) }
    func label(_ id: String) -> String { game.menu.option(id)?.label.text(in: language) ?? id }
    func number(_ x: Double?, _ unit: String) -> String {
      NumberText.fixed(
        x, decimals: unit == MetricUnit.cny.words ? 0 : unit == MetricUnit.share.words ? 3 : 2, style: .report)
    }
    func interval(_ mean: Double?, _ low: Double?, _ high: Double?, _ unit: String) -> String {
      "\(number(mean, unit)) [\(number(low, unit)), \(number(high, unit))]"
    }
    let title = words("Workshop debrief: \(debrief.scenarioName)", "工作坊复盘：\(debrief.scenarioName)")
    var out = """
      <!DOCTYPE html>
      <html lang="\(language.htmlLang)">
      <head><meta charset="utf-8"><title>\(e(title))</title>
      <style>body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:72em;margin:1em auto;padding:0 1em;color:#222}
      table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
      td.n{text-align:right;font-variant-numeric:tabular-nums}.clear{font-weight:600}svg{max-width:100%;height:auto}</style></head>
      <body>
      <h1>\(e(title))</h1>

      """
    let residents = NumberText.fixed(Double(debrief.residents), decimals: 0, style: .report)
    let setting = words(
      "\(residents) residents; \(debrief.rounds) rounds of \(debrief.roundDays) days; intervals from \(debrief.replications) replications (seed \(debrief.seed)), in each of which every team shares the same random numbers.",
      "\(residents) 名居民；\(debrief.rounds) 轮，每轮 \(debrief.roundDays) 天；区间来自 \(debrief.replications) 次重复（种子 \(debrief.seed)），各组在每次重复中共用同一组随机数。"
    )
    out += "<p>\(e(setting))</p>\n"
    out += "<h2>\(words("What each team chose", "各组的选择"))</h2>\n<table><tr><th></th>"
    for r in 0..<debrief.rounds { out += "<th>\(words("Round \(r + 1)", "第\(r + 1)轮"))</th>" }
    out += "<th>\(words("Budget spent (CNY)", "花费预算（元）"))</th></tr>\n"
    for team in debrief.teams {
      out += "<tr><th>\(e(team.name.text(in: language)))</th>"
      for choices in team.choices {
        out += "<td>\(choices.isEmpty ? "–" : e(choices.map(label).joined(separator: language.comma)))</td>"
      }
      out += "<td class=\"n\">\(number(team.spentCNY, MetricUnit.cny.words))</td></tr>\n"
    }
    out += "</table>\n"
    out += "<h2>\(words("Trajectories (the replication played live)", "轨迹（实时重复）"))</h2>\n"
    for measure in WorkshopDebrief.measures {
      var series: [LineChart.Series] = (0..<game.settings.teams).map { t in
        LineChart.Series(
          name: WorkshopGame.teamName(t).text(in: language), color: Palette.series[t % Palette.series.count],
          points: points(game.rounds(ofTeam: t), measure: measure))
      }
      series.append(
        LineChart.Series(
          name: words("Status quo", "维持现状"), color: "#777777", points: points(game.statusQuoRounds, measure: measure)))
      out +=
        LineChart(
          title: measure.chartTitle.text(in: language), xLabel: words("Game day", "游戏天数"), xUnit: MetricUnit.days.words,
          yLabel: measure.chartTitle.text(in: language), yUnit: measure.unit, series: series, style: .lineWithBand
        ).svg() + "\n"
    }
    out += "<h2>\(words("Where each community ended up (mean [95 % interval])", "结果（均值与95%置信区间）"))</h2>\n"
    out += "<table><tr><th></th>"
    for measure in WorkshopDebrief.measures {
      out += "<th>\(e(measure.label.text(in: language))) (\(e(measure.unit)))</th>"
    }
    out += "</tr>\n"
    for team in debrief.teams + [debrief.statusQuo] {
      out += "<tr><th>\(e(team.name.text(in: language)))</th>"
      for o in team.outcomes { out += "<td class=\"n\">\(interval(o.mean, o.ci95Low, o.ci95High, o.unit))</td>" }
      out += "</tr>\n"
    }
    out += "</table>\n"
    out +=
      "<h2>\(words("What the choices caused (paired difference from the status quo)", "选择带来的变化（与维持现状相比，配对差值）"))</h2>\n"
    out += "<table><tr><th></th>"
    for measure in WorkshopDebrief.measures { out += "<th>\(e(measure.label.text(in: language)))</th>" }
    out += "</tr>\n"
    for team in debrief.teams {
      out += "<tr><th>\(e(team.name.text(in: language)))</th>"
      for d in team.differences {
        let clear = d.isSignificant
        let mark = clear ? words(" (clear)", "（明确）") : words(" (not clear)", "（不明确）")
        out +=
          "<td class=\"n\(clear ? " clear" : "")\">\(interval(d.meanDifference, d.ci95Low, d.ci95High, d.unit))\(mark)</td>"
      }
      out += "</tr>\n"
    }
    out += "</table>\n"
    let note = words(
      "“Clear” means the 95 % interval excludes zero. Mean response is over the requests resolved in the game: clearing a backlog raises it for a while.",
      "“明确”表示95%置信区间不含零。平均响应时间按期内办结的诉求计算：清理积压会使其暂时上升。")
    out += "<p>\(e(note))</p>\n"
    let footer = ProvenanceFooter.line(provenance, language: language)
    out += "<footer>\n<p>\(e(footer))</p>\n</footer>\n</body>\n</html>\n"
    return out
  }

  /// A team's week points of `measure` as chart points.
  private static func points(_ rounds: [PlayedRound], measure: WorkshopDebrief.Measure) -> [LineChart.Point] {
    rounds.flatMap(\.weeks).compactMap { week in
      measure.weekValue(week).map { LineChart.Point(x: Double(week.day), y: $0) }
    }
  }
}
