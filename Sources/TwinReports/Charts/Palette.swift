/// The Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design"), the
/// colours every chart in a report draws with, in the order series take them.
///
/// Black is left out of the series colours: it is the colour of axes, text and reference lines.
public enum Palette {
  /// Series colours as `#RRGGBB`, in the order series take them: orange, sky blue, bluish green,
  /// vermillion, blue, reddish purple, yellow.
  public static let series: [String] = [
    "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#F0E442",
  ]

  /// Axes, text and reference lines.
  public static let ink = "#222222"
  /// Grid lines and other quiet marks.
  public static let grid = "#DDDDDD"

  /// The colour of the series at `index` (0-based), cycling through ``series`` when there are
  /// more series than colours. O(1).
  public static func color(at index: Int) -> String {
    series[((index % series.count) + series.count) % series.count]
  }
}
