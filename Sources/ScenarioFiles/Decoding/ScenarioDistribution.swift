import FileFormats
import SimKernel

/// What a distribution in a scenario file is used for: the families allowed, and the range of
/// its parameters.
///
/// Every parameter is 0 or between a resolution and a limit in the key's unit (see
/// ``NumberRule/magnitude(resolution:limit:signed:unit:)``): a duration of 100 years and a
/// project of CNY 10¹⁰ are the most anything can mean, and a millionth of a day (or hour, or
/// minute) or a fen the least. Samples can still land beyond the limits (the tails of the
/// lognormal and gamma have no end); the model saturates them (a sampled delay saturates at
/// `SimDuration.samplingLimit`, a project's cost at `ProjectSpec.maxCostCNY`).
enum DistributionUse: Hashable, Sendable {
  /// A duration in days, hours or minutes: it must never produce negative values, so `normal`
  /// is rejected, and `fixed`, the lower ends of `uniform` / `triangular`, and the values of
  /// `empirical` / `categorical` must be ≥ 0.
  case duration(DurationUnit)
  /// An amount of money [CNY], non-negative like a duration.
  case money
  /// A satisfaction level (any family; the model clamps its samples to 0 … 1).
  case satisfaction
  /// A share of a cost (a project's overrun), non-negative like a duration, at most 100.
  case costShare

  /// The units durations are written in.
  enum DurationUnit: Hashable, Sendable {
    case days, hours, minutes
  }

  /// Whether the distribution must never produce negative values.
  var isNonNegative: Bool {
    if case .satisfaction = self { return false }
    return true
  }

  /// The rule for a value (a fixed value, a bound or mode, an observation, a normal's mean).
  var valueRule: NumberRule { magnitude(signed: !isNonNegative) }

  /// The rule for a spread that may be 0 (a normal's or lognormal's sd).
  var spreadRule: NumberRule { magnitude(signed: false) }

  /// The rule for a positive scale (an exponential's or lognormal's mean, a gamma's scale,
  /// mean and sd): resolution … limit.
  var scaleRule: NumberRule {
    let (low, high) = (bounds.resolution, bounds.limit)
    return NumberRule(
      "\(NumberRule.text(low)) ... \(NumberRule.text(high))\(bounds.unit)", placeholder: high, [.init(low, high)])
  }

  /// The rule for an exponential's `rate` [per unit]: one per limit … one per resolution.
  var rateRule: NumberRule {
    let (low, high) = (1 / bounds.limit, 1 / bounds.resolution)
    let wording = "1/\(NumberRule.text(bounds.limit)) ... \(NumberRule.text(high)) per \(bounds.perUnit)"
    return NumberRule(wording, placeholder: 1, [.init(low, high)])
  }

  /// A gamma's shape: below 0.001 it is 0 for all practical purposes, above 10⁶ fixed.
  static let shapeRule = NumberRule.range(0.001, 1_000_000)

  /// Categorical weights (relative, so only their ratio matters).
  static let weightRule = NumberRule.range(0, 1e9)

  /// The most observations an `empirical` or `categorical` distribution may list.
  static let maxValues = 100_000

  /// Resolution, limit and unit of the use's values (the unit in the plural and after "per").
  private var bounds: (resolution: Double, limit: Double, unit: String, perUnit: String) {
    switch self {
    case .duration(.days): (1e-6, 36_500, " days", "day")
    case .duration(.hours): (1e-6, 876_000, " hours", "hour")
    case .duration(.minutes): (1e-6, 52_560_000, " minutes", "minute")
    case .money: (0.01, 1e10, " CNY", "CNY")
    case .satisfaction: (1e-6, 100, "", "unit")
    case .costShare: (1e-6, 100, "", "unit")
    }
  }

  private func magnitude(signed: Bool) -> NumberRule {
    .magnitude(resolution: bounds.resolution, limit: bounds.limit, signed: signed, unit: bounds.unit)
  }

  /// Substituted for a rejected distribution so reading can continue.
  static let placeholder: Distribution = {
    do { return try .fixed(0) } catch { preconditionFailure("fixed(0) is valid") }
  }()

