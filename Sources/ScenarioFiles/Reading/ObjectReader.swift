import FileFormats
import SimKernel

/// Reads one JSON object of a scenario file key by key, reporting every problem and
/// remembering which keys it was asked about, so ``finish()`` can report the rest as unknown.
///
/// Every accessor returns a usable value: the file's value if it is valid, else the key's
/// default, else a placeholder. Problems go to the shared ``ProblemCollector``; the file is
/// rejected at the end if there are any, so placeholders never reach a simulation.
///
/// A *placeholder reader* (``isPlaceholder``) stands in for an object that is missing or not
/// an object: it has no keys, reports nothing (the absence was reported once, or the
/// object is optional and its defaults apply) and returns defaults and placeholders. This
/// keeps one missing `capture` from producing a "required key is missing" for each key inside.
///
/// Accessors cost O(1) plus the value's size; ``finish()`` costs O(unknown keys × known keys ×
/// key length) for the suggestions.
package final class ObjectReader {
  /// Key path of this object (`""` at the top level).
  package let path: String
  package let fields: [String: JSONValue]
  package let problems: ProblemCollector
  /// Whether this reader stands in for a missing or malformed object.
  package let isPlaceholder: Bool
  /// Keys asked about so far, in order: the allowed keys for ``finish()``.
  private var known: [String] = []
  private var knownSet: Set<String> = []

  package init(path: String, fields: [String: JSONValue], problems: ProblemCollector, isPlaceholder: Bool = false) {
    self.path = path
    self.fields = fields
    self.problems = problems
    self.isPlaceholder = isPlaceholder
  }

  /// A silent, empty reader for the object at `path`.
  package static func placeholder(at path: String, problems: ProblemCollector) -> ObjectReader {
    ObjectReader(path: path, fields: [:], problems: problems, isPlaceholder: true)
  }

  /// Key path of `key` in this object.
  package func path(_ key: String) -> String { JSONPath.child(path, key) }

  /// The raw value of `key`, marking the key as known.
  package func value(_ key: String) -> JSONValue? {
    if knownSet.insert(key).inserted { known.append(key) }
    return fields[key]
  }

  /// Whether `key` is present (and marks it known).
  package func contains(_ key: String) -> Bool { value(key) != nil }

  /// Reports that required `key`, which takes `allowed`, is absent (placeholder readers stay
  /// silent).
  package func reportMissing(_ key: String, allowed: String) {
    if !isPlaceholder { problems.report(path(key), "required key is missing", allowed: allowed) }
  }

  /// The value of `key`, or `nil` after reporting it missing (it takes `allowed`) when
  /// `required`.
  private func lookup(_ key: String, required: Bool, allowed: @autoclosure () -> String) -> JSONValue? {
    guard let v = value(key) else {
      if required { reportMissing(key, allowed: allowed()) }
      return nil
    }
    return v
  }

  // MARK: - Typed accessors

  /// A number in `rule`; `default == nil` makes the key required.
  package func number(_ key: String, default defaultValue: Double? = nil, _ rule: NumberRule) -> Double {
    let fallback = defaultValue ?? rule.placeholder
    guard let v = lookup(key, required: defaultValue == nil, allowed: rule.allowed) else { return fallback }
    return problems.number(v, at: path(key), rule) ?? fallback
  }

  /// A whole number in `range`; `default == nil` makes the key required.
  package func integer(_ key: String, default defaultValue: Int? = nil, _ range: ClosedRange<Int>) -> Int {
    let fallback = defaultValue ?? range.lowerBound
    let allowed = ProblemCollector.wording(range)
    guard let v = lookup(key, required: defaultValue == nil, allowed: allowed) else { return fallback }
    return problems.integer(v, at: path(key), range) ?? fallback
  }

  /// A string; `default == nil` makes the key required.
  package func string(_ key: String, default defaultValue: String? = nil, nonEmpty: Bool = false) -> String {
    let allowed = nonEmpty ? "a non-empty string" : "a string"
    guard let v = lookup(key, required: defaultValue == nil, allowed: allowed) else { return defaultValue ?? "" }
    return problems.string(v, at: path(key), nonEmpty: nonEmpty) ?? (defaultValue ?? "")
  }

  /// A required identifier (`[a-z0-9_]+`); `nil` only if missing or not a string.
  package func identifier(_ key: String) -> String? {
    guard let v = lookup(key, required: true, allowed: "[a-z0-9_]+") else { return nil }
    return problems.identifier(v, at: path(key))
  }

  /// `true` or `false`, or the default.
  package func bool(_ key: String, default defaultValue: Bool) -> Bool {
    guard let v = lookup(key, required: false, allowed: "true, false") else { return defaultValue }
    guard case .bool(let b) = v else {
      problems.report(path(key), value: v.rendered, "expected true or false, got \(v.kindName)", allowed: "true, false")
      return defaultValue
    }
    return b
  }

  /// One of `allowed`; `default == nil` makes the key required. `nil` if missing or invalid.
  package func stringEnum(_ key: String, allowed: [String], default defaultValue: String? = nil) -> String? {
    let wording = ProblemCollector.wording(choices: allowed)
    guard let v = lookup(key, required: defaultValue == nil, allowed: wording) else { return defaultValue }
    return problems.stringEnum(v, at: path(key), allowed: allowed)
  }

  /// The object at `key`: a real reader if present and an object, else a placeholder reader
  /// (after reporting, if `required` or of the wrong type).
  package func object(_ key: String, required: Bool) -> ObjectReader {
    guard let v = lookup(key, required: required, allowed: ProblemCollector.anObject),
      let reader = problems.object(v, at: path(key))
    else {
      return .placeholder(at: path(key), problems: problems)
    }
    return reader
  }

  /// The array at `key`, or `nil` (reported if `required`, of the wrong type, empty when
  /// `nonEmpty`, or longer than `maxCount`).
  package func array(_ key: String, required: Bool, nonEmpty: Bool = false, maxCount: Int = .max) -> [JSONValue]? {
    guard let v = lookup(key, required: required, allowed: ProblemCollector.anArray) else { return nil }
    return problems.array(v, at: path(key), nonEmpty: nonEmpty, maxCount: maxCount)
  }

  /// The objects of the array at `key`, one reader per element (`key[i]`); an element that
  /// is not an object is reported and read through a placeholder reader, so result indices
  /// stay file indices. Returns `[]` if the array is missing or bad.
  package func objects(_ key: String, required: Bool, nonEmpty: Bool = false, maxCount: Int = .max) -> [ObjectReader] {
    guard let items = array(key, required: required, nonEmpty: nonEmpty, maxCount: maxCount) else { return [] }
    return items.enumerated().map { i, item in
      let itemPath = JSONPath.element(path(key), i)
      return problems.object(item, at: itemPath) ?? .placeholder(at: itemPath, problems: problems)
    }
  }

  /// An array of numbers in `rule` (exactly `count` of them if given), or the default.
  package func numbers(_ key: String, default defaultValue: [Double], _ rule: NumberRule, count: Int? = nil) -> [Double]
  {
    guard let v = value(key) else { return defaultValue }
    return problems.numbers(v, at: path(key), rule, count: count) ?? defaultValue
  }

  /// Weekday names as indices 0 = Monday … 6 = Sunday, or the default.
  package func weekdays(_ key: String, default defaultValue: Set<Int>) -> Set<Int> {
    guard let v = value(key) else { return defaultValue }
    return problems.weekdays(v, at: path(key)) ?? defaultValue
  }

  /// A time of day `"HH:MM"` in minutes after midnight, or the default.
  package func clockTime(_ key: String, default defaultValue: Int, allowsEndOfDay: Bool) -> Int {
    guard let v = value(key) else { return defaultValue }
    return problems.clockTime(v, at: path(key), allowsEndOfDay: allowsEndOfDay) ?? defaultValue
  }

  /// A distribution (see ``ProblemCollector/distribution(_:at:use:)``); `default == nil`
  /// makes the key required.
  func distribution(_ key: String, default defaultValue: Distribution? = nil, _ use: DistributionUse) -> Distribution {
    let allowed = "a distribution: " + DistributionFamily.wording
    guard let v = lookup(key, required: defaultValue == nil, allowed: allowed) else {
      return defaultValue ?? DistributionUse.placeholder
    }
    return problems.distribution(v, at: path(key), use: use) ?? defaultValue ?? DistributionUse.placeholder
  }

  /// Reports `key`, if present, as a key the format no longer has, saying what replaced it
  /// (`replacement`, a sentence): `satisfaction.on_time_score: key 'on_time_score' was
  /// removed; use 'served_uplift' …`. Marks it known, so ``finish()`` does not report it again.
  package func reportRetired(_ key: String, replacement: String) {
    guard !isPlaceholder, fields[key] != nil else { return }
    knownSet.insert(key)  // not in `known`: never offered as an allowed key
    problems.report(path(key), "key '\(key)' was removed; \(replacement)")
  }

  // MARK: - Finishing

  /// Reports every key of the object that no accessor asked about, with the allowed keys
  /// and, when one is within two edits, a suggestion:
  /// `needs[0].work_hour: unknown key 'work_hour'; did you mean 'work_hours'? (allowed: …)`.
  package func finish() {
    guard !isPlaceholder else { return }
    for key in fields.keys.sorted() where !knownSet.contains(key) {
      problems.report(
        path(key), "unknown key '\(key)'\(EditDistance.suggestion(for: key, in: known))",
        allowed: known.joined(separator: ", "))
    }
  }
}
