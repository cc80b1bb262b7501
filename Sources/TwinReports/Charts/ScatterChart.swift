import ScenarioFiles

/// A trade-off chart: options (scenarios or sweep points) placed by cost (x) and an outcome
/// (y), with 95 % CI whiskers both ways where known, the Pareto front joined by a step line and
/// its points filled; options off the front are hollow. Labels that would overprint an
/// earlier one are left out.
public struct ScatterChart: Sendable {
  public struct Option: Sendable {
    public var label: String
    public var color: String
    public var x: Double
    public var y: Double
    public var xLow: Double?
    public var xHigh: Double?
    public var yLow: Double?
    public var yHigh: Double?
    /// Whether to write ``label`` next to the marker (off for crowded sweeps' dominated points).
    public var showsLabel: Bool

    public init(
      label: String, color: String, x: Double, y: Double, xLow: Double? = nil, xHigh: Double? = nil,
      yLow: Double? = nil, yHigh: Double? = nil, showsLabel: Bool = true
    ) {
      self.label = label
      self.color = color
      self.x = x
      self.y = y
      self.xLow = xLow
      self.xHigh = xHigh
      self.yLow = yLow
      self.yHigh = yHigh
      self.showsLabel = showsLabel
    }
  }

  public var title: String
  public var xLabel: String
  public var xUnit: String
  public var yLabel: String
  public var yUnit: String
  public var options: [Option]
  /// Indices into ``options`` on the front, in increasing x (``ParetoFront/indices(_:goal:)``).
  public var front: [Int]
  /// Whether larger y is better: the front's steps go down-right for `maximize`.
  public var goal: ParetoFront.Goal

  /// The language of the chart's own words and its numbers' style.
  public var language: ReportLanguage = .en

  public init(
    title: String, xLabel: String, xUnit: String, yLabel: String, yUnit: String, options: [Option], front: [Int],
    goal: ParetoFront.Goal, language: ReportLanguage = .en
  ) {
    self.language = language
    self.title = title
    self.xLabel = xLabel
    self.xUnit = xUnit
    self.yLabel = yLabel
    self.yUnit = yUnit
    self.options = options
    self.front = front
    self.goal = goal
  }

  /// The chart as an `<svg>` element, 680 × about 340 px. O(options).
  public func svg() -> String {
    let left = 66.0
    let right = ChartFrame.width - 24
    let top = 52.0
    let bottom = top + 240
    let height = bottom + 42
    let xs = options.flatMap { [$0.x, $0.xLow ?? .nan, $0.xHigh ?? .nan] }.filter(\.isFinite)
    let ys = options.flatMap { [$0.y, $0.yLow ?? .nan, $0.yHigh ?? .nan] }.filter(\.isFinite)
    let xScale = AxisScale(low: xs.min() ?? 0, high: xs.max() ?? 1, targetTicks: 6, language: language)
    let yScale = AxisScale(low: ys.min() ?? 0, high: ys.max() ?? 1, language: language)
    func px(_ x: Double) -> Double { xScale.position(x, from: left, to: right) }
    func py(_ y: Double) -> Double { yScale.position(y, from: bottom, to: top) }

    var out = ChartFrame.open(height: height, title: title)
    let better = goal == .maximize ? "up and to the left" : "down and to the left"
    let hint = language.words(
      "Better: \(better). Filled points and the line: the Pareto front.",
      "越往\(goal == .maximize ? "左上" : "左下")越好。实心点和虚线：帕累托前沿。")
    out += SVGText.label(hint, x: 8, y: 34, size: 10)
    out += ChartAxis.vertical(
      yScale, top: top, bottom: bottom, x: left, gridRight: right, title: yScale.title(yLabel, unit: yUnit), titleX: 14)
    out += ChartAxis.horizontal(
      xScale, left: left, right: right, y: bottom, gridTop: top, title: xScale.title(xLabel, unit: xUnit))
    let frontPoints = front.map { options[$0] }
    if frontPoints.count > 1 {
      var coordinates: [String] = []
      for (k, point) in frontPoints.enumerated() {
        if k > 0 {
          coordinates.append("\(SVGText.coordinate(px(point.x))),\(SVGText.coordinate(py(frontPoints[k - 1].y)))")
        }
        coordinates.append("\(SVGText.coordinate(px(point.x))),\(SVGText.coordinate(py(point.y)))")
      }
      out +=
        "<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(Palette.ink)\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>\n"
    }
    let onFront = Set(front)
    var labelled: [(x: Double, y: Double)] = []
    for (i, option) in options.enumerated() where option.x.isFinite && option.y.isFinite {
      let x = px(option.x)
      let y = py(option.y)
      if let low = option.xLow, let high = option.xHigh, low.isFinite, high.isFinite {
        out += SVGText.line(px(low), y, px(high), y, stroke: option.color, width: 1)
      }
      if let low = option.yLow, let high = option.yHigh, low.isFinite, high.isFinite {
        out += SVGText.line(x, py(low), x, py(high), stroke: option.color, width: 1)
      }
      let fill = onFront.contains(i) ? option.color : "#FFFFFF"
      out +=
        "<circle cx=\"\(SVGText.coordinate(x))\" cy=\"\(SVGText.coordinate(y))\" r=\"4.5\" fill=\"\(fill)\" stroke=\"\(option.color)\" stroke-width=\"2\"><title>\(SVGText.escape(option.label))</title></circle>\n"
      // A label that would overprint an earlier one is left out (the tables list every option).
      if option.showsLabel, !labelled.contains(where: { abs($0.x - x) < 50 && abs($0.y - y) < 11 }) {
        labelled.append((x, y))
        let anchorEnd = x > (left + right) / 2
        out += SVGText.label(
          option.label, x: anchorEnd ? x - 7 : x + 7, y: y - 6, anchor: anchorEnd ? "end" : "start", size: 10)
      }
    }
    return out + "</svg>\n"
  }
}
