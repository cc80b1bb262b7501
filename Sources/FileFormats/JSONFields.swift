import Foundation

/// The one reader of the project's own JSON files (`summary.json`, `comparison.json`,
/// `manifest.json`, each line of `runs.jsonl`): typed reads from one JSON object, each failure
/// a ``FileReadError`` naming the file and the key path.
///
/// Numbers read back exactly: a `Double` written in its shortest round-trip form reads as the
/// same bits, and a whole number keeps every digit (a seed up to 2^64 − 1 is not rounded
/// through `Double`). (`JSONSerialization` on Linux rounds about 4 in 10 such doubles to a
/// neighbour, so the tree comes from `JSONDecoder`, which parses numbers exactly.) Booleans are
/// never numbers. Keys it is not asked about are ignored: output files may gain keys, and
/// older readers still read them.
package struct JSONFields {
  /// The file, as named in errors.
  package let file: String
  /// Key path of this object in the file ("" at the root).
  package let path: String
  private let object: [String: Node]

  private init(file: String, path: String, object: [String: Node]) {
    self.file = file
    self.path = path
    self.object = object
  }

  /// The root object of the JSON file at `url`.
  /// - Throws: ``FileReadError`` when the file cannot be read or is not a JSON object.
  /// - Complexity: O(file size).
  package static func root(of url: URL) throws(FileReadError) -> JSONFields {
    let file = url.path
    guard let data = FileManager.default.contents(atPath: file) else {
      throw FileReadError(path: file, message: "cannot be read")
    }
    guard let root = parse(data, file: file) else { throw FileReadError(path: file, message: "is not a JSON object") }
    return root
  }

  /// The JSON object in `data` (a whole file, or one line of a JSON Lines file), or `nil` when
  /// `data` is not one. O(data size).
  package static func parse(_ data: Data, file: String) -> JSONFields? {
    guard case .object(let object)? = try? JSONDecoder().decode(Node.self, from: data) else { return nil }
    return JSONFields(file: file, path: "", object: object)
  }

  /// Whether the object has `key` (with any value, `null` included).
  package func contains(_ key: String) -> Bool { object[key] != nil }

  /// The number of keys.
  package var count: Int { object.count }

  /// The key path of `key` in this object.
  package func keyPath(_ key: String) -> String { JSONPath.child(path, key) }

  private func fail(_ key: String, _ expected: String) -> FileReadError {
    FileReadError(
      path: file, location: keyPath(key), message: object[key] == nil ? "missing (\(expected))" : "not \(expected)")
  }

  package func string(_ key: String) throws(FileReadError) -> String {
    guard case .string(let value)? = object[key] else { throw fail(key, "a string") }
    return value
  }

  /// A string, or `nil` when the key is absent.
  package func optionalString(_ key: String) throws(FileReadError) -> String? {
    guard contains(key) else { return nil }
    return try string(key)
  }

  /// A whole number in `range`.
  package func integer(_ key: String, _ range: ClosedRange<Int> = Int.min...Int.max) throws(FileReadError) -> Int {
    guard let value = object[key]?.integer, range.contains(value) else {
      let bounds =
        range.upperBound < Int.max
        ? " \(range.lowerBound) ... \(range.upperBound)"
        : range.lowerBound > Int.min ? " ≥ \(range.lowerBound)" : ""
      throw fail(key, "a whole number\(bounds)")
    }
    return value
  }

  /// A whole number 0 ... 2^64 − 1, every digit kept (seeds).
  package func unsigned(_ key: String) throws(FileReadError) -> UInt64 {
    guard let value = object[key]?.unsigned else {
      throw fail(key, "a whole number 0 ... \(UInt64.max)")
    }
    return value
  }

  /// A number, or `nil` for JSON `null` (undefined statistics).
  package func number(_ key: String) throws(FileReadError) -> Double? {
    if case .null? = object[key] { return nil }
    guard let number = object[key]?.number else { throw fail(key, "a number or null") }
    return number
  }

  /// A number that must be there and not `null`.
  package func finite(_ key: String) throws(FileReadError) -> Double {
    guard let number = object[key]?.number else { throw fail(key, "a number") }
    return number
  }

  /// A number that may be missing or `null` (then `nil`).
  package func optionalNumber(_ key: String) throws(FileReadError) -> Double? {
    contains(key) ? try number(key) : nil
  }

  package func bool(_ key: String) throws(FileReadError) -> Bool {
    guard case .bool(let flag)? = object[key] else { throw fail(key, "true or false") }
    return flag
  }

  /// An array of numbers, `null` elements read as NaN.
  package func numbers(_ key: String) throws(FileReadError) -> [Double] {
    guard case .array(let values)? = object[key] else { throw fail(key, "an array of numbers") }
    var out: [Double] = []
    for (i, value) in values.enumerated() {
      if case .null = value {
        out.append(.nan)
      } else if let number = value.number {
        out.append(number)
      } else {
        throw FileReadError(path: file, location: JSONPath.element(keyPath(key), i), message: "not a number")
      }
    }
    return out
  }

  /// An array of strings.
  package func strings(_ key: String) throws(FileReadError) -> [String] {
    guard case .array(let values)? = object[key] else { throw fail(key, "an array of strings") }
    var out: [String] = []
    for (i, value) in values.enumerated() {
      guard case .string(let text) = value else {
        throw FileReadError(path: file, location: JSONPath.element(keyPath(key), i), message: "not a string")
      }
      out.append(text)
    }
    return out
  }

  package func fields(_ key: String) throws(FileReadError) -> JSONFields {
    guard case .object(let value)? = object[key] else { throw fail(key, "an object") }
    return JSONFields(file: file, path: keyPath(key), object: value)
  }

  /// An array of objects.
  package func array(_ key: String) throws(FileReadError) -> [JSONFields] {
    guard case .array(let values)? = object[key] else { throw fail(key, "an array") }
    var out: [JSONFields] = []
    for (i, value) in values.enumerated() {
      let location = JSONPath.element(keyPath(key), i)
      guard case .object(let element) = value else {
        throw FileReadError(path: file, location: location, message: "not an object")
      }
      out.append(JSONFields(file: file, path: location, object: element))
    }
    return out
  }

  /// A parsed JSON value, numbers exactly: as `Double` (the sign of −0.0 kept), whole numbers
  /// from 2^53 up as 64-bit integers when they fit.
  private enum Node: Decodable {
    case null
    case bool(Bool)
    case unsigned(UInt64)
    case signed(Int64)
    case double(Double)
    case string(String)
    case array([Node])
    case object([String: Node])

    init(from decoder: any Decoder) throws {
      let value = try decoder.singleValueContainer()
      if value.decodeNil() {
        self = .null
      } else if let flag = try? value.decode(Bool.self) {
        self = .bool(flag)
      } else if let number = try? value.decode(Double.self) {
        // Whole numbers from 2^53 up are not all doubles: read those digit for digit.
        if abs(number) >= 0x1p53, let whole = try? value.decode(UInt64.self) {
          self = .unsigned(whole)
        } else if abs(number) >= 0x1p53, let whole = try? value.decode(Int64.self) {
          self = .signed(whole)
        } else {
          self = .double(number)
        }
      } else if let text = try? value.decode(String.self) {
        self = .string(text)
      } else if let elements = try? value.decode([Node].self) {
        self = .array(elements)
      } else {
        self = .object(try value.decode([String: Node].self))
      }
    }

    /// The value of a number (whole numbers past 2^53 rounded), else `nil`.
    var number: Double? {
      switch self {
      case .unsigned(let whole): Double(whole)
      case .signed(let whole): Double(whole)
      case .double(let number): number
      default: nil
      }
    }

    /// The value of a whole number 0 ... 2^64 − 1, else `nil`.
    var unsigned: UInt64? {
      switch self {
      case .unsigned(let whole): whole
      case .signed(let whole): UInt64(exactly: whole)
      case .double(let number): UInt64(exactly: number)
      default: nil
      }
    }

    /// The value of a whole number that fits `Int`, else `nil`.
    var integer: Int? {
      switch self {
      case .unsigned(let whole): Int(exactly: whole)
      case .signed(let whole): Int(exactly: whole)
      case .double(let number): Int(exactly: number)
      default: nil
      }
    }
  }
}