  /// A fixed distribution for defaults written as literals.
  static func fixed(_ value: Double) -> Distribution {
    do { return try .fixed(value) } catch { preconditionFailure("fixed(\(value)) must be finite") }
  }
}

/// The distribution families of the file format, in the order they are listed to users.
enum DistributionFamily: String, CaseIterable, Sendable {
  case fixed, exponential, uniform, normal, lognormal, gamma, triangular, empirical, categorical

  /// All family names, comma-separated.
  static let wording = allCases.map(\.rawValue).joined(separator: ", ")
  /// The families that never produce negative values, comma-separated.
  static let nonNegativeWording = allCases.filter { $0 != .normal }.map(\.rawValue).joined(separator: ", ")
}

extension ProblemCollector {
  /// Reads a distribution written as an object with exactly one key naming the family:
  ///
  ///     {"fixed": 4}
  ///     {"exponential": {"mean": 2.5}}          or {"exponential": {"rate": 0.4}}
  ///     {"uniform": {"min": 1, "max": 3}}
  ///     {"normal": {"mean": 0.6, "sd": 0.1}}
  ///     {"lognormal": {"mean": 3, "sd": 1.5}}   (the distribution's own mean and sd)
  ///     {"gamma": {"shape": 2, "scale": 1.5}}   or {"gamma": {"mean": 3, "sd": 2}}
  ///     {"triangular": {"min": 1, "mode": 2, "max": 4}}
  ///     {"empirical": [1, 2, 2, 5]}
  ///     {"categorical": {"values": [1, 2], "weights": [0.3, 0.7]}}
  ///
  /// Type errors and unknown parameter keys are reported like any other; the kernel's
  /// factories then validate the parameters, and a ``ParameterError`` becomes a problem at
  /// the parameter's key path (`….exponential.mean`, `….empirical[3]`,
  /// `….categorical.weights[1]`) with the kernel's allowed range. Before that, each parameter
  /// is checked against the use's range (``DistributionUse``), and for a non-negative use
  /// (durations, money) negative values and the `normal` family are rejected.
  ///
  /// - Returns: the distribution, or `nil` after reporting.
  /// - Complexity: O(parameters), plus O(values) for `empirical` / `categorical`.
  func distribution(_ value: JSONValue, at path: String, use: DistributionUse) -> Distribution? {
    let example = "{\"lognormal\": {\"mean\": 3, \"sd\": 1.5}}"
    guard case .object(let fields) = value else {
      report(
        path, value: value.rendered, "expected a distribution object such as \(example), got \(value.kindName)",
        allowed: DistributionFamily.wording)
      return nil
    }
    guard fields.count == 1, let entry = fields.first else {
      let keys = fields.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
      report(
        path, value: value.rendered,
        fields.isEmpty
          ? "empty distribution: give exactly one key naming the family, e.g. \(example)"
          : "a distribution has exactly one key naming its family, found \(keys)",
        allowed: DistributionFamily.wording)
      return nil
    }
    let (name, parameters) = (entry.key, entry.value)
    let familyPath = JSONPath.child(path, name)
    guard let family = DistributionFamily(rawValue: name) else {
      report(
        familyPath,
        "unknown distribution family '\(name)'\(EditDistance.suggestion(for: name, in: DistributionFamily.allCases.map(\.rawValue)))",
        allowed: DistributionFamily.wording)
      return nil
    }
    if use.isNonNegative, family == .normal {
      let what = if case .money = use { "amounts of money" } else { "durations" }
      let families = "lognormal, gamma, exponential, triangular, uniform, fixed, empirical or categorical"
      report(
        familyPath, "\(what) need a non-negative family: use \(families)",
        allowed: DistributionFamily.nonNegativeWording)
      return nil
    }
    let problemsBefore = problems.count
    let make: (() throws -> Distribution)?
    switch family {
    case .fixed:
      let x = number(parameters, at: familyPath, use.valueRule)
      make = x.map { x in { try .fixed(x) } }
    case .empirical:
      let xs = numbers(parameters, at: familyPath, use.valueRule, nonEmpty: true, maxCount: DistributionUse.maxValues)
      make = xs.map { xs in { try .empirical(xs) } }
    default:
      guard let reader = object(parameters, at: familyPath) else { return nil }
      make = Self.parameterised(family, reader, use: use)
      reader.finish()
    }
    guard let make, problems.count == problemsBefore else { return nil }
    do {
      return try make()
    } catch let error as ParameterError {
      report(
        Self.keyPath(of: error.parameter, family: family, at: familyPath), value: Self.rendered(error.value),
        "must be \(error.allowed)", allowed: error.allowed)
      return nil
    } catch {
      report(familyPath, "\(error)", allowed: DistributionFamily.wording)
      return nil
    }
  }

