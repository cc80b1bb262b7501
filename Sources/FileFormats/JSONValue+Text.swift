extension JSONValue {
  /// `value` as JSON text, deterministic byte for byte: object keys in sorted order, arrays
  /// of numbers on one line, everything else one item per line, indented by two spaces per
  /// level (`indent` first), numbers as ``format(_:)`` writes them (NaN and ±∞, which JSON
  /// lacks, as `null`). O(size of the tree).
  package static func text(of value: JSONValue, indent: String = "") -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let x): return x.isFinite ? format(x) : "null"
    case .string(let s): return JSONText.string(s)
    case .array(let items):
      if items.allSatisfy({ if case .number = $0 { true } else { false } }) {
        return "[" + items.map { text(of: $0) }.joined(separator: ", ") + "]"
      }
      return JSONText.array(items.map { text(of: $0, indent: indent + "  ") }, indent: indent)
    case .object(let fields):
      guard !fields.isEmpty else { return "{}" }
      return JSONText.object(
        fields.keys.sorted().map { ($0, text(of: fields[$0]!, indent: indent + "  ")) }, indent: indent)
    }
  }
}
