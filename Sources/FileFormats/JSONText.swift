/// The one JSON writer of the project's output files: deterministic text, byte for byte
/// (keys in the order given, two-space indentation, `\n` line ends), so that output files can
/// be compared with `cmp` and snapshots are stable.
///
/// Numbers are Swift's shortest round-trip form of the `Double` (parsing the text gives the
/// same bits back); `nil`, NaN and ±∞ are `null`, since JSON has neither.
package enum JSONText {
  /// Already-rendered `elements` as a JSON array, one per line, whose closing bracket is
  /// indented by `indent` (the elements by two spaces more); `[]` when empty. O(elements).
  package static func array(_ elements: [String], indent: String) -> String {
    guard !elements.isEmpty else { return "[]" }
    return "[\n" + elements.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
  }

  /// A JSON object of already-rendered `fields`, one per line, whose closing brace is
  /// indented by `indent`. O(fields).
  package static func object(_ fields: [(key: String, value: String)], indent: String) -> String {
    let lines = fields.map { indent + "  " + string($0.key) + ": " + $0.value }
    return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
  }

  /// A JSON number in shortest round-trip form, or `null` for `nil`, NaN and ±∞.
  package static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return value.description
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped; everything
  /// else, including non-ASCII text, kept as is (UTF-8). `forHTMLScript` also escapes `<` and
  /// the line separators U+2028/U+2029, so that the JSON can sit inside an HTML `<script>`
  /// element without any text in it ending the element. O(length).
  package static func string(_ text: String, forHTMLScript: Bool = false) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _
      where scalar.value < 0x20
        || (forHTMLScript && (scalar == "<" || scalar.value == 0x2028 || scalar.value == 0x2029)):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
