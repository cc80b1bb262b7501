import Foundation

/// Typed reads from a JSON object of an output file, each failure a ``ReportInputError``
/// naming the file and the key path.
struct JSONFields {
  let file: String
  /// Key path of this object in the file ("" at the root).
  let path: String
  let object: [String: Any]

  /// The root object of the JSON file at `url`.
  static func root(of url: URL) throws(ReportInputError) -> JSONFields {
    let file = url.path
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ReportInputError(path: file, message: "cannot be read")
    }
    guard let parsed = try? JSONSerialization.jsonObject(with: data), let object = parsed as? [String: Any] else {
      throw ReportInputError(path: file, message: "is not a JSON object")
    }
    return JSONFields(file: file, path: "", object: object)
  }

  private func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  private func fail(_ key: String, _ expected: String) -> ReportInputError {
    ReportInputError(path: file, location: keyPath(key), message: object[key] == nil ? "missing (\(expected))" : "not \(expected)")
  }

  func string(_ key: String) throws(ReportInputError) -> String {
    guard let value = object[key] as? String else { throw fail(key, "a string") }
    return value
  }

  /// A string, or `nil` when the key is absent.
  func optionalString(_ key: String) throws(ReportInputError) -> String? {
    guard object[key] != nil else { return nil }
    return try string(key)
  }

  func integer(_ key: String) throws(ReportInputError) -> Int {
    guard let number = Self.number(object[key]), let value = Int(exactly: number.doubleValue) else {
      throw fail(key, "a whole number")
    }
    return value
  }

  /// A number, or `nil` for JSON `null` (undefined statistics).
  func number(_ key: String) throws(ReportInputError) -> Double? {
    if object[key] is NSNull { return nil }
    guard let number = Self.number(object[key]) else { throw fail(key, "a number or null") }
    return number.doubleValue
  }

  func bool(_ key: String) throws(ReportInputError) -> Bool {
    guard let value = object[key], Self.isBoolean(value), let flag = value as? Bool else { throw fail(key, "true or false") }
    return flag
  }

  /// A JSON number (not a boolean) as `JSONSerialization` gives it.
  static func number(_ value: Any?) -> NSNumber? {
    guard let value, !isBoolean(value), let number = value as? NSNumber else { return nil }
    return number
  }

  /// Whether a parsed value is a JSON boolean. On Linux `JSONSerialization` returns `NSNumber`
  /// for both, and `0` also casts to `Bool`; booleans are stored as `char` ("c").
  private static func isBoolean(_ value: Any) -> Bool {
    if type(of: value) == Bool.self { return true }
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  func fields(_ key: String) throws(ReportInputError) -> JSONFields {
    guard let value = object[key] as? [String: Any] else { throw fail(key, "an object") }
    return JSONFields(file: file, path: keyPath(key), object: value)
  }

  func array(_ key: String) throws(ReportInputError) -> [JSONFields] {
    guard let values = object[key] as? [Any] else { throw fail(key, "an array") }
    var out: [JSONFields] = []
    for (i, value) in values.enumerated() {
      guard let element = value as? [String: Any] else {
        throw ReportInputError(path: file, location: "\(keyPath(key))[\(i)]", message: "not an object")
      }
      out.append(JSONFields(file: file, path: "\(keyPath(key))[\(i)]", object: element))
    }
    return out
  }
}
