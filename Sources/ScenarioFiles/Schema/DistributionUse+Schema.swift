import FileFormats

/// The JSON Schema of a distribution for one use: one variant per family the use allows
/// (`{"lognormal": {…}}`), each an object with exactly that key, its parameters recorded by
/// running the reader's own parameter code (``ProblemCollector/parameterised(_:_:use:)``)
/// over a recording reader, `fixed` and `empirical` from the same value rule the reader checks.
extension DistributionUse {
  /// The name of the use's definition in a schema's `$defs`.
  var schemaName: String {
    switch self {
    case .duration(.days): "distribution_days"
    case .duration(.hours): "distribution_hours"
    case .duration(.minutes): "distribution_minutes"
    case .money: "distribution_cny"
    case .satisfaction: "distribution_satisfaction"
    case .costShare: "distribution_cost_share"
    }
  }

  /// The definition: `oneOf` the families. O(families × parameters).
  var schema: JSONValue {
    let families = DistributionFamily.allCases.filter { !(isNonNegative && $0 == .normal) }
    let variants = families.map { family -> JSONValue in
      let parameters: JSONValue
      switch family {
      case .fixed:
        parameters = SchemaLeaf.number(valueRule)
      case .empirical:
        parameters = SchemaLeaf.numbers(valueRule, count: nil, nonEmpty: true, maxCount: Self.maxValues)
      default:
        let node = SchemaNode()
        let reader = ObjectReader(recording: node, path: family.rawValue, problems: ProblemCollector(file: ""))
        _ = ProblemCollector.parameterised(family, reader, use: self)
        reader.finish()
        var none = Set<DistributionUse>()
        parameters = node.schema(definitions: &none)
      }
      return .object([
        "type": .string("object"), "properties": .object([family.rawValue: parameters]),
        "required": .array([.string(family.rawValue)]), "additionalProperties": .bool(false),
      ])
    }
    let wording = isNonNegative ? DistributionFamily.nonNegativeWording : DistributionFamily.wording
    return .object(["description": .string("a distribution: \(wording)"), "oneOf": .array(variants)])
  }
}
