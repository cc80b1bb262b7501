import FileFormats
import ScenarioFiles

/// Vertical grouped bars over bins of unequal width drawn equally wide (the response-time
/// bins 0, 0.5, 1, 2, … 180, ∞ days), with labelled vertical markers at bin edges (48 hours,
/// 5 days).
public struct BinnedChart: Sendable {
  public var title: String
  /// Bin edges, increasing; the last may be +∞. Bin i is `edges[i] ..< edges[i + 1]`.
  public var edges: [Double]
  public var series: [(name: String, color: String)]
  /// `values[s][i]`: series s, bin i [display unit]; NaN draws nothing.
  public var values: [[Double]]
  public var xLabel: String
  public var xUnit: String
  public var yLabel: String
  public var yUnit: String
  /// Vertical dashed lines at these edge values (drawn only where an edge has that value).
  public var markers: [BarChart.ReferenceLine]

  /// The language of the chart's own words and its numbers' style.
  public var language: ReportLanguage = .en

  public init(
    title: String, edges: [Double], series: [(name: String, color: String)], values: [[Double]], xLabel: String,
    xUnit: String, yLabel: String, yUnit: String, markers: [BarChart.ReferenceLine], language: ReportLanguage = .en
  ) {
    self.language = language
    self.title = title
    self.edges = edges
    self.series = series
    self.values = values
    self.xLabel = xLabel
    self.xUnit = xUnit
    self.yLabel = yLabel
    self.yUnit = yUnit
    self.markers = markers
  }

  /// The chart as an `<svg>` element, 680 × about 300 px. O(bins × series).
  public func svg() -> String {
    let left = 60.0
    let right = ChartFrame.width - 16
    let legend = SVGText.legend(
      series.count > 1 ? series.map { ($0.name, $0.color) } : [], x: left, y: 38, maxWidth: right - left)
    let top = 30 + legend.height + 16
    let bottom = top + 190
    let height = bottom + 42
    let bins = max(edges.count - 1, 1)
    let binWidth = (right - left) / Double(bins)
    let finite = values.flatMap { $0 }.filter(\.isFinite)
    let yScale = AxisScale(low: 0, high: finite.max() ?? 1, includeZero: true, language: language)
    func py(_ y: Double) -> Double { yScale.position(y, from: bottom, to: top) }

    var out = ChartFrame.open(height: height, title: title)
    out += legend.svg
    out += ChartAxis.vertical(
      yScale, top: top, bottom: bottom, x: left, gridRight: right, title: yScale.title(yLabel, unit: yUnit), titleX: 14)
    out += SVGText.line(left, bottom, right, bottom)
    for (i, edge) in edges.enumerated() {
      let x = left + Double(i) * binWidth
      out += SVGText.line(x, bottom, x, bottom + 4)
      out += SVGText.label(
        edge.isFinite ? NumberText.short(edge) : "∞", x: x, y: bottom + 15, anchor: "middle", size: 10)
    }
    out += SVGText.label(
      xUnit.isEmpty ? xLabel : xLabel + language.words(" (\(xUnit))", "（\(xUnit)）"), x: (left + right) / 2,
      y: bottom + 32, anchor: "middle")
    let barWidth = (binWidth - 4) / Double(max(series.count, 1))
    for (s, entry) in series.enumerated() where s < values.count {
      for (i, value) in values[s].enumerated() where i < bins && value.isFinite {
        let x = left + Double(i) * binWidth + 2 + Double(s) * barWidth
        let upper = edges[i + 1].isFinite ? NumberText.short(edges[i + 1]) : "∞"
        let tooltip =
          "\(entry.name), \(NumberText.short(edges[i]))–\(upper): \(NumberText.fixed(value, decimals: 1, style: language.numberStyle))"
        out += SVGText.rect(x, py(value), barWidth, bottom - py(value), fill: entry.color, title: tooltip)
      }
    }
    for marker in markers {
      guard let i = edges.firstIndex(of: marker.value) else { continue }
      let x = left + Double(i) * binWidth
      out += SVGText.line(x, top - 8, x, bottom, width: 1.4, dash: "5 3")
      out += SVGText.label(marker.label, x: x + 3, y: top - 8, size: 10, weight: "bold")
    }
    return out + "</svg>\n"
  }
}
