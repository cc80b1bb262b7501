import FileFormats

extension CommandSpec {
  /// Checks `arguments` (those after the command's name) against this table; `program` is
  /// the executable's name, for examples in errors.
  ///
  /// Options take their value as the next argument (`--seed 7`) or after `=` (`--seed=7`);
  /// a value may not start with `--` (so a forgotten value is caught, not swallowed). A flag
  /// takes no value. Anything not starting with `-` (and `-` itself) is positional.
  ///
  /// - Throws: a usage ``CommandFailure`` naming the option and this command: an unknown
  ///   option (with a did-you-mean when one is close), an option given twice, a missing or
  ///   invalid value, a missing required option, too few or too many positional arguments.
  /// - Complexity: O(arguments × options).
  public func parse(_ arguments: [String], program: String) throws(CommandFailure) -> ParsedArguments {
    var positionals: [String] = []
    var texts: [String: [String]] = [:]
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      guard argument.hasPrefix("-"), argument != "-" else {
        positionals.append(argument)
        continue
      }
      let (spec, attached) = try option(in: argument)
      guard texts[spec.name] == nil || spec.isRepeatable else {
        throw failure("option \(spec.spelling) given more than once")
      }
      let text: String
      if spec.isFlag {
        guard attached == nil else { throw failure("\(spec.spelling) is a switch and takes no value") }
        text = ""
      } else if let attached {
        text = attached
      } else {
        guard let next = remaining.first, !next.hasPrefix("--") else {
          throw failure("option \(spec.spelling) needs a value for '\(name)' (\(spec.usage))")
        }
        text = remaining.removeFirst()
      }
      try check(text, for: spec)
      texts[spec.name, default: []].append(text)
    }
    if let missing = options.first(where: { $0.isRequired && texts[$0.name] == nil }) {
      throw failure("'\(name)' needs \(missing.usage), \(missing.help.prefix { $0 != "." }.lowercased())")
    }
    try check(positionals, program: program)
    return ParsedArguments(command: self, positionals: positionals, texts: texts)
  }

  /// A usage failure pointing to this command's help.
  func failure(_ message: String, hint: String? = nil) -> CommandFailure {
    .usage(message, hint: hint, command: name)
  }

  /// The option `argument` names (`--name` or `--name=value`) and the value after `=`, if any.
  private func option(in argument: String) throws(CommandFailure) -> (OptionSpec, attached: String?) {
    let body = argument.drop { $0 == "-" }
    let equals = body.firstIndex(of: "=")
    let name = String(body[..<(equals ?? body.endIndex)])
    guard argument.hasPrefix("--"), let spec = option(named: name) else {
      let typed = argument.prefix { $0 != "=" }
      let suggestion = EditDistance.suggestion(for: "--" + name, in: options.map(\.spelling))
      throw failure(
        "unknown option '\(typed)' for '\(self.name)'\(suggestion)",
        hint: options.isEmpty ? "'\(self.name)' takes no options." : nil)
    }
    return (spec, equals.map { String(body[body.index(after: $0)...]) })
  }

  /// Throws unless `text` is a valid value of `spec`.
  private func check(_ text: String, for spec: OptionSpec) throws(CommandFailure) {
    guard !spec.isFlag, !spec.accepts(text) else { return }
    guard !text.isEmpty else { throw failure("\(spec.spelling) needs \(spec.expectation)", hint: spec.hint) }
    let suggestion = EditDistance.suggestion(for: text, in: spec.allowedValues)
    throw failure("\(spec.spelling) '\(text)' is not \(spec.expectation)\(suggestion)", hint: spec.hint)
  }

  /// Throws unless the positional arguments are as many as the table says, and allowed.
  private func check(_ positionals: [String], program: String) throws(CommandFailure) {
    guard let positional else {
      if let first = positionals.first { throw failure("unexpected argument '\(first)' ('\(name)' takes none)") }
      return
    }
    let minimum: Int
    switch positional.arity {
    case .one, .optional:
      minimum = positional.arity == .one ? 1 : 0
      if positionals.count > 1 {
        throw failure("unexpected argument '\(positionals[1])' ('\(name)' takes \(positional.noun))")
      }
    case .atLeast(let count): minimum = count
    }
    guard positionals.count >= minimum else {
      throw failure("'\(name)' needs \(positional.noun)", hint: "For example: \(program) \(name) \(positional.example)")
    }
    if !positional.allowedValues.isEmpty, let bad = positionals.first(where: { !positional.allowedValues.contains($0) })
    {
      let suggestion = EditDistance.suggestion(for: bad, in: positional.allowedValues)
      throw failure(
        "'\(name)' takes \(positional.noun), one of \(positional.allowedValues.joined(separator: ", ")), "
          + "not '\(bad)'\(suggestion)")
    }
  }
}
