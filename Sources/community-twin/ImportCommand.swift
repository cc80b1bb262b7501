import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinImport

/// `community-twin import`: a district's CSV tables (`Docs/import.md`) to a scenario file on a
/// base scenario. Every problem of every table is listed at once, as `file:line:column`, or
/// the scenario reader's problems with the file made of them, and nothing is written (a data
/// error, 65); an unwritable destination cannot be created (73).
enum ImportCommand: Subcommand {
  static let base = Option(
    "base", .file("SCENARIO"), required: true,
    help: "The base scenario: it supplies everything but the communities, and its cohorts, roles, facilities and "
      + "funding sources are the ids the tables may use. The file written names it by a path relative to itself.")
  static let name = Option(
    "name",
    ValueParser(
      placeholder: "NAME", expectation: "a scenario name (\(ScenarioName.allowed))",
      hint: "For example: --name 和平街道", convert: { ScenarioName.isValid($0) ? $0 : nil }),
    default: "made from FOLDER's name",
    help: "The scenario's name, which names run's output folder: letters and digits of any script plus '.', '_', "
      + "'-', at most \(ScenarioName.maximumLength) characters.")
  static let out = Option(
    "out", .file(), default: "NAME.json beside FOLDER",
    help: "The scenario file to write (missing folders are created).")

  static let spec = CommandSpec(
    "import",
    positional: Positional(
      "FOLDER", noun: "a folder of CSV tables", example: "Scenarios/import/example --base Scenarios/baseline.json",
      completion: .directories,
      help: "A folder with communities.csv and, optionally, staff.csv, facilities.csv, funds.csv, and "
        + "open_cases.csv, vacancies.csv, recent_hires.csv, satisfaction.csv, projects.csv, proposals.csv and "
        + "occupancy.csv for a warm start "
        + "(Docs/import.md; templates in Scenarios/import/templates)."),
    options: [base, name, out],
    examples: ["import Scenarios/import/example --base Scenarios/baseline.json --out district.json"],
    summary:
      "Turn a street office's CSV tables (communities, and optionally their staff and pay, facilities and funds, "
      + "and the open cases, vacant posts, recent hires, satisfaction, projects under construction or awaiting approval "
      + "and facility occupancy it starts with) "
      + "into a district scenario file on a base scenario. Every bad cell is listed at once as file:line:column with "
      + "the column, the value and what is allowed; the file is checked as run reads it, and nothing is written "
      + "while there is a problem (Docs/import.md).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let folder = withoutTrailingSlashes(arguments.argument)
    let written: DistrictImport.Written
    do {
      written = try DistrictImport.run(
        folder: URL(fileURLWithPath: folder), base: URL(fileURLWithPath: arguments[required: base]),
        name: arguments[name], output: arguments[out].map { URL(fileURLWithPath: $0) })
    } catch {
      throw .input(error)
    }
    let communities = written.communities == 1 ? "1 community" : "\(written.communities) communities"
    printOutput("\(written.name): \(communities)")
    printWrote(written.file.relativePath)
  }
}
