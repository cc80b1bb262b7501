/// One row of a command's option table: everything the parser, the help, the errors and the
/// completion scripts know about an option.
///
/// Commands declare typed ``Option``, ``DefaultedOption`` and ``Flag`` values; each carries
/// its row, and a ``CommandSpec`` lists the rows.
public struct OptionSpec: Sendable {
  /// The name without dashes (`seed` for `--seed`).
  public var name: String
  /// The value's name in usage lines (`S`), or `nil` for a flag, which takes no value.
  public var placeholder: String?
  /// What the option does, one paragraph (wrapped to the terminal's width by the help).
  public var help: String
  /// The default in words (`from the scenario file`, `0.05`), or `nil` if there is none to say.
  public var defaultText: String?
  /// Every value accepted, when they can be listed (shown and completed), else empty.
  public var allowedValues: [String]
  /// What a shell offers for the value.
  public var completion: Completion
  /// Whether it may be given more than once (each value is kept, in order).
  public var isRepeatable: Bool
  /// Whether the command cannot run without it (shown outside brackets in the usage line).
  public var isRequired: Bool
  /// What a valid value is, in words, for errors (`a positive whole number`).
  public var expectation: String
  /// A line shown under the error for a bad value, or `nil`.
  public var hint: String?
  /// Whether `text` is a valid value (always `true` for a flag, which takes none).
  public let accepts: @Sendable (String) -> Bool

  /// `--name`, as typed.
  public var spelling: String { "--" + name }

  /// Whether it is a switch: present or absent, with no value.
  public var isFlag: Bool { placeholder == nil }

  /// `--name PLACEHOLDER`, or `--name` for a flag.
  public var usage: String { placeholder.map { "\(spelling) \($0)" } ?? spelling }
}

/// A typed option row (``Option``, ``DefaultedOption``, ``Flag``) or a bare row.
public protocol OptionDeclaration: Sendable {
  /// Its row in the command's table.
  var spec: OptionSpec { get }
}

extension OptionSpec: OptionDeclaration {
  public var spec: OptionSpec { self }
}

/// An option taking a value; ``ParsedArguments`` gives it as `Value?` (`nil`: not given,
/// which the command reads as "the scenario file's value" or similar, said in ``OptionSpec/defaultText``).
public struct Option<Value: Sendable>: OptionDeclaration {
  public let spec: OptionSpec
  let convert: @Sendable (String) -> Value?

  /// - Parameters:
  ///   - name: without dashes.
  ///   - parser: how the text becomes a `Value`.
  ///   - placeholder: the value's name in usage lines; default: the parser's.
  ///   - defaultText: the default in words, if there is one to say.
  ///   - repeatable: whether the option may be given more than once.
  ///   - required: whether the command needs it.
  ///   - help: what it does, one paragraph.
  public init(
    _ name: String, _ parser: ValueParser<Value>, placeholder: String? = nil, default defaultText: String? = nil,
    repeatable: Bool = false, required: Bool = false, help: String
  ) {
    spec = OptionSpec(
      name: name, placeholder: placeholder ?? parser.placeholder, help: help, defaultText: defaultText,
      allowedValues: parser.allowedValues, completion: parser.completion, isRepeatable: repeatable,
      isRequired: required, expectation: parser.expectation, hint: parser.hint,
      accepts: { parser.convert($0) != nil })
    convert = parser.convert
  }
}

/// An option taking a value with a default in code; ``ParsedArguments`` gives it as `Value`,
/// and the help says the default from the same value.
public struct DefaultedOption<Value: Sendable>: OptionDeclaration {
  public let spec: OptionSpec
  /// The value when the option is not given.
  public let defaultValue: Value
  let convert: @Sendable (String) -> Value?

  /// Like ``Option/init(_:_:placeholder:default:repeatable:required:help:)``, with the
  /// default value; `defaultText` overrides its wording (`all cores (2 here)`).
  public init(
    _ name: String, _ parser: ValueParser<Value>, placeholder: String? = nil, default defaultValue: Value,
    defaultText: String? = nil, help: String
  ) {
    spec =
      Option(name, parser, placeholder: placeholder, default: defaultText ?? parser.format(defaultValue), help: help)
      .spec
    self.defaultValue = defaultValue
    convert = parser.convert
  }
}

/// A switch (`--quiet`): present or absent, never given a value.
public struct Flag: OptionDeclaration {
  public let spec: OptionSpec

  public init(_ name: String, help: String) {
    spec = OptionSpec(
      name: name, placeholder: nil, help: help, defaultText: nil, allowedValues: [], completion: .none,
      isRepeatable: false, isRequired: false, expectation: "", hint: nil, accepts: { _ in true })
  }
}
