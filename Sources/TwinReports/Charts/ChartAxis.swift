/// Drawing of a value axis with its grid lines, tick labels and title, shared by the charts.
enum ChartAxis {
  /// A horizontal value axis along `y` from `left` to `right` [px], grid lines up to `gridTop`,
  /// tick labels below and `title` centred under them. Height used below `y`: 34 px.
  static func horizontal(_ scale: AxisScale, left: Double, right: Double, y: Double, gridTop: Double, title: String)
    -> String
  {
    var out = "<g class=\"axis\">\n"
    for tick in scale.ticks {
      let x = scale.position(tick, from: left, to: right)
      out += SVGText.line(x, gridTop, x, y, stroke: tick == 0 ? Palette.ink : Palette.grid, width: tick == 0 ? 1 : 0.8)
      out += SVGText.label(scale.label(tick), x: x, y: y + 13, anchor: "middle", size: 10)
    }
    out += SVGText.line(left, y, right, y)
    out += SVGText.label(title, x: (left + right) / 2, y: y + 30, anchor: "middle")
    return out + "</g>\n"
  }

  /// A vertical value axis along `x` from `bottom` to `top` [px], grid lines right to
  /// `gridRight`, tick labels left of it and `title` rotated along the left edge at `titleX`.
  static func vertical(
    _ scale: AxisScale, top: Double, bottom: Double, x: Double, gridRight: Double, title: String, titleX: Double
  ) -> String {
    var out = "<g class=\"axis\">\n"
    for tick in scale.ticks {
      let y = scale.position(tick, from: bottom, to: top)
      out += SVGText.line(
        x, y, gridRight, y, stroke: tick == 0 ? Palette.ink : Palette.grid, width: tick == 0 ? 1 : 0.8)
      out += SVGText.label(scale.label(tick), x: x - 4, y: y + 3.5, anchor: "end", size: 10)
    }
    out += SVGText.line(x, top, x, bottom)
    out += SVGText.label(title, x: titleX, y: (top + bottom) / 2, anchor: "middle", rotate: true)
    return out + "</g>\n"
  }

  /// The chart's title, bold at the top left.
  static func title(_ text: String) -> String {
    SVGText.label(text, x: 8, y: 16, size: 13, weight: "bold")
  }
}
