import Foundation

extension CompletionScript {
  /// The zsh script: `_arguments` with the commands (described) as the first word, then per
  /// command an `_arguments` spec of its options (with their placeholders, choices, files or
  /// folders) and its positional arguments.
  static func zsh(_ program: Program) -> String {
    let function = functionName(program)
    let specs = program.specs
    var lines = ["#compdef \(program.name)"] + header(program, .zsh).map { "# " + $0 }
    lines += ["\(function)() {", "  local -a commands", "  commands=("]
    lines += specs.map { "    " + singleQuoted(zshEscaped($0.name) + ":" + zshEscaped(brief($0.summary))) }
    lines += ["  )", "  local curcontext=$curcontext state line", "  _arguments -C \\"]
    lines.append("    '(- *)'{-h,--help}'[Show help]' \\")
    if program.version != nil { lines.append("    '(- *)--version[Show the version]' \\") }
    lines += [
      "    '1:\(program.commandNoun):->command' '*::argument:->argument'",
      "  case $state in",
      "    command) _describe -t commands '\(program.name) \(program.commandNoun)' commands ;;",
      "    argument)",
      "      case $line[1] in",
      "        help) _describe -t commands '\(program.name) \(program.commandNoun)' commands ;;",
    ]
    for spec in specs {
      lines.append("        \(spec.name))")
      lines.append("          _arguments \\")
      var arguments = spec.options.map { option in
        let repeatable = option.isRepeatable ? "*" : ""
        let description = "[\(zshEscaped(brief(option.help)))]"
        guard let placeholder = option.placeholder else {
          return singleQuoted(repeatable + option.spelling + description)
        }
        let action = zshAction(option.allowedValues, option.completion)
        return singleQuoted("\(repeatable)\(option.spelling)=\(description):\(zshEscaped(placeholder)):\(action)")
      }
      arguments.append("'(- *)'{-h,--help}'[Show this help]'")
      if let positional = spec.positional {
        let position =
          switch positional.arity {
          case .one: ""
          case .optional: ":"  // zsh: "::message:action" is an optional argument
          case .atLeast: "*"
          }
        let action = zshAction(positional.allowedValues, positional.completion)
        arguments.append(singleQuoted("\(position):\(zshEscaped(positional.placeholder)):\(action)"))
      }
      lines += arguments.enumerated().map { index, argument in
        "            " + argument + (index == arguments.count - 1 ? "" : " \\")
      }
      lines.append("          ;;")
    }
    lines += ["      esac", "      ;;", "  esac", "}", "\(function) \"$@\""]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `_arguments` action for a value: its choices, files, folders, or none (a message).
  private static func zshAction(_ allowed: [String], _ completion: Completion) -> String {
    if !allowed.isEmpty { return "(\(allowed.joined(separator: " ")))" }
    switch completion {
    case .none: return " "
    case .files(let ext): return ext.map { "_files -g \"*.\($0)\"" } ?? "_files"
    case .directories: return "_files -/"
    }
  }

  /// `text` safe inside an `_arguments` description or message: brackets and colons escaped.
  private static func zshEscaped(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "[]:\\".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}
