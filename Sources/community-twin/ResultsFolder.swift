import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinOutputs
import TwinReports

/// The output folder of `run` or `compare` (``OutputFolder``'s rules): refused when it holds
/// files community-twin did not write, unless `--force`; after the new results are written,
/// the earlier results and report they replace are removed (only in a folder of ours, so a
/// forced write never deletes another program's files).
struct ResultsFolder {
  /// `--force`.
  static let force = Flag(
    "force",
    help: "Write into --out DIR even if it holds files community-twin did not write (refused otherwise, exit 73). "
      + "Without it, a folder of earlier results is reused and their files that the new results do not replace "
      + "(a report, the other command's files) are removed.")

  /// Every file a run, a comparison or a report writes into the folder.
  static let replaceable: [String] =
    RunOutput.fileNames + ComparisonOutput.fileNames.filter { !RunOutput.fileNames.contains($0) } + [
      UncertainJSON.fileName, "uncertain.csv", ReportFiles.htmlName, ReportFiles.markdownName,
    ]

  var path: String
  var url: URL
  /// Whether the folder was empty, missing or community-twin's before this command.
  var isOurs: Bool

  /// The folder `requested` (or `fallback`), checked and created.
  /// - Throws: cannot create (73) for a folder of foreign files without `force`, or one that
  ///   cannot be created.
  init(_ requested: String?, fallback: String, force: Bool) throws(CommandFailure) {
    let directory = withoutTrailingSlashes(requested ?? fallback)
    isOurs = OutputFolder.isWritable(URL(fileURLWithPath: directory, isDirectory: true))
    if !isOurs && !force {
      throw .cannotCreate(
        "\(directory) holds files community-twin did not write (no summary.json, comparison.json or uncertain.json "
          + "of its own): choose another --out, or add --force to write there anyway")
    }
    (path, url) = try prepareOutputDirectory(directory, fallback: fallback)
  }

  /// Writes `names` with `write`, says where, then removes the files of earlier results that
  /// `names` do not replace (in a folder of ours) and says which, in `language`.
  /// - Throws: cannot create (73).
  func write(_ names: [String], language: ReportLanguage, _ write: () throws -> Void) throws(CommandFailure) {
    try writeOutput(to: path, names: names, language: language, write)
    guard isOurs else { return }
    do {
      let removed = try OutputFolder.removeStale(in: url, replaceable: Self.replaceable, written: names)
      if !removed.isEmpty {
        let files = removed.joined(separator: language.comma)
        printError(language.words("Removed \(files) of earlier results from \(path)", "已从 \(path) 删除旧结果：\(files)"))
      }
    } catch {
      throw .cannotCreate("\(error)")
    }
  }
}
