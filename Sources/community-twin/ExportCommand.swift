import Foundation
import TwinCommandLine
import TwinImport

/// `community-twin export`: a scenario's communities and `initial_state` as the CSV tables
/// `import` reads (`Docs/import.md`). A bad scenario file is a data error (65), listing every
/// problem; an unwritable folder cannot be created (73).
enum ExportCommand: Subcommand {
  static let out = Option(
    "out", .directory(), required: true, help: "The folder to write the eleven tables into, created if missing.")

  static let spec = CommandSpec(
    "export", positional: CommonArguments.scenario, options: [out],
    examples: ["export Scenarios/baseline.json --out tables"],
    summary: "Write the scenario's communities and initial_state as the CSV tables import reads: communities.csv, "
      + "staff.csv, facilities.csv, funds.csv, open_cases.csv, vacancies.csv, recent_hires.csv, satisfaction.csv, "
      + "projects.csv, proposals.csv and occupancy.csv, with only what the scenario states, in canonical form (LF, no BOM). Importing them on the same "
      + "base gives the same scenario file back (Docs/import.md).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let folder = withoutTrailingSlashes(arguments[required: out])
    let files: [URL]
    do {
      files = try DistrictExport.run(
        scenario: URL(fileURLWithPath: arguments.argument), output: URL(fileURLWithPath: folder))
    } catch {
      throw .input(error)
    }
    printWrote(files.map(\.lastPathComponent), in: folder)
  }
}
