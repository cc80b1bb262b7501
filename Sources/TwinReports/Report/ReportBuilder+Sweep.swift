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
    guard let sweep = input.sweep else { return ReportSection(id: "overview", title: "What was swept", blocks: []) }
    let manifest = sweep.manifest
    let rows = manifest.parameters.enumerated().map { p, parameter in
      let values = Set(sweep.points.map { $0.parameters[p] }).sorted()
      return [
        parameter.path, "\(values.count)", values.map(NumberText.short).joined(separator: ", "),
      ]
    }
    var blocks: [ReportBlock] = [
      .paragraph(
        "Sweep file \(manifest.file); \(manifest.points) design points, \(manifest.replications) replications each."),
      .table(
        ReportTable(
          caption: "Parameters", header: ["Parameter", "Values", "Values swept"], rows: rows, textColumns: [0, 2])),
    ]
    if !sweep.missing.isEmpty {
      blocks.append(
        .note("\(sweep.missing.count) of \(manifest.runs) runs are missing; points are summarised from the runs found.")
      )
    }
    return ReportSection(id: "overview", title: "What was swept", blocks: blocks)
  }

  /// Each metric against each parameter: point means with 95 % CI whiskers; with two
  /// parameters, one line per value of the other (five evenly spread values when it has more
  /// than seven); otherwise markers only.
  func sweepMetricsSection() -> ReportSection {
    guard let sweep = input.sweep else {
      return ReportSection(id: "sweep-metrics", title: "Metrics against parameters", blocks: [])
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
          title: "\(display.label) against \(parameter.path)", xLabel: parameter.path, xUnit: "", yLabel: display.label,
          yUnit: display.unit, series: series, style: style)
        var caption = "Design-point means of \(metric) with 95% CI whiskers across replications."
        if let other, shownLevels.count < otherLevels.count {
          caption += " Lines for \(shownLevels.count) of the \(otherLevels.count) values of \(parameters[other].path)."
        }
        blocks.append(.figure(svg: chart.svg(), caption: caption))
      }
    }
    return ReportSection(id: "sweep-metrics", title: "Metrics against parameters", blocks: blocks)
  }

  /// Every design point: parameters, replications found, each metric's mean (95 % CI).
  func sweepPointsSection() -> ReportSection {
    guard let sweep = input.sweep else { return ReportSection(id: "points", title: "Design points", blocks: []) }
    let metrics = sweep.manifest.metrics
    let header =
      ["Point"] + sweep.manifest.parameters.map(\.path) + ["n"]
      + metrics.map { "\(display($0).label) (\(display($0).unit))" }
    let rows = sweep.points.map { point in
      ["\(point.point)"] + point.parameters.map(NumberText.short) + ["\(point.metrics.map(\.count).max() ?? 0)"]
        + point.metrics.map { meanWithInterval($0, display($0.name)) }
    }
    return ReportSection(
      id: "points", title: "Design points",
      blocks: [.table(ReportTable(caption: "Design points: mean (95% CI) per metric", header: header, rows: rows))])
  }
}
