/// A command line checked against its command's table: every option known, given at most
/// once (unless repeatable), with a valid value; the positional arguments counted. Values are
/// looked up by their typed declaration, never by a string.
public struct ParsedArguments: Sendable {
  /// The table the arguments were checked against.
  public let command: CommandSpec
  /// The positional arguments, in order.
  public let positionals: [String]
  /// Each given option's texts, in the order given (valid: the parser checked them).
  let texts: [String: [String]]

  /// The single positional argument of a command that takes exactly one.
  public var argument: String { positionals[0] }

  /// Whether `option` was on the command line.
  public func isGiven(_ option: some OptionDeclaration) -> Bool {
    texts[checked(option.spec)] != nil
  }

  /// The option's value (the last one given, for a repeatable option), or `nil` if it was not given.
  public subscript<Value>(option: Option<Value>) -> Value? {
    all(option).last
  }

  /// The value of an option the table marks required (the parser has checked it was given).
  public subscript<Value>(required option: Option<Value>) -> Value {
    precondition(option.spec.isRequired, "--\(option.spec.name) is not required")
    return self[option]!
  }

  /// The option's value, or its default.
  public subscript<Value>(option: DefaultedOption<Value>) -> Value {
    texts[checked(option.spec)].map { converted($0[0], option.spec, option.convert) } ?? option.defaultValue
  }

  /// Whether the switch was given.
  public subscript(flag: Flag) -> Bool {
    isGiven(flag)
  }

  /// Every value of `option`, in the order given (empty if not given).
  public func all<Value>(_ option: Option<Value>) -> [Value] {
    (texts[checked(option.spec)] ?? []).map { converted($0, option.spec, option.convert) }
  }

  /// `spec`'s name, after checking it is in this command's table (a programmer error otherwise).
  private func checked(_ spec: OptionSpec) -> String {
    precondition(command.option(named: spec.name) != nil, "'\(command.name)' has no option --\(spec.name)")
    return spec.name
  }

  private func converted<Value>(
    _ text: String, _ spec: OptionSpec, _ convert: @Sendable (String) -> Value?
  ) -> Value {
    guard let value = convert(text) else { preconditionFailure("--\(spec.name) '\(text)' passed the parser's check") }
    return value
  }
}
