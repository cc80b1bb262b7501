import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine

/// `community-twin schema`: the JSON Schema (draft 2020-12) of scenario or sweep files, as the
/// readers record it (`Docs/scenario-format.md`, "JSON Schema"), on stdout or into a file
/// (an unwritable file cannot be created, 73).
enum SchemaCommand: Subcommand {
  static let out = Option(
    "out", .file(), default: "stdout",
    help: "The file to write the schema to, replaced atomically (its folder must exist).")

  static let spec = CommandSpec(
    "schema",
    positional: Positional(
      FileSchema.allCases.map(\.rawValue).joined(separator: "|"), noun: "a kind of file", example: "sweep",
      arity: .optional, allowedValues: FileSchema.allCases.map(\.rawValue), completion: .none,
      help: "Which files the schema describes: scenario files (the default) or sweep files."),
    options: [out],
    examples: ["schema", "schema sweep --out Scenarios/sweep.schema.json"],
    summary: "Print the JSON Schema (draft 2020-12) of scenario files or sweep files, recorded from the readers "
      + "themselves, so editors can check and complete the files as they are written (\"$schema\": "
      + "\"scenario.schema.json\"). Scenarios/ ships both. Checks a schema cannot express (shares adding up to 1, "
      + "ids defined elsewhere in the file) stay with validate.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let kind = arguments.positionals.first.flatMap(FileSchema.init(rawValue:)) ?? .scenario
    guard let file = arguments[out] else {
      printOutput(kind.text)
      return
    }
    do {
      try AtomicFile.write(Data(kind.text.utf8), to: URL(fileURLWithPath: file))
    } catch {
      throw .cannotCreate("cannot write \(file): \(error)")
    }
    printWrote(file)
  }
}
