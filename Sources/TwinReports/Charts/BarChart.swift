import FileFormats
import ScenarioFiles

/// Horizontal grouped bars with optional 95 % CI whiskers and reference lines: one group per
/// category (a metric, a facility, an indicator), one bar per series (a scenario) in it.
///
/// Bars start at 0. A bar that is not ``Bar/isEmphasized`` (a difference whose CI includes 0)
/// is drawn pale. Value labels sit past the bar's end, or past its whisker, with about three
/// significant digits of the largest bar.
public struct BarChart: Sendable {
  public struct Bar: Hashable, Sendable {
    /// The bar's length [display unit].
    public var value: Double
    /// The whisker's ends [display unit], when known.
    public var low: Double?
    public var high: Double?
    /// Drawn solid when true, pale when false.
    public var isEmphasized: Bool

    public init(value: Double, low: Double? = nil, high: Double? = nil, isEmphasized: Bool = true) {
      self.value = value
      self.low = low
      self.high = high
      self.isEmphasized = isEmphasized
    }
  }

  /// A vertical line across the plot at `value` [display unit], dashed, labelled at its top.
  public struct ReferenceLine: Hashable, Sendable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
      self.value = value
      self.label = label
    }
  }

  public var title: String
  /// Group labels, top to bottom.
  public var categories: [String]
  /// Series names and colours, in bar order within a group.
  public var series: [(name: String, color: String)]
  /// `bars[c][s]`: category c, series s; `nil` draws nothing (no data).
  public var bars: [[Bar?]]
  /// The value axis' title with its unit, e.g. "Mean response time (days)".
  public var axisLabel: String
  public var axisUnit: String
  public var referenceLines: [ReferenceLine] = []
  /// Colour each bar by its category instead of its series (one series, several scenarios).
  public var colorsByCategory: [String]? = nil
  /// The language of the chart's own words and its numbers' style.
  public var language: ReportLanguage = .en

  public init(
    title: String, categories: [String], series: [(name: String, color: String)], bars: [[Bar?]], axisLabel: String,
    axisUnit: String, referenceLines: [ReferenceLine] = [], colorsByCategory: [String]? = nil,
    language: ReportLanguage = .en
  ) {
    self.language = language
    self.title = title
    self.categories = categories
    self.series = series
    self.bars = bars
    self.axisLabel = axisLabel
    self.axisUnit = axisUnit
    self.referenceLines = referenceLines
    self.colorsByCategory = colorsByCategory
  }

  /// The chart as an `<svg>` element, 680 px (180 mm) wide. O(categories × series).
  public func svg() -> String {
    let barHeight = series.count > 1 ? 13.0 : 18.0
    let groupGap = 10.0
    let left = ChartFrame.categoryMargin(categories)
    let right = ChartFrame.width - 70
    let legendEntries = colorsByCategory == nil && series.count > 1 ? series.map { ($0.name, $0.color) } : []
    let legend = SVGText.legend(legendEntries, x: left, y: 38, maxWidth: right - left)
    let top = 30 + legend.height + (referenceLines.isEmpty ? 4 : 16)
    let groupHeight = Double(series.count) * barHeight + groupGap
    let plotBottom = top + Double(categories.count) * groupHeight
    let height = plotBottom + 42

    var values: [Double] = referenceLines.map(\.value)
    for group in bars {
      for bar in group.compactMap({ $0 }) {
        values += [bar.value, bar.low, bar.high].compactMap { $0 }.filter(\.isFinite)
      }
    }
    let scale = AxisScale(low: values.min() ?? 0, high: values.max() ?? 1, includeZero: true, language: language)
    // Value labels: about three significant digits of the largest bar.
    let largest = bars.flatMap { $0.compactMap { $0?.value } }.filter(\.isFinite).map(abs).max() ?? 0
    let decimals = NumberText.decimals(for: [largest])
    var out = ChartFrame.open(height: height, title: title)
    out += legend.svg
    out += ChartAxis.horizontal(
      scale, left: left, right: right, y: plotBottom, gridTop: top - 4, title: scale.title(axisLabel, unit: axisUnit))
    let zero = scale.position(0, from: left, to: right)
    for (c, category) in categories.enumerated() {
      let groupTop = top + Double(c) * groupHeight + groupGap / 2
      out += SVGText.label(category, x: left - 6, y: groupTop + Double(series.count) * barHeight / 2 + 4, anchor: "end")
      for (s, entry) in series.enumerated() {
        guard c < bars.count, s < bars[c].count, let bar = bars[c][s], bar.value.isFinite else { continue }
        let y = groupTop + Double(s) * barHeight
        let end = scale.position(bar.value, from: left, to: right)
        let color = colorsByCategory.map { $0[c % $0.count] } ?? entry.color
        let tooltip =
          "\(category), \(entry.name): \(NumberText.fixed(bar.value, decimals: decimals, style: language.numberStyle))"
        out += SVGText.rect(
          zero, y + 1, end - zero, barHeight - 2, fill: color, opacity: bar.isEmphasized ? nil : 0.35, title: tooltip)
        var labelX = max(end, zero)
        if let low = bar.low, let high = bar.high, low.isFinite, high.isFinite {
          let x1 = scale.position(low, from: left, to: right)
          let x2 = scale.position(high, from: left, to: right)
          let middle = y + barHeight / 2
          out += SVGText.line(x1, middle, x2, middle, width: 1.2)
          out += SVGText.line(x1, middle - 3.5, x1, middle + 3.5, width: 1.2)
          out += SVGText.line(x2, middle - 3.5, x2, middle + 3.5, width: 1.2)
          labelX = max(labelX, x2)
        }
        out += SVGText.label(
          NumberText.fixed(bar.value, decimals: decimals, style: language.numberStyle), x: labelX + 4,
          y: y + barHeight / 2 + 3.5, size: 10)
      }
    }
    for line in referenceLines {
      let x = scale.position(line.value, from: left, to: right)
      out += SVGText.line(x, top - 6, x, plotBottom, stroke: Palette.ink, width: 1.2, dash: "4 3")
      out += SVGText.label(line.label, x: x, y: top - 9, anchor: "middle", size: 10)
    }
    return out + "</svg>\n"
  }
}
