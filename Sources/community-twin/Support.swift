import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// Prints `text` on stderr (notes, where files were written), ending it with a newline.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Prints `text` on stdout, ending it with a newline if it has none.
func printOutput(_ text: String) {
  FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

extension CommandFailure {
  /// A library's error about reading input or writing output: an ``OutputWriteError`` cannot
  /// be written (73); anything else is a bad input file or folder (65), such as a
  /// ``ScenarioFileError`` listing every problem of a scenario or sweep file, or a
  /// ``FileReadError`` naming what is wrong in an output folder.
  static func input(_ error: any Error) -> CommandFailure {
    error is OutputWriteError ? .cannotCreate("\(error)") : .dataError("\(error)")
  }
}

/// Reads the scenario file at `path` (the scenario and the bytes it came from).
/// - Throws: a data error (65) listing every problem, or saying why the file cannot be read.
func loadScenario(_ path: String) throws(CommandFailure) -> (
  scenario: Scenario, bytes: Data, bases: [ScenarioSource], language: ReportLanguage
) {
  do {
    return try ScenarioFile.read(URL(fileURLWithPath: path))
  } catch let error as ScenarioFileError {
    throw .dataError(error.description)
  } catch {
    throw .dataError("cannot read scenario file \(path): \(error.localizedDescription)")
  }
}

/// The output directory: `requested`, or `fallback`, without trailing slashes; created now,
/// so an unwritable destination is found before a long run rather than after it.
/// - Throws: cannot create (73).
func prepareOutputDirectory(_ requested: String?, fallback: String) throws(CommandFailure) -> (path: String, url: URL) {
  let directory = withoutTrailingSlashes(requested ?? fallback)
  let url = URL(fileURLWithPath: directory, isDirectory: true)
  do {
    try RunOutput.prepare(url)
  } catch {
    throw .cannotCreate("\(error)")
  }
  return (directory, url)
}

/// `path` without trailing slashes (but `/` stays `/`).
func withoutTrailingSlashes(_ path: String) -> String {
  var path = path
  while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
  return path
}

/// Writes the output files with `write`, then says where on stderr, in `language`.
/// - Throws: cannot create (73).
func writeOutput(
  to directory: String, names: [String], language: ReportLanguage = .en, _ write: () throws -> Void
) throws(CommandFailure) {
  do {
    try write()
  } catch {
    throw .cannotCreate("\(error)")
  }
  printWrote(names, in: directory, language: language)
}

/// Says on stderr that the files `names` were written into `directory`
/// ("Wrote out/summary.json, replications.csv"), in `language`.
func printWrote(_ names: [String], in directory: String, language: ReportLanguage = .en) {
  let prefix = directory == "/" ? "/" : directory + "/"
  printWrote(prefix + names.joined(separator: language.comma), language: language)
}

/// Says on stderr that `files` (one path, or paths joined by ``ReportLanguage/comma``) were
/// written, in `language`.
func printWrote(_ files: String, language: ReportLanguage = .en) {
  printError(language.words("Wrote \(files)", "已写入 \(files)"))
}
