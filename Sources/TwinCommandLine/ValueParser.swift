/// How an option's text becomes a typed value, and what a valid value is, in words.
///
/// The words serve the error (`--days '1.5' is not a positive whole number`), the help and
/// the completion scripts (``allowedValues``, ``completion``), so each kind of value is
/// described once.
public struct ValueParser<Value: Sendable>: Sendable {
  /// The value's name in usage lines (`N`, `DIR`; for choices, `table|json|csv`).
  public var placeholder: String
  /// What a valid value is, after "is not" or "needs" in an error: `a positive whole number`.
  public var expectation: String
  /// Every value accepted, when they can be listed (help, completion, did-you-mean).
  public var allowedValues: [String]
  /// What a shell offers for the value.
  public var completion: Completion
  /// A line shown under the error for a bad value (an example), or `nil`.
  public var hint: String?
  /// The value, or `nil` if `text` is not valid.
  public let convert: @Sendable (String) -> Value?
  /// A value in the words the command line takes it in (defaults in help).
  public let format: @Sendable (Value) -> String

  public init(
    placeholder: String, expectation: String, allowedValues: [String] = [], completion: Completion = .none,
    hint: String? = nil, convert: @escaping @Sendable (String) -> Value?,
    format: @escaping @Sendable (Value) -> String = { "\($0)" }
  ) {
    self.placeholder = placeholder
    self.expectation = expectation
    self.allowedValues = allowedValues
    self.completion = completion
    self.hint = hint
    self.convert = convert
    self.format = format
  }
}

extension ValueParser where Value == Int {
  /// A whole number in `range`: `a positive whole number`, `a whole number ≥ 0`, or
  /// `a whole number 1 ... 1000` in errors.
  public static func integer(_ placeholder: String, in range: ClosedRange<Int>) -> ValueParser {
    let expectation =
      switch (range.lowerBound, range.upperBound) {
      case (1, Int.max): "a positive whole number"
      case (let low, Int.max): "a whole number ≥ \(low)"
      case (let low, let high): "a whole number \(low) ... \(high)"
      }
    return ValueParser(placeholder: placeholder, expectation: expectation) { text in
      Int(text).flatMap { range.contains($0) ? $0 : nil }
    }
  }
}

extension ValueParser where Value == UInt64 {
  /// A whole number 0 ... 2^64 − 1, such as a random seed.
  public static func unsigned(_ placeholder: String) -> ValueParser {
    ValueParser(placeholder: placeholder, expectation: "a whole number 0 ... \(UInt64.max)") { UInt64($0) }
  }
}

extension ValueParser where Value == Double {
  /// A number for which `isValid` holds, described by `expectation`.
  public static func number(
    _ placeholder: String, _ expectation: String, where isValid: @escaping @Sendable (Double) -> Bool
  ) -> ValueParser {
    ValueParser(placeholder: placeholder, expectation: expectation) { text in
      Double(text).flatMap { isValid($0) ? $0 : nil }
    }
  }

  /// A number in `range`.
  public static func number(_ placeholder: String, in range: ClosedRange<Double>) -> ValueParser {
    number(placeholder, "a number \(range.lowerBound) ... \(range.upperBound)") { range.contains($0) }
  }
}

extension ValueParser where Value == String {
  /// Any non-empty text, such as a name; `expectation` says what (`a daily series name`).
  public static func text(_ placeholder: String, _ expectation: String, completion: Completion = .none) -> ValueParser {
    ValueParser(placeholder: placeholder, expectation: expectation, completion: completion) { $0.isEmpty ? nil : $0 }
  }

  /// A path to a file, completed from the file system.
  public static func file(_ placeholder: String = "FILE") -> ValueParser {
    text(placeholder, "a file name", completion: .files(extension: nil))
  }

  /// A path to a folder, completed from the file system's folders.
  public static func directory(_ placeholder: String = "DIR") -> ValueParser {
    text(placeholder, "a directory name", completion: .directories)
  }
}

extension ValueParser where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
  /// One of the cases of `Value`, by raw value: `table|json|csv`.
  public static func choice(_ type: Value.Type = Value.self) -> ValueParser {
    let names = Value.allCases.map(\.rawValue)
    return ValueParser(
      placeholder: names.joined(separator: "|"), expectation: "one of \(names.joined(separator: ", "))",
      allowedValues: names, convert: { Value(rawValue: $0) }, format: { $0.rawValue })
  }
}