  /// Reads the parameter object of a family other than `fixed` and `empirical` and returns
  /// the kernel factory call, or `nil` if a parameter is missing or of the wrong type.
  static func parameterised(_ family: DistributionFamily, _ p: ObjectReader, use: DistributionUse)
    -> (() throws -> Distribution)?
  {
    let problems = p.problems
    let before = problems.problems.count
    func req(_ key: String, _ rule: NumberRule) -> Double {
      p.number(key, rule)
    }
    let (value, spread, scale) = (use.valueRule, use.spreadRule, use.scaleRule)
    var make: (() throws -> Distribution)?
    switch family {
    case .exponential:
      // One of two parameterisations (a recording reader records both).
      for (form, q) in p.alternative([["mean"], ["rate"]]) {
        if form == 0 {
          let mean = q.number("mean", scale)
          make = { try .exponential(mean: mean) }
        } else {
          let rate = q.number("rate", use.rateRule)
          make = { try .exponential(rate: rate) }
        }
      }
    case .uniform:
      let low = req("min", value)
      let high = req("max", value)
      make = { try .uniform(min: low, max: high) }
    case .normal:
      let mean = req("mean", value)
      let sd = req("sd", spread)
      make = { try .normal(mean: mean, sd: sd) }
    case .lognormal:
      let mean = req("mean", scale)
      let sd = req("sd", spread)
      make = { try .lognormal(mean: mean, sd: sd) }
    case .gamma:
      for (form, q) in p.alternative([["shape", "scale"], ["mean", "sd"]]) {
        if form == 0 {
          let shape = q.number("shape", DistributionUse.shapeRule)
          let scale = q.number("scale", scale)
          make = { try .gamma(shape: shape, scale: scale) }
        } else {
          let mean = q.number("mean", scale)
          let sd = q.number("sd", scale)
          make = { try .gamma(mean: mean, sd: sd) }
        }
      }
    case .triangular:
      let low = req("min", value)
      let mode = req("mode", value)
      let high = req("max", value)
      make = { try .triangular(min: low, mode: mode, max: high) }
    case .categorical:
      let most = DistributionUse.maxValues
      let values = p.numbers(
        "values", value, maxCount: most, allowed: "1 ... \(most) numbers, each \(value.allowed)")
      let weights = p.numbers(
        "weights", DistributionUse.weightRule, maxCount: most,
        allowed: "one per value, each \(DistributionUse.weightRule.allowed)")
      if let values, let weights { make = { try .categorical(values: values, weights: weights) } }
    case .fixed, .empirical:
      preconditionFailure("read without a parameter object")
    }
    return problems.problems.count == before ? make : nil
  }

  /// Key path of a kernel parameter name: `mean` → `….lognormal.mean`,
  /// `observations[3]` → `….empirical[3]`, `weights[1]` → `….categorical.weights[1]`.
  static func keyPath(of parameter: String, family: DistributionFamily, at familyPath: String) -> String {
    switch family {
    case .fixed: return familyPath
    case .empirical:
      if parameter.hasPrefix("observations") { return familyPath + parameter.dropFirst("observations".count) }
      return familyPath
    default:
      return JSONPath.child(familyPath, parameter)
    }
  }

  /// The kernel's printed value in the file's style (`-1.0` → `-1`).
  static func rendered(_ kernelValue: String) -> String {
    Double(kernelValue).map(JSONValue.format) ?? kernelValue
  }
}
