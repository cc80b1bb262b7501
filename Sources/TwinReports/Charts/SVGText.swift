import FileFormats

/// Small helpers for writing SVG and HTML by hand, deterministically.
package enum SVGText {
  /// `text` with `&`, `<`, `>` and `"` escaped, for element content and attribute values.
  package static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A coordinate [px] with one decimal, trailing `.0` dropped: `12`, `12.5`, `-3.2`.
  static func coordinate(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let tenths = (x * 10).rounded()
    let whole = Int(tenths / 10)
    let fraction = Int(abs(tenths).truncatingRemainder(dividingBy: 10))
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }

  /// Approximate width of `text` at `fontSize` px in a sans-serif font [px]: for laying out
  /// labels and margins (no font metrics are available): CJK characters (from U+2E80) are
  /// about 1 em wide, the rest about 0.56 em. O(characters).
  static func width(_ text: String, fontSize: Double) -> Double {
    let wide = text.unicodeScalars.filter { $0.value >= 0x2E80 }.count
    return (Double(text.unicodeScalars.count - wide) * 0.56 + Double(wide)) * fontSize
  }

  /// The opening `<svg>` tag with a `viewBox` of `width` × `height` px, a title for screen
  /// readers, and the report's chart class.
  static func open(width: Double, height: Double, title: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(coordinate(width)) \(coordinate(height))\" "
      + "width=\"\(coordinate(width))\" height=\"\(coordinate(height))\" role=\"img\" aria-label=\"\(escape(title))\">\n"
      + "<title>\(escape(title))</title>\n"
  }

  /// A `<text>` element at (`x`, `y`); `anchor` is `start`, `middle` or `end`.
  static func label(
    _ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 11, weight: String? = nil,
    rotate: Bool = false, fill: String = Palette.ink
  ) -> String {
    var attributes = "x=\"\(coordinate(x))\" y=\"\(coordinate(y))\" font-size=\"\(coordinate(size))\" fill=\"\(fill)\""
    if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
    if let weight { attributes += " font-weight=\"\(weight)\"" }
    if rotate { attributes += " transform=\"rotate(-90 \(coordinate(x)) \(coordinate(y)))\"" }
    return "<text \(attributes)>\(escape(text))</text>\n"
  }

  /// A `<line>` from (`x1`, `y1`) to (`x2`, `y2`).
  static func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = Palette.ink, width: Double = 1,
    dash: String? = nil
  ) -> String {
    var out =
      "<line x1=\"\(coordinate(x1))\" y1=\"\(coordinate(y1))\" x2=\"\(coordinate(x2))\" y2=\"\(coordinate(y2))\" "
    out += "stroke=\"\(stroke)\" stroke-width=\"\(coordinate(width))\""
    if let dash { out += " stroke-dasharray=\"\(dash)\"" }
    return out + "/>\n"
  }

  /// A `<rect>`; negative sizes are normalised.
  static func rect(
    _ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, opacity: Double? = nil,
    title: String? = nil
  ) -> String {
    let left = min(x, x + width)
    let top = min(y, y + height)
    var attributes =
      "x=\"\(coordinate(left))\" y=\"\(coordinate(top))\" width=\"\(coordinate(abs(width)))\" "
      + "height=\"\(coordinate(abs(height)))\" fill=\"\(fill)\""
    if let opacity { attributes += " fill-opacity=\"\(NumberText.fixed(opacity, decimals: 2))\"" }
    guard let title else { return "<rect \(attributes)/>\n" }
    return "<rect \(attributes)><title>\(escape(title))</title></rect>\n"
  }

  /// A legend: a swatch and a label per entry, laid out left to right from (`x`, `y`),
  /// wrapping at `maxWidth`. Returns the markup and the height used [px].
  static func legend(_ entries: [(label: String, color: String)], x: Double, y: Double, maxWidth: Double) -> (
    svg: String, height: Double
  ) {
    var out = ""
    var cursorX = x
    var cursorY = y
    for entry in entries {
      let entryWidth = 16 + width(entry.label, fontSize: 11) + 14
      if cursorX > x && cursorX + entryWidth > x + maxWidth {
        cursorX = x
        cursorY += 16
      }
      out += rect(cursorX, cursorY - 9, 11, 11, fill: entry.color)
      out += label(entry.label, x: cursorX + 15, y: cursorY)
      cursorX += entryWidth
    }
    return (out, entries.isEmpty ? 0 : cursorY - y + 16)
  }
}
