/// One thing wrong with a scenario file: where it is, what was found, and what is allowed.
///
/// Scenario files are checked completely before anything runs, and every problem is
/// reported at once (see ``ScenarioFileError``). A problem names the file and the *key path*
/// of the offending value in the file's own spelling: object keys joined with `.`, array
/// elements as `[i]` (0-based), e.g. `needs[2].work_hours.lognormal.sd`. The empty key path
/// means the whole file (unreadable, malformed JSON, not an object).
///
/// ``description`` reads
///
///     Scenarios/x.json: needs[2].work_hours.lognormal.sd = -1: must be > 0 (allowed: > 0)
///
/// with the ` = value` part only when a value was found and the `(allowed: …)` part only when
/// there is a rule to quote.
public struct ScenarioProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file, as the user named it (`Scenarios/x.json`).
  public var file: String
  /// Where in the file: `run.days`, `cohorts[0].id`, `tiers.urgent.patience_days.exponential.mean`;
  /// `""` for the whole file.
  public var keyPath: String
  /// The offending value as written in the file (`-1`, `"abc"`, `true`, `an array`), if any.
  public var value: String?
  /// What is wrong, in plain words (`must be > 0`, `required key is missing`).
  public var message: String
  /// What would be accepted (`> 0`, `0 ... 1`, `casework, patrol`), if there is a rule to quote.
  public var allowed: String?

  public init(file: String, keyPath: String, value: String? = nil, message: String, allowed: String? = nil) {
    self.file = file
    self.keyPath = keyPath
    self.value = value
    self.message = message
    self.allowed = allowed
  }

  /// The problem without the file name: `run.days = 0: must be 1 ... 3650 (allowed: 1 ... 3650)`.
  public var descriptionWithoutFile: String {
    var text = keyPath
    if let value { text += text.isEmpty ? "value \(value)" : " = \(value)" }
    text += text.isEmpty ? message : ": \(message)"
    if let allowed { text += " (allowed: \(allowed))" }
    return text
  }

  /// `file: keyPath = value: message (allowed: …)`.
  public var description: String { "\(file): \(descriptionWithoutFile)" }
}
