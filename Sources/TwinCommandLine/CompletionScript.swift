import Foundation

/// Shell completion scripts generated from a program's tables: its commands, each command's
/// options and their allowed values, and files or folders where a path is expected.
public enum CompletionScript {
  /// The table of the built-in `completion` command.
  public static func spec(for program: String) -> CommandSpec {
    CommandSpec(
      "completion",
      positional: Positional(
        Shell.allCases.map(\.rawValue).joined(separator: "|"), noun: "a shell", example: "bash",
        allowedValues: Shell.allCases.map(\.rawValue), completion: .none,
        help: "The shell to complete for: bash, zsh or fish."),
      examples: Shell.allCases.map { "completion \($0.rawValue) > \($0.installPath(for: program))" },
      summary: "Print a completion script for bash, zsh or fish on stdout: commands, options, their allowed "
        + "values, and file names where a file is expected. Save it where the shell looks (see the examples; for "
        + "zsh, put fpath+=(~/.zfunc) before compinit in ~/.zshrc) and start a new shell.")
  }

  /// The script for `shell`.
  public static func render(_ program: Program, for shell: Shell) -> String {
    switch shell {
    case .bash: bash(program)
    case .zsh: zsh(program)
    case .fish: fish(program)
    }
  }

  /// The script's opening comment lines (without the comment marker).
  static func header(_ program: Program, _ shell: Shell) -> [String] {
    [
      "\(shell.rawValue) completion for \(program.name), generated from its option tables by",
      "'\(program.name) completion \(shell.rawValue)'. Install: \(program.name) completion \(shell.rawValue) > "
        + shell.installPath(for: program.name),
    ]
  }

  /// `program`'s name as a shell function name (`_community_twin`).
  static func functionName(_ program: Program) -> String {
    "_" + program.name.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
  }

  /// The first sentence of `text`, cut at a word before `limit` characters (with `…`): a
  /// completion menu's description.
  static func brief(_ text: String, limit: Int = 72) -> String {
    var sentence = String(text.prefix { $0 != "\n" })
    if let end = sentence.range(of: ". ") { sentence = String(sentence[..<end.lowerBound]) }
    if sentence.hasSuffix(".") { sentence.removeLast() }
    guard sentence.count > limit else { return sentence }
    let cut = sentence.prefix(limit - 1)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
  }

  /// `text` inside single quotes for a POSIX shell (bash, zsh).
  static func singleQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}
