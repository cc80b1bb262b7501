/// `--name value` options for a benchmark, with typed look-ups and clear errors.
struct BenchmarkArguments {
  private var values: [String: String] = [:]
  private var consumed: Set<String> = []
  let command: String

  /// Parses `arguments` (without the program name) as `command --key value …`.
  init(_ arguments: [String]) throws(UsageError) {
    guard let first = arguments.first else { throw UsageError("missing benchmark name") }
    command = first
    var i = 1
    while i < arguments.count {
      let key = arguments[i]
      guard key.hasPrefix("--"), key.count > 2 else { throw UsageError("expected an option, got '\(key)'") }
      guard i + 1 < arguments.count else { throw UsageError("option \(key) needs a value") }
      values[String(key.dropFirst(2))] = arguments[i + 1]
      i += 2
    }
  }

  /// The option `--name` as a `T`, or `defaultValue`; rejects values outside `range`.
  mutating func value<T: LosslessStringConvertible & Comparable>(
    _ name: String, default defaultValue: T, in range: ClosedRange<T>
  ) throws(UsageError) -> T {
    consumed.insert(name)
    guard let text = values[name] else { return defaultValue }
    guard let parsed = T(text) else { throw UsageError("--\(name) '\(text)' is not a valid \(T.self)") }
    guard range.contains(parsed) else {
      throw UsageError("--\(name) \(text) is out of range (allowed: \(range.lowerBound) ... \(range.upperBound))")
    }
    return parsed
  }

  /// The string value of `--name`, or `defaultValue`.
  mutating func value(_ name: String, default defaultValue: String) -> String {
    consumed.insert(name)
    return values[name] ?? defaultValue
  }

  /// Throws if an option was given that no look-up asked for (a typo must not pass silently).
  func rejectUnknown() throws(UsageError) {
    if let unknown = values.keys.sorted().first(where: { !consumed.contains($0) }) {
      throw UsageError("unknown option --\(unknown) for '\(command)'")
    }
  }
}

/// A command-line mistake, reported on stderr with exit status 64.
struct UsageError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
