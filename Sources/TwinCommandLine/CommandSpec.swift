/// A command's declarative table: its name, what it does, its positional arguments and its
/// options. The parser, the command's `--help`, its errors and the completion scripts are all
/// generated from it.
public struct CommandSpec: Sendable {
  /// The name typed after the program's (`run`).
  public var name: String
  /// What the command does, one or more paragraphs (separated by `\n`).
  public var summary: String
  /// Its positional arguments, or `nil` if it takes none.
  public var positional: Positional?
  /// Its options, in the order the help lists them.
  public var options: [OptionSpec]
  /// Full command lines for the help's examples (without the program's name).
  public var examples: [String]

  public init(
    _ name: String, positional: Positional?, options: [any OptionDeclaration] = [], examples: [String] = [],
    summary: String
  ) {
    self.name = name
    self.summary = summary
    self.positional = positional
    self.options = options.map(\.spec)
    self.examples = examples
    precondition(Set(self.options.map(\.name)).count == self.options.count, "'\(name)' declares an option twice")
  }

  /// The option named `name` (without dashes), if the command has it.
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  /// `run SCENARIO [options]`: required options in full, the others as `[options]`.
  public var shortSynopsis: String {
    synopsis(optional: options.contains { !$0.isRequired } ? ["[options]"] : []).joined(separator: " ")
  }

  /// `run`, `SCENARIO`, `[--replications N|auto]`, `[--seed S]`, …: every option, as the
  /// items of a usage line (each to be kept on one line when wrapped).
  public var fullSynopsis: [String] {
    synopsis(optional: options.filter { !$0.isRequired }.map { "[\($0.usage)]" })
  }

  private func synopsis(optional: [String]) -> [String] {
    [name] + (positional.map { [$0.arity == .optional ? "[\($0.placeholder)]" : $0.placeholder] } ?? [])
      + options.filter(\.isRequired).map(\.usage) + optional
  }
}
