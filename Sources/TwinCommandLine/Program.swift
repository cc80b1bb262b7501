import FileFormats
import Foundation

/// An executable's command line: its name, its commands' tables, and the parts of its
/// `--help` that belong to no single command. ``run(_:)`` is all a `main.swift` calls.
public struct Program {
  /// The executable's name (`community-twin`).
  public var name: String
  /// Printed by `--version`; `nil` if the program has no such option.
  public var version: String?
  /// What the program is, after its name on the help's first line.
  public var headline: String
  /// What its commands are called in usage and errors (`command`, `benchmark`).
  public var commandNoun: String
  /// The commands, in the order the help lists them.
  public var commands: [any Subcommand.Type]
  /// The help's parts after the command list.
  public var sections: [HelpSection]
  /// The last line of every command's `--help` (where to read on), or `nil`.
  public var commandHelpFooter: String?
  /// Whether it has the `completion bash|zsh|fish` command.
  public var offersCompletion: Bool

  public init(
    name: String, version: String?, headline: String, commandNoun: String = "command",
    commands: [any Subcommand.Type], sections: [HelpSection], commandHelpFooter: String?, offersCompletion: Bool
  ) {
    self.name = name
    self.version = version
    self.headline = headline
    self.commandNoun = commandNoun
    self.commands = commands
    self.sections = sections
    self.commandHelpFooter = commandHelpFooter
    self.offersCompletion = offersCompletion
  }

  /// Every command's table, `completion`'s last.
  public var specs: [CommandSpec] {
    commands.map { $0.spec } + (offersCompletion ? [CompletionScript.spec(for: name)] : [])
  }

  /// What a command line asks for.
  public enum Invocation {
    case programHelp
    case commandHelp(CommandSpec)
    case version(String)
    case completion(Shell)
    case command(any Subcommand.Type, ParsedArguments)
  }

  /// What `arguments` (without the program's name) ask for. `-h`, `--help` or `help` alone,
  /// or nothing, is the program's help; `help COMMAND`, or `-h`/`--help` anywhere after a
  /// command, is that command's help.
  /// - Throws: a usage ``CommandFailure``: an unknown command (with a did-you-mean) or option,
  ///   or any mistake ``CommandSpec/parse(_:program:)`` finds.
  public func invocation(for arguments: [String]) throws(CommandFailure) -> Invocation {
    guard let first = arguments.first else { return .programHelp }
    let rest = Array(arguments.dropFirst())
    if ["-h", "--help", "help"].contains(first) {
      guard let topic = rest.first else { return .programHelp }
      return .commandHelp(try spec(named: topic))
    }
    if first == "--version", let version { return .version(version) }
    let spec = try spec(named: first)
    if rest.contains(where: { $0 == "-h" || $0 == "--help" }) { return .commandHelp(spec) }
    let parsed = try spec.parse(rest, program: name)
    if let command = commands.first(where: { $0.spec.name == first }) { return .command(command, parsed) }
    // The one table without a Subcommand is `completion`'s, whose positional allows only shells.
    return .completion(Shell(rawValue: parsed.argument)!)
  }

  /// Runs the command line: prints the help, version or completion script asked for, or runs
  /// the command; on a ``CommandFailure`` prints its report on stderr.
  /// - Returns: the status to exit with.
  public func run(_ arguments: [String]) -> ExitStatus {
    do throws(CommandFailure) {
      switch try invocation(for: arguments) {
      case .programHelp: printOutput(HelpText.program(self))
      case .commandHelp(let spec): printOutput(HelpText.command(spec, of: self))
      case .version(let version): printOutput(version + "\n")
      case .completion(let shell): printOutput(CompletionScript.render(self, for: shell))
      case .command(let command, let parsed):
        do throws(CommandFailure) {
          try command.run(parsed)
        } catch {
          throw error.within(command: parsed.command.name)
        }
      }
      return .success
    } catch {
      FileHandle.standardError.write(Data(error.report(program: name).utf8))
      return error.status
    }
  }

  /// The table of the command `name`.
  private func spec(named name: String) throws(CommandFailure) -> CommandSpec {
    let specs = specs
    if let spec = specs.first(where: { $0.name == name }) { return spec }
    let names = specs.map(\.name)
    if name.hasPrefix("-") {
      throw .usage(
        "unknown option '\(name)'", hint: "Options follow the \(commandNoun): \(self.name) <\(commandNoun)> [options].")
    }
    let list = names.dropLast().map { "'\($0)'" }.joined(separator: ", ") + " and '\(names.last ?? "")'"
    throw .usage(
      "unknown \(commandNoun) '\(name)'\(EditDistance.suggestion(for: name, in: names))",
      hint: "The \(commandNoun)s are \(list).")
  }

  private func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
