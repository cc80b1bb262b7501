/// A command of an executable: its table and what it does.
///
/// `run` throws instead of exiting; ``Program/run(_:)`` turns a ``CommandFailure`` into its
/// report and status, and only the executable's `main` exits.
public protocol Subcommand {
  /// The command's option table.
  static var spec: CommandSpec { get }
  /// Does the work, printing its results; `arguments` were checked against ``spec``.
  static func run(_ arguments: ParsedArguments) throws(CommandFailure)
}
