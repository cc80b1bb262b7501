import TwinCommandLine

/// A small program whose tables have every kind of row the parser knows: values of several
/// kinds, a default, a choice, a repeatable and a required option, flags, positionals.
enum Colour: String, CaseIterable, Sendable { case red, green, blue }

enum PaintCommand: Subcommand {
  static let coats = DefaultedOption("coats", .integer("N", in: 1...10), default: 2, help: "Coats of paint.")
  static let colour = DefaultedOption("colour", .choice(Colour.self), default: .red, help: "The colour.")
  static let seed = Option("seed", .unsigned("S"), default: "from the wall", help: "Random seed.")
  static let ratio = Option(
    "ratio", .number("R", "a ratio in (0, 1), e.g. 0.5") { $0 > 0 && $0 < 1 }, help: "Thinning ratio.")
  static let layer = Option("layer", .text("NAME", "a layer name"), repeatable: true, help: "A layer to paint.")
  static let out = Option("out", .directory(), help: "Where the photos go.")
  static let dry = Flag("dry", help: "Only pretend.")
  static let spec = CommandSpec(
    "paint",
    positional: Positional(
      "WALL...", noun: "the walls to paint", example: "north.json south.json", arity: .atLeast(1),
      completion: .files(extension: "json"), help: "Wall files."),
    options: [coats, colour, seed, ratio, layer, out, dry], examples: ["paint north.json --coats 3"],
    summary: "Paint walls. Then admire them.")
  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {}
}

enum HangCommand: Subcommand {
  static let hook = Option("hook", .text("H", "a hook name"), required: true, help: "The hook to hang it on.")
  static let spec = CommandSpec(
    "hang",
    positional: Positional(
      "PICTURE", noun: "a picture", example: "mona.json --hook left", completion: .files(extension: nil),
      help: "The picture."),
    options: [hook], summary: "Hang a picture.")
  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    throw .dataError("the wall is made of paper")
  }
}

enum WipeCommand: Subcommand {
  static let spec = CommandSpec("wipe", positional: nil, summary: "Wipe everything.")
  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {}
}

/// The example program (a fresh value each time: `Program` holds metatypes, not `Sendable`).
var painter: Program {
  Program(
    name: "painter", version: "1.2.3", headline: "paints walls.",
    commands: [PaintCommand.self, HangCommand.self, WipeCommand.self],
    sections: [HelpSection("EXIT STATUS", entries: [HelpEntry("64", "Usage error.")])],
    commandHelpFooter: "More: painter --help.", offersCompletion: true)
}

/// `arguments` parsed as `paint …`, or the failure.
func paint(_ arguments: [String]) -> Result<ParsedArguments, CommandFailure> {
  Result { () throws(CommandFailure) in try PaintCommand.spec.parse(arguments, program: "painter") }
}
