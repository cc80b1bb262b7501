/// A rejected parameter of a kernel component: which one, the value given, and what is allowed.
///
/// Thrown by validated constructors (distributions, profiles, schedules, pools). Scenario
/// loaders add the file and key path and report all problems at once.
public struct ParameterError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The parameter's name as the constructor spells it (`mean`, `weights[2]`).
  public var parameter: String
  /// The rejected value, printed.
  public var value: String
  /// The allowed range in words (`> 0`, `0 ... 1`, `finite`).
  public var allowed: String

  public init(parameter: String, value: String, allowed: String) {
    self.parameter = parameter
    self.value = value
    self.allowed = allowed
  }

  public var description: String { "\(parameter) = \(value) is out of range (allowed: \(allowed))" }

  /// Throws unless `value` is finite and satisfies `isAllowed`.
  @usableFromInline
  static func check(_ parameter: String, _ value: Double, _ allowed: String, _ isAllowed: (Double) -> Bool) throws {
    guard value.isFinite, isAllowed(value) else {
      throw ParameterError(parameter: parameter, value: "\(value)", allowed: allowed)
    }
  }
}
