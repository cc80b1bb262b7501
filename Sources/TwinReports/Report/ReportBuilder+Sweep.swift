import FileFormats
import TwinExperiments
import TwinOutputs

extension ReportBuilder {
  /// "workforce.roles[community_worker].per_1000 = 3, interventions[devolution].threshold_cny = 100,000".
  func pointParameters(_ point: SweepRuns.Point) -> String {
    guard let sweep = input.sweep else { return "" }
    return zip(sweep.manifest.parameters, point.parameters).map { "\($0.path) = \(NumberText.short($1))" }
      .joined(separator: ", ")
  }

  /// The sweep: design, parameters and their levels, runs found.
  func sweepOverviewSection() -> ReportSection {
    let title = words("What was swept", "扫描了什么")
    guard let sweep = input.sweep else { return ReportSection(id: "overview", title: title, blocks: []) }
    let manifest = sweep.manifest
    let rows = manifest.parameters.enumerated().map { p, parameter in
      let values = Set(sweep.points.map { $0.parameters[p] }).sorted()
      return [
        parameter.path, "\(values.count)", values.map(NumberText.short).joined(separator: ", "),
      ]
    }
    var blocks: [ReportBlock] = [
      .paragraph(
        words(
          "Sweep file \(manifest.file); \(manifest.points) design points, \(manifest.replications) replications each.",
          "扫描文件 \(manifest.file)；\(manifest.points)个设计点，每个重复\(manifest.replications)次。")),
      .table(
        ReportTable(
          caption: words("Parameters", "参数"),
          header: [words("Parameter", "参数"), words("Values", "取值个数"), words("Values swept", "扫描的取值")], rows: rows,
          textColumns: [0, 2])),
    ]
    if !sweep.missing.isEmpty {
      blocks.append(
        .note(
          words(
            "\(sweep.missing.count) of \(manifest.runs) runs are missing; points are summarised from the runs found.",
            "\(manifest.runs)次运行中缺少\(sweep.missing.count)次；各设计点按已找到的运行汇总。"))
      )
    }
    return ReportSection(id: "overview", title: title, blocks: blocks)
  }

  /// Each metric against each parameter: point means with 95 % CI whiskers; with two
  /// parameters, one line per value of the other (five evenly spread values when it has more
  /// than seven); otherwise markers only.
  func sweepMetricsSection() -> ReportSection {
    let title = words("Metrics against parameters", "指标随参数的变化")
    guard let sweep = input.sweep else {
      return ReportSection(id: "sweep-metrics", title: title, blocks: [])
    }
    let parameters = sweep.manifest.parameters
    let points = sweep.points
    var blocks: [ReportBlock] = []
    for (m, metric) in sweep.manifest.metrics.enumerated() {
      let display = display(metric)
      for (p, parameter) in parameters.enumerated() {
        let other = parameters.count == 2 ? 1 - p : nil
        let otherLevels = other.map { o in Set(points.map { $0.parameters[o] }).sorted() } ?? []
        let series: [LineChart.Series]
        let style: LineChart.Style
        func point(_ pt: SweepRuns.Point) -> LineChart.Point {
          let s = pt.metrics[m]
          return LineChart.Point(
            x: pt.parameters[p], y: (s.mean ?? .nan) * display.scale, low: s.ci95Low.map { $0 * display.scale },
            high: s.ci95High.map { $0 * display.scale })
        }
        // With many values of the other parameter, lines for five of them, evenly spread.
        let shownLevels =
          otherLevels.count <= 7 ? otherLevels : (0..<5).map { otherLevels[$0 * (otherLevels.count - 1) / 4] }
        if let other, otherLevels.count >= 2 {
          series = shownLevels.enumerated().map { k, level in
            LineChart.Series(
              name: "\(parameters[other].path) = \(NumberText.short(level))", color: Palette.color(at: k),
              points: points.filter { $0.parameters[other] == level }.sorted { $0.parameters[p] < $1.parameters[p] }
                .map(point))
          }
          style = .lineWithWhiskers
        } else {
          series = [
            LineChart.Series(
              name: display.label, color: Palette.color(at: 4),
              points: points.sorted { $0.parameters[p] < $1.parameters[p] }.map(point))
          ]
          style = parameters.count == 1 ? .lineWithWhiskers : .markersWithWhiskers
        }
        let chart = LineChart(
          title: words("\(display.label) against \(parameter.path)", "\(display.label)随 \(parameter.path) 的变化"),
          xLabel: parameter.path, xUnit: "", yLabel: display.label, yUnit: display.unit, series: series, style: style,
          language: language)
        var caption = words(
          "Design-point means of \(metric) with 95% CI whiskers across replications.",
          "各设计点 \(metric) 的均值及各次重复的95%置信区间误差线。")
        if let other, shownLevels.count < otherLevels.count {
          caption += words(
            " Lines for \(shownLevels.count) of the \(otherLevels.count) values of \(parameters[other].path).",
            "图中画出 \(parameters[other].path) 的\(otherLevels.count)个取值中的\(shownLevels.count)个。")
        }
        blocks.append(.figure(svg: chart.svg(), caption: caption))
      }
    }
    return ReportSection(id: "sweep-metrics", title: title, blocks: blocks)
  }

  /// Every design point: parameters, replications found, each metric's mean (95 % CI).
  func sweepPointsSection() -> ReportSection {
    let title = words("Design points", "设计点")
    guard let sweep = input.sweep else { return ReportSection(id: "points", title: title, blocks: []) }
    let metrics = sweep.manifest.metrics
    let header =
      [words("Point", "设计点")] + sweep.manifest.parameters.map(\.path) + ["n"]
      + metrics.map { withUnitInHeader(display($0).label, display($0).unit) }
    let rows = sweep.points.map { point in
      ["\(point.point)"] + point.parameters.map(NumberText.short) + ["\(point.metrics.map(\.count).max() ?? 0)"]
        + point.metrics.map { meanWithInterval($0, display($0.name)) }
    }
    return ReportSection(
      id: "points", title: title,
      blocks: [
        .table(
          ReportTable(
            caption: words("Design points: mean (95% CI) per metric", "设计点：各指标均值（95%置信区间）"), header: header,
            rows: rows))
      ])
  }
}
