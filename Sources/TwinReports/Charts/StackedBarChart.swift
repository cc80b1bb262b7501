import FileFormats
import ScenarioFiles

/// Horizontal stacked bars: one bar per category (a scenario or design point), one segment
/// per part (a funding source, a use of money, a kind of worker time), with a legend and the
/// total at the end of each bar. Negative and non-finite parts are left out.
public struct StackedBarChart: Sendable {
  public var title: String
  public var categories: [String]
  public var parts: [(name: String, color: String)]
  /// `values[c][p]`: category c, part p [display unit].
  public var values: [[Double]]
  public var axisLabel: String
  public var axisUnit: String

  /// The language of the chart's own words and its numbers' style.
  public var language: ReportLanguage = .en

  public init(
    title: String, categories: [String], parts: [(name: String, color: String)], values: [[Double]], axisLabel: String,
    axisUnit: String, language: ReportLanguage = .en
  ) {
    self.language = language
    self.title = title
    self.categories = categories
    self.parts = parts
    self.values = values
    self.axisLabel = axisLabel
    self.axisUnit = axisUnit
  }

  /// The chart as an `<svg>` element, 680 px wide. O(categories × parts).
  public func svg() -> String {
    let left = ChartFrame.categoryMargin(categories)
    let right = ChartFrame.width - 80
    let legend = SVGText.legend(parts.map { ($0.name, $0.color) }, x: left, y: 38, maxWidth: right - left + 60)
    let top = 30 + legend.height + 6
    let barHeight = 22.0
    let bottom = top + Double(categories.count) * (barHeight + 8)
    let height = bottom + 42
    let totals = values.map { $0.filter { $0.isFinite && $0 > 0 }.reduce(0, +) }
    let scale = AxisScale(low: 0, high: totals.max() ?? 1, includeZero: true, language: language)
    let totalDecimals = NumberText.decimals(for: totals.map { $0 / scale.labelDivisor })

    var out = ChartFrame.open(height: height, title: title)
    out += legend.svg
    out += ChartAxis.horizontal(
      scale, left: left, right: right, y: bottom, gridTop: top, title: scale.title(axisLabel, unit: axisUnit))
    for (c, category) in categories.enumerated() where c < values.count {
      let y = top + Double(c) * (barHeight + 8) + 4
      out += SVGText.label(category, x: left - 6, y: y + barHeight / 2 + 4, anchor: "end")
      var start = 0.0
      for (p, part) in parts.enumerated() where p < values[c].count {
        let value = values[c][p]
        guard value.isFinite, value > 0 else { continue }
        let x0 = scale.position(start, from: left, to: right)
        let x1 = scale.position(start + value, from: left, to: right)
        let share = totals[c] > 0 ? value / totals[c] * 100 : 0
        let tooltip =
          "\(category), \(part.name): \(NumberText.fixed(value, decimals: NumberText.decimals(for: [value]), style: language.numberStyle)) (\(NumberText.fixed(share, decimals: 1, style: language.numberStyle))%)"
        out += SVGText.rect(x0, y, x1 - x0, barHeight, fill: part.color, title: tooltip)
        start += value
      }
      let end = scale.position(totals[c], from: left, to: right)
      out += SVGText.label(
        NumberText.fixed(totals[c] / scale.labelDivisor, decimals: totalDecimals, style: language.numberStyle),
        x: end + 4, y: y + barHeight / 2 + 4,
        size: 10)
    }
    return out + "</svg>\n"
  }
}
