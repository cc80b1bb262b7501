import FileFormats

/// Checks of single JSON values against the expected type and range. Each returns `nil`
/// after reporting at `path` when the value is unusable; callers substitute a placeholder.
/// All are O(1) except where noted.
extension ProblemCollector {
  /// A number satisfying `rule`; booleans, strings and the like are type errors.
  package func number(_ value: JSONValue, at path: String, _ rule: NumberRule) -> Double? {
    guard case .number(let x) = value else {
      report(path, value: value.rendered, "expected a number, got \(value.kindName)", allowed: rule.allowed)
      return nil
    }
    guard rule.accepts(x) else {
      report(path, value: value.rendered, "must be \(rule.allowed)", allowed: rule.allowed)
      return nil
    }
    return x
  }

  /// A whole number in `range` (`12.0` is accepted, `12.5` is not).
  package func integer(_ value: JSONValue, at path: String, _ range: ClosedRange<Int>) -> Int? {
    let allowed = Self.wording(range)
    guard case .number(let x) = value else {
      report(path, value: value.rendered, "expected a whole number, got \(value.kindName)", allowed: allowed)
      return nil
    }
    guard x == x.rounded() else {
      report(path, value: value.rendered, "must be a whole number", allowed: allowed)
      return nil
    }
    // Past 2⁵³ − 1 a JSON number is inexact, and past every range here.
    guard abs(x) <= 9_007_199_254_740_991, range.contains(Int(x)) else {
      report(path, value: value.rendered, "must be \(allowed)", allowed: allowed)
      return nil
    }
    return Int(x)
  }

  /// What an object-valued and an array-valued key take, in problems.
  package static let anObject = "an object {…}"
  package static let anArray = "an array […]"

  /// `"casework", "patrol"`: the choices of a string key, quoted.
  package static func wording(choices: [String]) -> String {
    choices.map { "\"\($0)\"" }.joined(separator: ", ")
  }

  /// `a whole number 1 ... 3650`, or `a whole number ≥ 0` when unbounded above.
  package static func wording(_ range: ClosedRange<Int>) -> String {
    range.upperBound == .max
      ? "a whole number ≥ \(range.lowerBound)" : "a whole number \(range.lowerBound) ... \(range.upperBound)"
  }

  /// A string; `nonEmpty` also rejects `""`.
  package func string(_ value: JSONValue, at path: String, nonEmpty: Bool = false) -> String? {
    guard case .string(let s) = value else {
      report(
        path, value: value.rendered, "expected a string, got \(value.kindName)",
        allowed: nonEmpty ? "a non-empty string" : "a string")
      return nil
    }
    if nonEmpty, s.isEmpty {
      report(path, value: value.rendered, "must not be empty", allowed: "a non-empty string")
      return nil
    }
    return s
  }

  /// A string matching `[a-z0-9_]+` (ids used in metric names and file columns). A string
  /// that breaks the pattern is reported but still returned, so later references to it do
  /// not cascade into "unknown id" problems.
  package func identifier(_ value: JSONValue, at path: String) -> String? {
    guard let s = string(value, at: path) else { return nil }
    let valid =
      !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    if !valid {
      report(
        path, value: value.rendered, "must be an identifier of lower-case letters, digits and '_'",
        allowed: "[a-z0-9_]+")
    }
    return s
  }

  /// One of `allowed` (compared exactly), with a did-you-mean for near misses.
  package func stringEnum(_ value: JSONValue, at path: String, allowed: [String]) -> String? {
    let wording = Self.wording(choices: allowed)
    guard case .string(let s) = value else {
      report(path, value: value.rendered, "expected a string, got \(value.kindName)", allowed: wording)
      return nil
    }
    guard allowed.contains(s) else {
      report(
        path, value: value.rendered, "not a known choice\(EditDistance.suggestion(for: s, in: allowed))",
        allowed: wording)
      return nil
    }
    return s
  }

  /// An object, as a reader whose problems land here.
  package func object(_ value: JSONValue, at path: String) -> ObjectReader? {
    guard case .object(let fields) = value else {
      report(path, value: value.rendered, "expected an object {…}, got \(value.kindName)", allowed: Self.anObject)
      return nil
    }
    return ObjectReader(path: path, fields: fields, problems: self)
  }

