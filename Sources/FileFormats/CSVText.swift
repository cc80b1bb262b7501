/// Writing CSV fields (RFC 4180) the way every CSV output file of the project does: a field
/// with a comma, quote or line break is quoted, with quotes doubled; numbers are Swift's
/// shortest round-trip form of the `Double`. ``CSVTable`` reads such files back.
package enum CSVText {
  /// A number field: shortest round-trip form, or empty for `nil`, NaN and ±∞.
  package static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return value.description
  }

  /// A text field, quoted only when it must be.
  package static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
  }
}
