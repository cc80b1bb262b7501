import FileFormats

/// A key path into a scenario file's JSON, as sweep files address parameters:
/// `workforce.roles[community_worker].per_1000`, `interventions[0].threshold_cny`,
/// `run.days`.
///
/// Segments are object keys joined by `.`; an array element is `[i]` (0-based) or
/// `[name]`, the element whose `id`, `category`, `lever` or `name` is `name` (roles,
/// facilities and cohorts have ids, needs have categories, interventions have levers).
struct ScenarioKeyPath: Hashable, Sendable, CustomStringConvertible {
  enum Segment: Hashable, Sendable {
    case key(String)
    case index(Int)
    case element(String)
  }

  let segments: [Segment]
  let description: String

  /// The fields an element selector `[name]` matches, in order.
  static let selectorKeys = ["id", "category", "lever", "name"]

  /// Parses `text`; `nil` when it is not a key path (empty, empty segments, unbalanced
  /// brackets). O(length).
  init?(_ text: String) {
    var segments: [Segment] = []
    var rest = Substring(text)
    var expectKey = true
    while !rest.isEmpty {
      if rest.first == "[" {
        guard let close = rest.firstIndex(of: "]") else { return nil }
        let inside = rest[rest.index(after: rest.startIndex)..<close]
        guard !inside.isEmpty else { return nil }
        segments.append(Int(inside).map { .index($0) } ?? .element(String(inside)))
        rest = rest[rest.index(after: close)...]
        if rest.first == "." {
          rest = rest.dropFirst()
          expectKey = true
        } else {
          expectKey = false
        }
        if rest.isEmpty && expectKey { return nil }
        continue
      }
      guard expectKey else { return nil }
      let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
      let key = rest[..<end]
      guard !key.isEmpty, !key.contains("]") else { return nil }
      segments.append(.key(String(key)))
      rest = rest[end...]
      if rest.first == "." {
        rest = rest.dropFirst()
        if rest.isEmpty { return nil }
      }
      expectKey = true
    }
    guard case .key? = segments.first else { return nil }
    self.segments = segments
    self.description = text
  }

  /// The value at this path in `root`, or why there is none. O(path length × array sizes).
  func value(in root: JSONValue) -> Result<JSONValue, KeyPathError> {
    var current = root
    for (depth, segment) in segments.enumerated() {
      switch locate(segment, in: current, depth: depth) {
      case .success(let location): current = location.value
      case .failure(let error): return .failure(error)
      }
    }
    return .success(current)
  }

  /// `root` with the value at this path replaced by `value`. The last key may be new in its
  /// object (an optional key the file left out); every other segment must exist.
  func setting(_ value: JSONValue, in root: JSONValue) -> Result<JSONValue, KeyPathError> {
    set(value, in: root, from: 0)
  }

  private func set(_ value: JSONValue, in node: JSONValue, from depth: Int) -> Result<JSONValue, KeyPathError> {
    guard depth < segments.count else { return .success(value) }
    let isLast = depth == segments.count - 1
    if isLast, case .key(let key) = segments[depth], case .object(var fields) = node {
      fields[key] = value
      return .success(.object(fields))
    }
    switch locate(segments[depth], in: node, depth: depth) {
    case .failure(let error): return .failure(error)
    case .success(let location):
      switch set(value, in: location.value, from: depth + 1) {
      case .failure(let error): return .failure(error)
      case .success(let child):
        switch (node, location.slot) {
        case (.object(var fields), .key(let key)):
          fields[key] = child
          return .success(.object(fields))
        case (.array(var items), .index(let index)):
          items[index] = child
          return .success(.array(items))
        default: preconditionFailure("locate returns a slot of the node's kind")
        }
      }
    }
  }

  /// Where a segment leads from `node`: the child value and its slot.
  private func locate(_ segment: Segment, in node: JSONValue, depth: Int)
    -> Result<(value: JSONValue, slot: Segment), KeyPathError>
  {
    let prefix = ScenarioKeyPath.text(of: segments.prefix(depth))
    switch (segment, node) {
    case (.key(let key), .object(let fields)):
      guard let child = fields[key] else {
        return .failure(
          KeyPathError(
            path: description,
            reason:
              "'\(key)' is not a key of \(prefix.isEmpty ? "the scenario" : prefix) (keys: \(fields.keys.sorted().joined(separator: ", ")))",
            isMissingLastKey: depth == segments.count - 1))
      }
      return .success((child, .key(key)))
    case (.index(let index), .array(let items)):
      guard items.indices.contains(index) else {
        return .failure(
          KeyPathError(path: description, reason: "\(prefix) has \(items.count) elements; [\(index)] is out of range"))
      }
      return .success((items[index], .index(index)))
    case (.element(let name), .array(let items)):
      let matches = items.indices.filter { i in
        guard case .object(let fields) = items[i] else { return false }
        return ScenarioKeyPath.selectorKeys.contains { fields[$0] == .string(name) }
      }
      guard matches.count == 1 else {
        let names = items.compactMap { item -> String? in
          guard case .object(let fields) = item else { return nil }
          for key in ScenarioKeyPath.selectorKeys { if case .string(let s)? = fields[key] { return s } }
          return nil
        }
        let reason =
          matches.isEmpty
          ? "no element of \(prefix) is called '\(name)' (elements: \(names.joined(separator: ", ")))"
          : "\(matches.count) elements of \(prefix) are called '\(name)'; use an index [i]"
        return .failure(KeyPathError(path: description, reason: reason))
      }
      return .success((items[matches[0]], .index(matches[0])))
    default:
      let wanted: String
      switch segment {
      case .key: wanted = "an object"
      case .index, .element: wanted = "an array"
      }
      return .failure(
        KeyPathError(
          path: description, reason: "\(prefix.isEmpty ? "the scenario" : prefix) is \(node.kindName), not \(wanted)"))
    }
  }

  /// The spelling of `segments`.
  static func text<S: Sequence>(of segments: S) -> String where S.Element == Segment {
    var text = ""
    for segment in segments {
      switch segment {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      case .element(let name): text += "[\(name)]"
      }
    }
    return text
  }
}

/// Why a key path does not lead to a value.
struct KeyPathError: Error, Hashable, Sendable {
  let path: String
  let reason: String
  /// Whether only the last key is missing (from an object that exists): a key the file
  /// leaves to its default, which ``ScenarioKeyPath/setting(_:in:)`` may add.
  var isMissingLastKey = false
}