  /// An array; `nonEmpty` also rejects `[]`, and one longer than `maxCount` is rejected whole
  /// (its elements are not read: one problem, not one per element).
  package func array(
    _ value: JSONValue, at path: String, nonEmpty: Bool = false, maxCount: Int = .max
  ) -> [JSONValue]? {
    guard case .array(let items) = value else {
      report(path, value: value.rendered, "expected an array […], got \(value.kindName)", allowed: Self.anArray)
      return nil
    }
    if nonEmpty, items.isEmpty {
      let allowed = maxCount == .max ? "at least one element" : "1 ... \(maxCount) elements"
      report(path, value: "[]", "must not be empty", allowed: allowed)
      return nil
    }
    if items.count > maxCount {
      report(
        path, value: "\(items.count) elements", "too many: at most \(maxCount)",
        allowed: "\(nonEmpty ? 1 : 0) ... \(maxCount) elements")
      return nil
    }
    return items
  }

  /// An array of numbers, each satisfying `rule`; `count` demands an exact length. Returns
  /// `nil` if any element is bad (all bad elements are reported).
  /// - Complexity: O(elements).
  package func numbers(
    _ value: JSONValue, at path: String, _ rule: NumberRule, count: Int? = nil, nonEmpty: Bool = false,
    maxCount: Int = .max
  ) -> [Double]? {
    guard let items = array(value, at: path, nonEmpty: nonEmpty, maxCount: maxCount) else { return nil }
    if let count, items.count != count {
      report(
        path, value: value.rendered, "must have exactly \(count) numbers",
        allowed: "\(count) numbers, each \(rule.allowed)")
      return nil
    }
    let xs = items.enumerated().map { number($1, at: JSONPath.element(path, $0), rule) }
    return xs.contains { $0 == nil } ? nil : xs.map { $0! }
  }

  /// The weekdays as files name them, Monday first.
  static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

  /// Weekday names (`"mon"` … `"sun"`), non-empty and without repeats, as indices 0 = Monday
  /// … 6 = Sunday.
  package func weekdays(_ value: JSONValue, at path: String) -> Set<Int>? {
    let names = Self.weekdayNames
    guard let items = array(value, at: path, nonEmpty: true) else { return nil }
    var days = Set<Int>()
    var ok = true
    for (i, item) in items.enumerated() {
      let itemPath = JSONPath.element(path, i)
      guard let name = stringEnum(item, at: itemPath, allowed: names), let day = names.firstIndex(of: name) else {
        ok = false
        continue
      }
      if !days.insert(day).inserted {
        report(itemPath, value: item.rendered, "repeats an earlier day", allowed: "each day at most once")
        ok = false
      }
    }
    return ok ? days : nil
  }

  /// A time of day `"HH:MM"` as minutes after midnight; `"24:00"` only if `allowsEndOfDay`.
  package func clockTime(_ value: JSONValue, at path: String, allowsEndOfDay: Bool) -> Int? {
    let allowed = allowsEndOfDay ? "\"HH:MM\", 00:00 ... 24:00" : "\"HH:MM\", 00:00 ... 23:59"
    guard let s = string(value, at: path) else { return nil }
    let chars = Array(s)
    guard chars.count == 5, chars[2] == ":", let hours = Int(String(chars[0..<2])),
      let minutes = Int(String(chars[3..<5])),
      chars[0].isASCII, chars[1].isASCII, chars[3].isASCII, chars[4].isASCII, chars[0].isNumber, chars[1].isNumber,
      chars[3].isNumber, chars[4].isNumber
    else {
      report(path, value: value.rendered, "must be a time of day written HH:MM", allowed: allowed)
      return nil
    }
    let total = hours * 60 + minutes
    guard minutes < 60, total < 24 * 60 || (allowsEndOfDay && total == 24 * 60) else {
      report(path, value: value.rendered, "not a time of day", allowed: allowed)
      return nil
    }
    return total
  }
}
