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
/// A *recording reader* (``init(recording:path:problems:)``) reads no file: it writes what each
/// accessor asks for (type, range, required or default, enum choices, array bounds) into a
/// ``SchemaNode``, from which the file format's JSON Schema is built, and answers as a reader
/// of a file that has every optional key (``contains(_:)`` is `true`) but no values (each
/// accessor returns its default or placeholder). Running the decoder over recording readers
/// records the whole format (``FileSchema``).
///
/// Every object may hold a `"comment"` string, which the reader ignores.
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
  /// Whether this is a recording reader (``init(recording:path:problems:)``).
  package var isRecording: Bool { schema != nil }
  /// Where a recording reader records what it is asked for; `nil` when reading a file.
  let schema: SchemaNode?
  /// Keys asked about so far, in order: the allowed keys for ``finish()``.
  private var known: [String] = []
  private var knownSet: Set<String> = []

  package init(path: String, fields: [String: JSONValue], problems: ProblemCollector, isPlaceholder: Bool = false) {
    self.path = path
    self.fields = fields
    self.problems = problems
    self.isPlaceholder = isPlaceholder
    self.schema = nil
  }

  /// A recording reader for the object `node` describes (at `path`, for the problems the
  /// decoder reports on the way, which nobody reads).
  init(recording node: SchemaNode, path: String, problems: ProblemCollector) {
    self.path = path
    self.fields = [:]
    self.problems = problems
    self.isPlaceholder = false
    self.schema = node
  }

  /// The key an object may always hold, for notes to the reader of the file.
  static let commentKey = "comment"

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

  /// Whether `key` is present (and marks it known); always, for a recording reader, which
  /// records the key as optional.
  package func contains(_ key: String) -> Bool {
    schema?.recordOptional(key)
    return value(key) != nil || schema != nil
  }

  /// Records `shape` at `key` when recording; `true` if it did (the caller then returns its
  /// fallback).
  private func recorded(_ key: String, _ shape: @autoclosure () -> SchemaNode.Shape, required: Bool) -> Bool {
    guard let schema else { return false }
    _ = value(key)
    schema.record(key, shape(), required: required)
    return true
  }

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
    if recorded(key, .value(SchemaLeaf.number(rule, default: defaultValue)), required: defaultValue == nil) {
      return fallback
    }
    guard let v = lookup(key, required: defaultValue == nil, allowed: rule.allowed) else { return fallback }
    return problems.number(v, at: path(key), rule) ?? fallback
  }

  /// A whole number in `range`; `default == nil` makes the key required.
  package func integer(_ key: String, default defaultValue: Int? = nil, _ range: ClosedRange<Int>) -> Int {
    let fallback = defaultValue ?? range.lowerBound
    let allowed = ProblemCollector.wording(range)
    if recorded(key, .value(SchemaLeaf.integer(range, default: defaultValue)), required: defaultValue == nil) {
      return fallback
    }
    guard let v = lookup(key, required: defaultValue == nil, allowed: allowed) else { return fallback }
    return problems.integer(v, at: path(key), range) ?? fallback
  }

  /// A string; `default == nil` makes the key required.
  package func string(_ key: String, default defaultValue: String? = nil, nonEmpty: Bool = false) -> String {
    let allowed = nonEmpty ? "a non-empty string" : "a string"
    let shape = SchemaNode.Shape.value(SchemaLeaf.string(nonEmpty: nonEmpty, default: defaultValue))
    if recorded(key, shape, required: defaultValue == nil) { return defaultValue ?? "" }
    guard let v = lookup(key, required: defaultValue == nil, allowed: allowed) else { return defaultValue ?? "" }
    return problems.string(v, at: path(key), nonEmpty: nonEmpty) ?? (defaultValue ?? "")
  }

  /// A required identifier (`[a-z0-9_]+`); `nil` only if missing or not a string.
  package func identifier(_ key: String) -> String? {
    if recorded(key, .value(SchemaLeaf.identifier), required: true) { return nil }
    guard let v = lookup(key, required: true, allowed: "[a-z0-9_]+") else { return nil }
    return problems.identifier(v, at: path(key))
  }

  /// `true` or `false`, or the default.
  package func bool(_ key: String, default defaultValue: Bool) -> Bool {
    if recorded(key, .value(SchemaLeaf.bool(default: defaultValue)), required: false) { return defaultValue }
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
    let shape = SchemaNode.Shape.value(SchemaLeaf.enumeration(allowed, default: defaultValue))
    if recorded(key, shape, required: defaultValue == nil) { return defaultValue }
    guard let v = lookup(key, required: defaultValue == nil, allowed: wording) else { return defaultValue }
    return problems.stringEnum(v, at: path(key), allowed: allowed)
  }

  /// The object at `key`: a real reader if present and an object, else a placeholder reader
  /// (after reporting, if `required` or of the wrong type).
  package func object(_ key: String, required: Bool) -> ObjectReader {
    if let schema {
      let node = schema.child(key)
      _ = recorded(key, .object(node), required: required)
      return ObjectReader(recording: node, path: path(key), problems: problems)
    }
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
    if recorded(key, .value(SchemaLeaf.anyArray(nonEmpty: nonEmpty, maxCount: maxCount)), required: required) {
      return nil
    }
    guard let v = lookup(key, required: required, allowed: ProblemCollector.anArray) else { return nil }
    return problems.array(v, at: path(key), nonEmpty: nonEmpty, maxCount: maxCount)
  }

  /// The objects of the array at `key`, one reader per element (`key[i]`); an element that
  /// is not an object is reported and read through a placeholder reader, so result indices
  /// stay file indices. Returns `[]` if the array is missing or bad.
  package func objects(_ key: String, required: Bool, nonEmpty: Bool = false, maxCount: Int = .max) -> [ObjectReader] {
    if isRecording {  // one element, read once, stands for all
      let node = SchemaNode()
      let bound = maxCount == .max ? nil : maxCount
      _ = recorded(key, .objects(node, minItems: nonEmpty ? 1 : 0, maxItems: bound), required: required)
      return [ObjectReader(recording: node, path: JSONPath.element(path(key), 0), problems: problems)]
    }
    guard let items = array(key, required: required, nonEmpty: nonEmpty, maxCount: maxCount) else { return [] }
    return items.enumerated().map { i, item in
      let itemPath = JSONPath.element(path(key), i)
      return problems.object(item, at: itemPath) ?? .placeholder(at: itemPath, problems: problems)
    }
  }

  /// An array of numbers in `rule` (exactly `count` of them if given), or the default.
  package func numbers(_ key: String, default defaultValue: [Double], _ rule: NumberRule, count: Int? = nil) -> [Double]
  {
    if recorded(key, .value(SchemaLeaf.numbers(rule, count: count)), required: false) { return defaultValue }
    guard let v = value(key) else { return defaultValue }
    return problems.numbers(v, at: path(key), rule, count: count) ?? defaultValue
  }

  /// A required array of 1 ... `maxCount` numbers in `rule`; `nil` after reporting it missing
  /// (it takes `allowed`) or bad.
  package func numbers(_ key: String, _ rule: NumberRule, maxCount: Int, allowed: String) -> [Double]? {
    let shape = SchemaLeaf.numbers(rule, count: nil, nonEmpty: true, maxCount: maxCount)
    if recorded(key, .value(shape), required: true) { return nil }
    guard let v = lookup(key, required: true, allowed: allowed) else { return nil }
    return problems.numbers(v, at: path(key), rule, nonEmpty: true, maxCount: maxCount)
  }

  /// Weekday names as indices 0 = Monday … 6 = Sunday, or the default.
  package func weekdays(_ key: String, default defaultValue: Set<Int>) -> Set<Int> {
    let shape = SchemaLeaf.distinctChoices(ProblemCollector.weekdayNames, nonEmpty: true)
    if recorded(key, .value(shape), required: false) { return defaultValue }
    guard let v = value(key) else { return defaultValue }
    return problems.weekdays(v, at: path(key)) ?? defaultValue
  }

  /// A time of day `"HH:MM"` in minutes after midnight, or the default.
  package func clockTime(_ key: String, default defaultValue: Int, allowsEndOfDay: Bool) -> Int {
    if recorded(key, .value(SchemaLeaf.clockTime(allowsEndOfDay: allowsEndOfDay)), required: false) {
      return defaultValue
    }
    guard let v = value(key) else { return defaultValue }
    return problems.clockTime(v, at: path(key), allowsEndOfDay: allowsEndOfDay) ?? defaultValue
  }

  /// A distribution (see ``ProblemCollector/distribution(_:at:use:)``); `default == nil`
  /// makes the key required.
  func distribution(_ key: String, default defaultValue: Distribution? = nil, _ use: DistributionUse) -> Distribution {
    let allowed = "a distribution: " + DistributionFamily.wording
    if recorded(key, .distribution(use), required: defaultValue == nil) {
      return defaultValue ?? DistributionUse.placeholder
    }
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

  // MARK: - Maps, variants and alternative forms

  /// The keys of a map object (its keys are ids defined elsewhere: cohorts, roles, …), sorted,
  /// without `"comment"` (checked here); a recording reader gives one stand-in key, whose value
  /// is recorded as every key's. O(keys log keys).
  package func mapKeys() -> [String] {
    readComment()
    guard schema == nil else { return [SchemaNode.anyKey] }
    return fields.keys.sorted().filter { $0 != Self.commentKey }
  }

  /// The value of the discriminating `key` (one of `allowed`, required) with the reader to
  /// read the rest of the object by: this reader, or nothing if the value is missing or bad
  /// (reported). A recording reader gives every value, each with a reader recording a variant
  /// of the object in which `key` is that value.
  package func cases(_ key: String, allowed: [String]) -> [(value: String, reader: ObjectReader)] {
    guard let schema else { return stringEnum(key, allowed: allowed).map { [($0, self)] } ?? [] }
    _ = value(key)
    return allowed.map { choice in
      let variant = schema.variant()
      variant.record(key, .value(SchemaLeaf.constant(choice)), required: true)
      return (choice, ObjectReader(recording: variant, path: path, problems: problems))
    }
  }

  /// Which of the alternative sets of keys `alternatives` the object gives (the first when it
  /// gives none, so its keys are reported missing), with the reader to read them by; nothing
  /// after reporting an object that mixes two. A recording reader gives every alternative, each
  /// with a reader recording a variant of the object.
  package func alternative(_ alternatives: [[String]]) -> [(index: Int, reader: ObjectReader)] {
    if let schema {
      return alternatives.indices.map {
        ($0, ObjectReader(recording: schema.variant(), path: path, problems: problems))
      }
    }
    let given = alternatives.indices.filter { alternatives[$0].contains { contains($0) } }
    guard given.count <= 1 else {
      let sets = given.map { alternatives[$0] }
      problems.report(
        path, "give either \(sets[0].joined(separator: " and ")) or \(sets[1].joined(separator: " and ")), not both",
        allowed: sets.map { $0.joined(separator: ", ") }.joined(separator: " | "))
      return []
    }
    return [(given.first ?? 0, self)]
  }

  /// Reads `key`, which the format lets take two forms: by `first` when `isFirst` says its
  /// value (`nil` when absent) has the first form, else by `second`. A recording reader reads
  /// both, so both forms are recorded, and returns `second`'s.
  package func either<T>(
    _ key: String, isFirst: (JSONValue?) -> Bool, _ first: () -> T, or second: () -> T
  ) -> T {
    if schema != nil { _ = first() } else if isFirst(fields[key]) { return first() }
    return second()
  }

  // MARK: - Finishing

  /// Checks the object's `"comment"`, a string anywhere (not offered as an allowed key).
  private func readComment() {
    guard knownSet.insert(Self.commentKey).inserted else { return }
    if let schema {
      schema.record(Self.commentKey, .value(SchemaLeaf.string(nonEmpty: false)), required: false)
    } else if let v = fields[Self.commentKey] {
      _ = problems.string(v, at: path(Self.commentKey))
    }
  }

  /// Reports every key of the object that no accessor asked about, with the allowed keys
  /// and, when one is within two edits, a suggestion:
  /// `needs[0].work_hour: unknown key 'work_hour'; did you mean 'work_hours'? (allowed: …)`.
  package func finish() {
    guard !isPlaceholder else { return }
    readComment()
    for key in fields.keys.sorted() where !knownSet.contains(key) {
      problems.report(
        path(key), "unknown key '\(key)'\(EditDistance.suggestion(for: key, in: known))",
        allowed: known.joined(separator: ", "))
    }
  }
}
