import FileFormats

/// What a recording ``ObjectReader`` learns about one JSON object of a file format as the
/// reader's own code asks for its keys: each key's shape, whether it is required, the keys of
/// a map (ids defined elsewhere), and the object's variants (by a key's value, or by which
/// parameters are given). ``schema(definitions:)`` turns it into a JSON Schema (draft 2020-12).
///
/// Built by running the reader itself over recording readers (``ObjectReader/init(recording:path:problems:)``),
/// so a key added to the reader is in the schema without a second definition.
final class SchemaNode {
  /// The shape of one key's value.
  enum Shape: Equatable {
    /// A finished schema (a number, a string, an enum, …).
    case value(JSONValue)
    /// An object, recorded in its own node.
    case object(SchemaNode)
    /// An array of objects, each recorded in the one node, with its bounds on the count.
    case objects(SchemaNode, minItems: Int, maxItems: Int?)
    /// A distribution for `use` (`{"lognormal": {…}}`), a reference into `$defs`.
    case distribution(DistributionUse)

    static func == (a: Shape, b: Shape) -> Bool {
      switch (a, b) {
      case (.value(let x), .value(let y)): x == y
      case (.object(let x), .object(let y)): x === y
      case (.objects(let x, let m, let n), .objects(let y, let p, let q)): x === y && m == p && n == q
      case (.distribution(let x), .distribution(let y)): x == y
      default: false
      }
    }
  }

  /// The key a map's entries are recorded under (a map's keys are ids defined elsewhere in the
  /// file: cohorts, roles, facilities, departments).
  static let anyKey = "<id>"

  /// Keys in the order first recorded, each with every shape recorded for it (two shapes
  /// when the reader takes either form, say a number or a distribution).
  private var keys: [String] = []
  private var shapes: [String: [Shape]] = [:]
  /// Keys recorded as required, and keys whose presence the reader tests first (so optional
  /// however they are read after the test).
  private var required: Set<String> = []
  private var optional: Set<String> = []
  /// Variants of the object: each adds its keys to this node's and the value must match
  /// exactly one.
  private var variants: [SchemaNode] = []

  init() {}

  /// Records that `key` takes `shape` (`required` when the reader demands it).
  func record(_ key: String, _ shape: Shape, required isRequired: Bool) {
    if shapes[key]?.isEmpty ?? true {
      add(key)
      if isRequired { required.insert(key) }
    } else if !isRequired {
      required.remove(key)
    }
    if !shapes[key, default: []].contains(shape) { shapes[key, default: []].append(shape) }
  }

  /// Records that the reader tests whether `key` is present: the key is optional, and allowed
  /// with any value if the reader never reads it (it reads it only when other keys say so).
  func recordOptional(_ key: String) {
    optional.insert(key)
    add(key)
  }

  private func add(_ key: String) {
    guard shapes[key] == nil else { return }
    keys.append(key)
    shapes[key] = []
  }

  /// The child node of an object-valued `key`, made on first use.
  func child(_ key: String) -> SchemaNode {
    for case .object(let node) in shapes[key] ?? [] { return node }
    return SchemaNode()
  }

  /// A new variant of this object.
  func variant() -> SchemaNode {
    let node = SchemaNode()
    variants.append(node)
    return node
  }

  /// The JSON Schema of the object; each distribution use it refers to is added to
  /// `definitions`. O(size of the recorded tree).
  func schema(definitions: inout Set<DistributionUse>) -> JSONValue {
    guard !variants.isEmpty else { return objectSchema(keys: keys, shapes: shapes, definitions: &definitions) }
    let merged = variants.map { variant -> JSONValue in
      var allShapes = shapes
      for (key, own) in variant.shapes { allShapes[key] = own }
      let allKeys = keys + variant.keys.filter { shapes[$0] == nil }
      let node = SchemaNode()
      node.required = required.union(variant.required)
      node.optional = optional.union(variant.optional)
      return node.objectSchema(keys: allKeys, shapes: allShapes, definitions: &definitions)
    }
    return .object(["oneOf": .array(merged)])
  }

  /// An object schema with `keys`, each of its `shapes`, and no other keys (but for a map's).
  private func objectSchema(keys: [String], shapes: [String: [Shape]], definitions: inout Set<DistributionUse>)
    -> JSONValue
  {
    var properties: [String: JSONValue] = [:]
    var additional = JSONValue.bool(false)
    for key in keys {
      let alternatives = shapes[key, default: []].map { Self.schema(of: $0, definitions: &definitions) }
      let schema: JSONValue =
        switch alternatives.count {
        case 0: .bool(true)
        case 1: alternatives[0]
        default: .object(["anyOf": .array(alternatives)])
        }
      if key == Self.anyKey { additional = schema } else { properties[key] = schema }
    }
    var object: [String: JSONValue] = [
      "type": .string("object"), "properties": .object(properties), "additionalProperties": additional,
    ]
    let demanded = keys.filter { required.contains($0) && !optional.contains($0) && $0 != Self.anyKey }
    if !demanded.isEmpty { object["required"] = .array(demanded.map(JSONValue.string)) }
    return .object(object)
  }

  /// The schema of one shape.
  private static func schema(of shape: Shape, definitions: inout Set<DistributionUse>) -> JSONValue {
    switch shape {
    case .value(let schema): return schema
    case .object(let node): return node.schema(definitions: &definitions)
    case .objects(let node, let minItems, let maxItems):
      var array: [String: JSONValue] = ["type": .string("array"), "items": node.schema(definitions: &definitions)]
      if minItems > 0 { array["minItems"] = .number(Double(minItems)) }
      if let maxItems { array["maxItems"] = .number(Double(maxItems)) }
      return .object(array)
    case .distribution(let use):
      definitions.insert(use)
      return .object(["$ref": .string("#/$defs/\(use.schemaName)")])
    }
  }
}
