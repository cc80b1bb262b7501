extension CompletionScript {
  /// The fish script: one `complete` line per command (offered while no command is given)
  /// and per option of each command (its choices, files or folders), and one for each
  /// command's positional arguments.
  static func fish(_ program: Program) -> String {
    let name = program.name
    let specs = program.specs
    var lines = header(program, .fish).map { "# " + $0 }
    lines.append("complete -c \(name) -f")
    lines.append("complete -c \(name) -n __fish_use_subcommand -s h -l help -d 'Show help'")
    if program.version != nil {
      lines.append("complete -c \(name) -n __fish_use_subcommand -l version -d 'Show the version'")
    }
    for spec in specs {
      lines.append("complete -c \(name) -n __fish_use_subcommand -a \(spec.name) -d \(fishQuoted(brief(spec.summary)))")
    }
    let names = fishQuoted(specs.map(\.name).joined(separator: " "))
    lines.append("complete -c \(name) -n '__fish_seen_subcommand_from help' -a \(names)")
    for spec in specs {
      let condition = "complete -c \(name) -n '__fish_seen_subcommand_from \(spec.name)'"
      for option in spec.options {
        let value = option.isFlag ? "" : " " + fishAction(option.allowedValues, option.completion)
        lines.append("\(condition) -l \(option.name)\(value) -d \(fishQuoted(brief(option.help)))")
      }
      lines.append("\(condition) -s h -l help -d 'Show this help'")
      if let positional = spec.positional {
        lines.append("\(condition) \(fishAction(positional.allowedValues, positional.completion))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `complete` arguments for a value: its choices, files, folders, or any text.
  private static func fishAction(_ allowed: [String], _ completion: Completion) -> String {
    if !allowed.isEmpty { return "-x -a \(fishQuoted(allowed.joined(separator: " ")))" }
    switch completion {
    case .none: return "-x"
    case .files(let ext): return ext.map { "-x -a '(__fish_complete_suffix .\($0))'" } ?? "-r -F"
    case .directories: return "-x -a '(__fish_complete_directories)'"
    }
  }

  /// `text` in fish's single quotes (only `\` and `'` are escaped there).
  private static func fishQuoted(_ text: String) -> String {
    "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
  }
}
