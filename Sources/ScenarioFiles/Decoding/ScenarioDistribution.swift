import FileFormats
import SimKernel

/// What a distribution in a scenario file is used for, which decides the families allowed.
enum DistributionUse: Sendable {
  /// A duration (hours, days, minutes): it must never produce negative values, so `normal`
  /// is rejected, and `fixed`, the lower ends of `uniform` / `triangular`, and the values of
  /// `empirical` / `categorical` must be ≥ 0.
  case duration
  /// Any real quantity (the satisfaction baseline, clamped to 0 … 1 by the model).
  case anyValue

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
  /// `….categorical.weights[1]`) with the kernel's allowed range. For a ``DistributionUse/duration``
  /// negative values are rejected first (see there).
  ///
  /// - Returns: the distribution, or `nil` after reporting.
  /// - Complexity: O(parameters), plus O(values) for `empirical` / `categorical`.
  func distribution(_ value: JSONValue, at path: String, use: DistributionUse) -> Distribution? {
    let example = "{\"lognormal\": {\"mean\": 3, \"sd\": 1.5}}"
    guard case .object(let fields) = value else {
      report(path, value: value.rendered, "expected a distribution object such as \(example), got \(value.kindName)",
        allowed: DistributionFamily.wording)
      return nil
    }
    guard fields.count == 1, let entry = fields.first else {
      let keys = fields.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
      report(path, value: value.rendered,
        fields.isEmpty ? "empty distribution: give exactly one key naming the family, e.g. \(example)"
          : "a distribution has exactly one key naming its family, found \(keys)",
        allowed: DistributionFamily.wording)
      return nil
    }
    let (name, parameters) = (entry.key, entry.value)
    let familyPath = JSONPath.child(path, name)
    guard let family = DistributionFamily(rawValue: name) else {
      report(familyPath,
        "unknown distribution family '\(name)'\(EditDistance.suggestion(for: name, in: DistributionFamily.allCases.map(\.rawValue)))",
        allowed: DistributionFamily.wording)
      return nil
    }
    if use == .duration, family == .normal {
      report(familyPath,
        "durations need a non-negative family: use lognormal, gamma, exponential, triangular, uniform, fixed, empirical or categorical")
      return nil
    }
    let problemsBefore = problems.count
    // A duration's values and lower ends must be ≥ 0; anything else only finite.
    let lowEnd: NumberRule = use == .duration ? .nonNegative : .finite
    let make: (() throws -> Distribution)?
    switch family {
    case .fixed:
      let x = number(parameters, at: familyPath, lowEnd)
      make = x.map { x in { try .fixed(x) } }
    case .empirical:
      let xs = numbers(parameters, at: familyPath, lowEnd, nonEmpty: true)
      make = xs.map { xs in { try .empirical(xs) } }
    default:
      guard let reader = object(parameters, at: familyPath) else { return nil }
      make = Self.parameterised(family, reader, lowEnd: lowEnd)
      reader.finish()
    }
    guard let make, problems.count == problemsBefore else { return nil }
    do {
      return try make()
    } catch let error as ParameterError {
      report(Self.keyPath(of: error.parameter, family: family, at: familyPath), value: Self.rendered(error.value),
        "must be \(error.allowed)", allowed: error.allowed)
      return nil
    } catch {
      report(familyPath, "\(error)")
      return nil
    }
  }

  /// Reads the parameter object of a family other than `fixed` and `empirical` and returns
  /// the kernel factory call, or `nil` if a parameter is missing or of the wrong type.
  private static func parameterised(_ family: DistributionFamily, _ p: ObjectReader, lowEnd: NumberRule)
    -> (() throws -> Distribution)?
  {
    let problems = p.problems
    let before = problems.problems.count
    func req(_ key: String, _ rule: NumberRule = .finite) -> Double {
      p.number(key, rule)
    }
    /// Exactly one of the alternative parameterisations `a` (keys) or `b` (keys).
    func choose(_ a: [String], _ b: [String]) -> Bool? {
      let hasA = a.contains { p.contains($0) }, hasB = b.contains { p.contains($0) }
      if hasA && hasB {
        problems.report(p.path, "give either \(a.joined(separator: " and ")) or \(b.joined(separator: " and ")), not both",
          allowed: "\(a.joined(separator: ", ")) | \(b.joined(separator: ", "))")
        return nil
      }
      return !hasB
    }
    var make: (() throws -> Distribution)?
    switch family {
    case .exponential:
      guard let byMean = choose(["mean"], ["rate"]) else { return nil }
      if byMean {
        let mean = req("mean")
        make = { try .exponential(mean: mean) }
      } else {
        let rate = req("rate")
        make = { try .exponential(rate: rate) }
      }
    case .uniform:
      let low = req("min", lowEnd), high = req("max")
      make = { try .uniform(min: low, max: high) }
    case .normal:
      let mean = req("mean"), sd = req("sd")
      make = { try .normal(mean: mean, sd: sd) }
    case .lognormal:
      let mean = req("mean"), sd = req("sd")
      make = { try .lognormal(mean: mean, sd: sd) }
    case .gamma:
      guard let byShape = choose(["shape", "scale"], ["mean", "sd"]) else { return nil }
      if byShape {
        let shape = req("shape"), scale = req("scale")
        make = { try .gamma(shape: shape, scale: scale) }
      } else {
        let mean = req("mean"), sd = req("sd")
        make = { try .gamma(mean: mean, sd: sd) }
      }
    case .triangular:
      let low = req("min", lowEnd), mode = req("mode"), high = req("max")
      make = { try .triangular(min: low, mode: mode, max: high) }
    case .categorical:
      let values = p.value("values").flatMap { problems.numbers($0, at: p.path("values"), lowEnd, nonEmpty: true) }
      if !p.contains("values") { p.reportMissing("values") }
      let weights = p.value("weights").flatMap { problems.numbers($0, at: p.path("weights"), .finite, nonEmpty: true) }
      if !p.contains("weights") { p.reportMissing("weights") }
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
