import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine

/// `community-twin init`: writes a starter scenario, a child of a base scenario with the keys
/// users change most and a comment in each object (`Docs/scenario-format.md`, "Starting a
/// scenario"). A bad name is a usage error (64); a missing or bad base a data error (65); an
/// existing file is never replaced (73).
enum InitCommand: Subcommand {
  static let base = DefaultedOption(
    "base", .file("SCENARIO"), default: "Scenarios/baseline.json",
    help: "The base scenario the new file is a child of; the file names it by a path relative to itself, so the "
      + "two can be moved together.")
  static let out = Option(
    "out", .file(), default: "NAME.json in the current folder",
    help: "The scenario file to write. An existing file is never replaced.")

  static let spec = CommandSpec(
    "init",
    positional: Positional(
      "NAME", noun: "a scenario name", example: "和平街道", completion: .none,
      help: "The scenario's name, which names run's output folder: letters and digits of any script plus '.', '_', "
        + "'-', at most \(ScenarioName.maximumLength) characters."),
    options: [base, out],
    examples: ["init east-district", "init 和平街道 --base Scenarios/devolution.json --out scenarios/heping.json"],
    summary: "Write a starter scenario NAME.json: a child of the base scenario with the keys most often changed (name, "
      + "description, run length, warm-up, replications and seed, one community with its residents and cohort "
      + "shares, casework staff per 1,000 residents, an example policy), their values the base's, and a comment in "
      + "each object saying what its keys mean. It names the JSON Schema beside the base, if there is one, so "
      + "editors check it as it is written. The file validates and runs as written.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let name = arguments.argument
    guard ScenarioName.isValid(name) else {
      throw .usage(
        "'\(name)' is not a scenario name: \(ScenarioName.allowed)", hint: "For example: init 和平街道",
        command: spec.name)
    }
    let basePath = arguments[base]
    guard FileManager.default.fileExists(atPath: basePath) else {
      throw .dataError(
        "no base scenario at \(basePath)", hint: "Name one with --base SCENARIO (the repository ships Scenarios/).")
    }
    let scenario = try loadScenario(basePath).scenario
    let path = arguments[out] ?? "\(name).json"
    let file = URL(fileURLWithPath: path)
    guard !FileManager.default.fileExists(atPath: path) else {
      throw .cannotCreate("\(path) exists; init never replaces a file (remove it, or give --out)")
    }
    let folder = file.deletingLastPathComponent()
    let baseURL = URL(fileURLWithPath: basePath)
    let text = ScenarioStarter.text(
      name: name, base: scenario, baseFile: RelativePath.from(folder, to: baseURL),
      schemaFile: FileSchema.scenario.reference(besideBase: baseURL, from: folder))
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try AtomicFile.write(Data(text.utf8), to: file)
    } catch {
      throw .cannotCreate("cannot write \(path): \(error)")
    }
    printWrote(path)
  }
}
