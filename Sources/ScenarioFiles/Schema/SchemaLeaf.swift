import FileFormats

/// JSON Schemas of the single values ``ObjectReader``'s accessors read, from the same rules
/// the accessors check (``NumberRule``'s intervals, an integer's range, an enum's choices), each
/// with the allowed range in words as its `description` and the key's default, if any.
enum SchemaLeaf {
  /// A number in `rule`: one interval as `minimum`/`maximum` (`exclusive…` for an open end),
  /// several as `anyOf`.
  static func number(_ rule: NumberRule, default value: Double? = nil) -> JSONValue {
    var schema = bounds(rule)
    schema["description"] = .string(rule.allowed)
    if let value { schema["default"] = .number(value) }
    return .object(schema)
  }

  /// `rule`'s intervals as schema keywords, without a description.
  private static func bounds(_ rule: NumberRule) -> [String: JSONValue] {
    let intervals = rule.intervals.map { interval -> JSONValue in
      if interval.low == interval.high, !interval.lowExclusive, !interval.highExclusive {
        return .object(["const": .number(interval.low)])
      }
      var schema: [String: JSONValue] = [:]
      if interval.low.isFinite {
        schema[interval.lowExclusive ? "exclusiveMinimum" : "minimum"] = .number(interval.low)
      }
      if interval.high.isFinite {
        schema[interval.highExclusive ? "exclusiveMaximum" : "maximum"] = .number(interval.high)
      }
      return .object(schema)
    }
    guard intervals.count > 1 else {
      guard case .object(var schema) = intervals[0] else { preconditionFailure("an interval is an object") }
      schema["type"] = .string("number")
      return schema
    }
    return ["type": .string("number"), "anyOf": .array(intervals)]
  }

  /// A whole number in `range` (no `maximum` when the range is unbounded above).
  static func integer(_ range: ClosedRange<Int>, default value: Int? = nil) -> JSONValue {
    var schema: [String: JSONValue] = [
      "type": .string("integer"), "minimum": .number(Double(range.lowerBound)),
      "description": .string(ProblemCollector.wording(range)),
    ]
    if range.upperBound != .max { schema["maximum"] = .number(Double(range.upperBound)) }
    if let value { schema["default"] = .number(Double(value)) }
    return .object(schema)
  }

  /// A string (at least one character when `nonEmpty`).
  static func string(nonEmpty: Bool, default value: String? = nil) -> JSONValue {
    var schema: [String: JSONValue] = ["type": .string("string")]
    if nonEmpty { schema["minLength"] = .number(1) }
    if let value { schema["default"] = .string(value) }
    return .object(schema)
  }

  /// An identifier: lower-case letters, digits and `_`.
  static let identifier = JSONValue.object([
    "type": .string("string"), "pattern": .string("^[a-z0-9_]+$"), "description": .string("[a-z0-9_]+"),
  ])

  /// `true` or `false`.
  static func bool(default value: Bool) -> JSONValue {
    .object(["type": .string("boolean"), "default": .bool(value)])
  }

  /// One of `allowed`.
  static func enumeration(_ allowed: [String], default value: String? = nil) -> JSONValue {
    var schema: [String: JSONValue] = ["enum": .array(allowed.map(JSONValue.string))]
    if let value { schema["default"] = .string(value) }
    return .object(schema)
  }

  /// Exactly `value` (a variant's discriminating key).
  static func constant(_ value: String) -> JSONValue { .object(["const": .string(value)]) }

  /// An array of numbers in `rule`: `count` of them, or a count in bounds.
  static func numbers(_ rule: NumberRule, count: Int?, nonEmpty: Bool = false, maxCount: Int = .max) -> JSONValue {
    var schema = array(of: .object(bounds(rule)), nonEmpty: nonEmpty, maxCount: maxCount)
    if let count {
      schema["minItems"] = .number(Double(count))
      schema["maxItems"] = .number(Double(count))
    }
    schema["description"] = .string("numbers, each \(rule.allowed)")
    return .object(schema)
  }

  /// An array of anything (its elements checked by the reader one by one), with its bounds.
  static func anyArray(nonEmpty: Bool, maxCount: Int) -> JSONValue {
    .object(array(of: .object([:]), nonEmpty: nonEmpty, maxCount: maxCount))
  }

  /// An array of `allowed` strings, each given once.
  static func distinctChoices(_ allowed: [String], nonEmpty: Bool) -> JSONValue {
    var schema = array(of: enumeration(allowed), nonEmpty: nonEmpty, maxCount: .max)
    schema["uniqueItems"] = .bool(true)
    return .object(schema)
  }

  /// A time of day `"HH:MM"`, up to 23:59, or 24:00 when `allowsEndOfDay`.
  static func clockTime(allowsEndOfDay: Bool) -> JSONValue {
    let pattern = allowsEndOfDay ? "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" : "^([01][0-9]|2[0-3]):[0-5][0-9]$"
    return .object(["type": .string("string"), "pattern": .string(pattern)])
  }

  private static func array(of items: JSONValue, nonEmpty: Bool, maxCount: Int) -> [String: JSONValue] {
    var schema: [String: JSONValue] = ["type": .string("array"), "items": items]
    if nonEmpty { schema["minItems"] = .number(1) }
    if maxCount != .max { schema["maxItems"] = .number(Double(maxCount)) }
    return schema
  }
}
