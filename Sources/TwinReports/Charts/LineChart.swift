import ScenarioFiles
import TwinExperiments

/// Lines over a numeric x axis, each with an optional band (e.g. the 95 % CI across
/// replications), markers and whiskers; non-finite values leave gaps.
///
/// Used for the daily time series (day against the daily mean) and for sweep metrics against
/// a parameter.
public struct LineChart: Sendable {
  public struct Point: Hashable, Sendable {
    public var x: Double
    /// The line's value; NaN leaves a gap.
    public var y: Double
    /// The band's (or whisker's) ends; `nil` or NaN for none at this point.
    public var low: Double?
    public var high: Double?

    public init(x: Double, y: Double, low: Double? = nil, high: Double? = nil) {
      self.x = x
      self.y = y
      self.low = low
      self.high = high
    }
  }

  public struct Series: Sendable {
    public var name: String
    public var color: String
    /// In increasing x.
    public var points: [Point]

    public init(name: String, color: String, points: [Point]) {
      self.name = name
      self.color = color
      self.points = points
    }
  }

  /// How each point's low/high is drawn.
  public enum Style: Sendable {
    /// A line with a shaded band (time series).
    case lineWithBand
    /// A line with a marker and a vertical whisker at each point (few x values).
    case lineWithWhiskers
    /// Markers with whiskers, no line (points not ordered along x).
    case markersWithWhiskers
  }

  public var title: String
  public var xLabel: String
  public var xUnit: String
  public var yLabel: String
  public var yUnit: String
  public var series: [Series]
  public var style: Style

  /// The language of the chart's own words and its numbers' style.
  public var language: ReportLanguage = .en

  public init(
    title: String, xLabel: String, xUnit: String, yLabel: String, yUnit: String, series: [Series],
    style: Style = .lineWithBand, language: ReportLanguage = .en
  ) {
    self.language = language
    self.title = title
    self.xLabel = xLabel
    self.xUnit = xUnit
    self.yLabel = yLabel
    self.yUnit = yUnit
    self.series = series
    self.style = style
  }

  /// The chart as an `<svg>` element, 680 × about 300 px. O(points).
  public func svg() -> String {
    let left = 66.0
    let right = ChartFrame.width - 34
    let legend = SVGText.legend(
      series.count > 1 ? series.map { ($0.name, $0.color) } : [], x: left, y: 38, maxWidth: right - left)
    let top = 30 + legend.height + 6
    let bottom = top + 210
    let height = bottom + 42
    let points = series.flatMap(\.points)
    let xs = points.map(\.x).filter(\.isFinite)
    let ys = points.flatMap { [$0.y, $0.low ?? .nan, $0.high ?? .nan] }.filter(\.isFinite)
    let xScale = AxisScale(low: xs.min() ?? 0, high: xs.max() ?? 1, targetTicks: 8, language: language)
    let yScale = AxisScale(low: ys.min() ?? 0, high: ys.max() ?? 1, language: language)
    func px(_ x: Double) -> Double { xScale.position(x, from: left, to: right) }
    func py(_ y: Double) -> Double { yScale.position(y, from: bottom, to: top) }

    var out = ChartFrame.open(height: height, title: title)
    out += legend.svg
    out += ChartAxis.vertical(
      yScale, top: top, bottom: bottom, x: left, gridRight: right, title: yScale.title(yLabel, unit: yUnit), titleX: 14)
    out += ChartAxis.horizontal(
      xScale, left: left, right: right, y: bottom, gridTop: top, title: xScale.title(xLabel, unit: xUnit))
    for entry in series {
      let valid = entry.points.filter { $0.x.isFinite }
      switch style {
      case .lineWithBand:
        for run in Self.runs(valid, where: { p in p.low.map(\.isFinite) == true && p.high.map(\.isFinite) == true }) {
          let upper = run.map { "\(SVGText.coordinate(px($0.x))),\(SVGText.coordinate(py($0.high!)))" }
          let lower = run.reversed().map { "\(SVGText.coordinate(px($0.x))),\(SVGText.coordinate(py($0.low!)))" }
          out +=
            "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(entry.color)\" fill-opacity=\"0.15\"/>\n"
        }
      case .lineWithWhiskers, .markersWithWhiskers:
        for p in valid where p.y.isFinite {
          if let low = p.low, let high = p.high, low.isFinite, high.isFinite {
            out += SVGText.line(px(p.x), py(low), px(p.x), py(high), stroke: entry.color, width: 1.2)
          }
        }
      }
      if style != .markersWithWhiskers {
        for run in Self.runs(valid, where: { $0.y.isFinite }) {
          let coordinates = run.map { "\(SVGText.coordinate(px($0.x))),\(SVGText.coordinate(py($0.y)))" }
          out +=
            "<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(entry.color)\" stroke-width=\"1.8\"/>\n"
        }
      }
      if style != .lineWithBand || valid.count == 1 {
        for p in valid where p.y.isFinite {
          out +=
            "<circle cx=\"\(SVGText.coordinate(px(p.x)))\" cy=\"\(SVGText.coordinate(py(p.y)))\" r=\"3\" fill=\"\(entry.color)\"/>\n"
        }
      }
    }
    return out + "</svg>\n"
  }

  /// Maximal runs of consecutive points satisfying `include` (the pieces between gaps). O(n).
  static func runs(_ points: [Point], where include: (Point) -> Bool) -> [[Point]] {
    var out: [[Point]] = []
    var current: [Point] = []
    for point in points {
      if include(point) {
        current.append(point)
      } else if !current.isEmpty {
        out.append(current)
        current = []
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }
}
