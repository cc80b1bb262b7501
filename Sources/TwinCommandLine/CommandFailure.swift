/// Why a command stopped, worded for its audience, with the exit status that goes with it.
///
/// Commands and their helpers throw it; the executable's `main` prints ``report(program:)``
/// on stderr and exits with ``status``:
///
///     community-twin: error: --seed '-1' is not a whole number 0 ... 18446744073709551615
///     Run 'community-twin run --help' for usage.
public struct CommandFailure: Error, Equatable, Sendable {
  /// The exit status: ``ExitStatus/usage``, ``ExitStatus/dataError`` or ``ExitStatus/cannotCreate``.
  public var status: ExitStatus
  /// What went wrong, one or more lines (a scenario file's problems are one per line).
  public var message: String
  /// A line that helps to fix it (an example, the allowed values), or `nil`.
  public var hint: String?
  /// The command whose help the report points to for a usage error (`nil`: the program's).
  public var command: String?

  public init(_ status: ExitStatus, _ message: String, hint: String? = nil, command: String? = nil) {
    self.status = status
    self.message = message
    self.hint = hint
    self.command = command
  }

  /// A command-line mistake (exit 64): the report ends by pointing to the command's help.
  public static func usage(_ message: String, hint: String? = nil, command: String? = nil) -> CommandFailure {
    CommandFailure(.usage, message, hint: hint, command: command)
  }

  /// A bad input file or folder (exit 65).
  public static func dataError(_ message: String, hint: String? = nil) -> CommandFailure {
    CommandFailure(.dataError, message, hint: hint)
  }

  /// An output file or folder that cannot be written (exit 73).
  public static func cannotCreate(_ message: String) -> CommandFailure {
    CommandFailure(.cannotCreate, message)
  }

  /// This failure, attributed to `command` unless it already names one (so a usage error
  /// thrown deep in a command's helpers still points to that command's help).
  public func within(command name: String) -> CommandFailure {
    var failure = self
    failure.command = command ?? name
    return failure
  }

  /// The text for stderr: `<program>: error: <message>`, the hint on its own line, and for a
  /// usage error where to read the usage. Ends with a newline.
  public func report(program: String) -> String {
    var lines = ["\(program): error: \(message)"]
    if let hint { lines.append(hint) }
    if status == .usage {
      lines.append("Run '\(([program] + (command.map { [$0] } ?? [])).joined(separator: " ")) --help' for usage.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
