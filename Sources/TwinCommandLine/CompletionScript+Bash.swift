extension CompletionScript {
  /// The bash script: a completion function for `complete -F`, a `case` per command; after
  /// an option that takes a value, that value's choices, files or folders; otherwise the
  /// command's options after `-`, else its positional arguments.
  static func bash(_ program: Program) -> String {
    let function = functionName(program)
    let names = singleQuoted(program.specs.map(\.name).joined(separator: " "))
    let topLevel = program.specs.map(\.name) + ["help", "--help"] + (program.version == nil ? [] : ["--version"])
    let reply = "mapfile -t COMPREPLY < <(compgen"
    var lines = header(program, .bash).map { "# " + $0 }
    lines += [
      "\(function)_words() { \(reply) -W \"$1\" -- \"$cur\"); }",
      "\(function)_directories() { compopt -o filenames 2>/dev/null; \(reply) -d -- \"$cur\"); }",
      "\(function)_files() {",
      "  compopt -o filenames 2>/dev/null",
      "  if [[ -n $1 ]]; then",
      "    \(reply) -f -X \"!*.$1\" -- \"$cur\"; compgen -d -- \"$cur\")",
      "  else",
      "    \(reply) -f -- \"$cur\")",
      "  fi",
      "}",
      "\(function)() {",
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
      "  COMPREPLY=()",
      "  if [[ $COMP_CWORD -eq 1 ]]; then",
      "    \(function)_words \(singleQuoted(topLevel.joined(separator: " ")))",
      "    return",
      "  fi",
      "  case ${COMP_WORDS[1]} in",
      "    help) [[ $COMP_CWORD -eq 2 ]] && \(function)_words \(names) ;;",
    ]
    for spec in program.specs {
      lines.append("    \(spec.name))")
      let valued = spec.options.filter { !$0.isFlag }
      if !valued.isEmpty {
        lines.append("      case $prev in")
        for option in valued {
          lines.append(
            "        \(option.spelling)) \(bashAction(option.allowedValues, option.completion, function)) ;;")
        }
        lines.append("      esac")
      }
      let spellings = singleQuoted((spec.options.map(\.spelling) + ["--help"]).joined(separator: " "))
      lines.append("      if [[ $cur == -* ]]; then \(function)_words \(spellings); return; fi")
      if let positional = spec.positional {
        lines.append("      \(bashAction(positional.allowedValues, positional.completion, function))")
      }
      lines.append("      ;;")
    }
    lines += ["  esac", "}", "complete -F \(function) \(program.name)"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The bash command that completes a value: its choices, files, folders, or nothing (then
  /// return, so a value the user types is not mistaken for a positional argument).
  private static func bashAction(_ allowed: [String], _ completion: Completion, _ function: String) -> String {
    if !allowed.isEmpty { return "\(function)_words \(singleQuoted(allowed.joined(separator: " "))); return" }
    switch completion {
    case .none: return "return"
    case .files(let ext): return "\(function)_files \(ext ?? "''"); return"
    case .directories: return "\(function)_directories; return"
    }
  }
}
