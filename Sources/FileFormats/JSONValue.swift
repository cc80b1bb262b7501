import Foundation

/// A parsed JSON value with Foundation's bridging ambiguities removed.
///
/// `JSONSerialization` hands back `NSNumber` for both numbers and booleans (on Linux `true`
/// is an `NSNumber` that also casts to `Int`, and `1` casts to `Bool`), so reading `Any`
/// directly would accept `true` for a head count. ``init(foundation:)`` classifies each value
/// once, by the number's storage type, and the scenario reader works on this enum only.
package enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// Every JSON number, as a `Double` (integers are exact up to 2^53).
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// Converts the output of `JSONSerialization.jsonObject(with:)`.
  /// - Complexity: O(n) in the size of the tree.
  package init(foundation value: Any) {
    switch value {
    case let dictionary as [String: Any]:
      self = .object(dictionary.mapValues { JSONValue(foundation: $0) })
    case let array as [Any]:
      self = .array(array.map { JSONValue(foundation: $0) })
    case let string as String:
      self = .string(string)
    case is NSNull:
      self = .null
    default:
      if type(of: value) == Bool.self, let flag = value as? Bool {
        self = .bool(flag)
      } else if let number = value as? NSNumber {
        // Booleans are stored as `char` ("c"); JSON numbers never are.
        if String(cString: number.objCType) == "c" {
          self = .bool(number.boolValue)
        } else {
          self = .number(number.doubleValue)
        }
      } else if let int = value as? Int {
        self = .number(Double(int))
      } else if let double = value as? Double {
        self = .number(double)
      } else {
        self = .string(String(describing: value))
      }
    }
  }

  /// The kind in words, with its article: `a number`, `a string`, `null`.
  package var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// A short rendering for messages: `-1`, `0.25`, `"abc"`, `true`, `null`,
  /// `an array of 3`, `an object`.
  package var rendered: String {
    switch self {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let x): JSONValue.format(x)
    case .string(let s): s.count > 60 ? "\"\(s.prefix(57))...\"" : "\"\(s)\""
    case .array(let items): "an array of \(items.count)"
    case .object: "an object"
    }
  }

  /// `12` for whole numbers below 10^15, otherwise Swift's shortest round-trip form (`0.1`).
  package static func format(_ x: Double) -> String {
    if x.isFinite, x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
  }
}
