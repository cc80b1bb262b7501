/// What every chart shares around its plot: the width, the opening of the `<svg>` element
/// with the title, and the margin for category labels.
enum ChartFrame {
  /// Width of every chart [px]: 180 mm, the printable width of an A4 page.
  static let width = 680.0

  /// The opening of a chart `height` px tall: the root `<svg>` element (`title` as its
  /// accessible name) and `title` drawn bold at the top left. The chart closes it with `</svg>`.
  static func open(height: Double, title: String) -> String {
    SVGText.open(width: width, height: height, title: title) + ChartAxis.title(title)
  }

  /// The left margin of a chart with horizontal bars labelled `categories` [px]: the longest
  /// label (11 px text) plus 12 px, kept within 60 … 250 px. O(categories).
  static func categoryMargin(_ categories: [String]) -> Double {
    max(60, min(250, (categories.map { SVGText.width($0, fontSize: 11) }.max() ?? 0) + 12))
  }
}
