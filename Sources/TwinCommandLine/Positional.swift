/// The positional arguments of a command (at most one kind per command): the scenario file
/// of `run`, the scenarios of `compare`, the shard folders of `merge`.
public struct Positional: Sendable {
  /// How many a command takes.
  public enum Arity: Hashable, Sendable {
    /// Exactly one.
    case one
    /// None or one (`[SCENARIO]`).
    case optional
    /// At least this many (`DIR...`).
    case atLeast(Int)
  }

  /// The name in usage lines (`SCENARIO`, `BASE OTHER...`, `DIR...`).
  public var placeholder: String
  /// What the command needs, as said in "'run' needs …": `a scenario file`.
  public var noun: String
  /// A complete example of the arguments after the command's name, shown when they are missing.
  public var example: String
  /// What it is, one paragraph.
  public var help: String
  public var arity: Arity
  /// Every value accepted, when they can be listed (`bash`, `zsh`, `fish`), else empty.
  public var allowedValues: [String]
  /// What a shell offers.
  public var completion: Completion

  public init(
    _ placeholder: String, noun: String, example: String, arity: Arity = .one, allowedValues: [String] = [],
    completion: Completion, help: String
  ) {
    self.placeholder = placeholder
    self.noun = noun
    self.example = example
    self.arity = arity
    self.allowedValues = allowedValues
    self.completion = completion
    self.help = help
  }
}
