import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments
import TwinOutputs

/// Reads a sweep's output folder for the explorer and writes the page, atomically.
public enum ExplorerFiles {
  /// Default file name inside the sweep folder.
  public static let htmlName = "explorer.html"

  /// The explorer's data for the sweep folder `folder` (a sweep's, a shard's or a merge's),
  /// in `language` (`nil`: the language its manifest records, the base scenario's).
  /// - Throws: ``FileReadError`` naming the folder or file and what is wrong: no such
  ///   folder, no `manifest.json` (not a sweep's output), a bad manifest or run log, or no
  ///   finished run yet.
  public static func read(folder: String, language: ReportLanguage? = nil) throws(FileReadError) -> ExplorerData {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FileReadError(path: folder, message: "no such folder")
    }
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent(SweepManifest.fileName).path) else {
      throw FileReadError(
        path: folder,
        message:
          "not the output folder of a sweep: it has no \(SweepManifest.fileName) (community-twin sweep or merge writes one)"
      )
    }
    let results: SweepResults
    do {
      results = try SweepResults.merge([url])
    } catch let error as FileReadError {
      throw error
    } catch {
      throw FileReadError(path: folder, message: "\(error)")
    }
    guard !results.records.isEmpty else {
      throw FileReadError(
        path: url.appendingPathComponent("runs.jsonl").path,
        message: "no finished run yet (the sweep has \(results.manifest.runs) runs): run or resume the sweep first")
    }
    return ExplorerData(results: results, language: language ?? results.manifest.language)
  }

  /// Reads `folder` and writes its explorer page in `language` (`nil`: the recorded one) to
  /// `html`, creating its folder
  /// if missing; returns the data shown.
  /// - Throws: ``FileReadError`` (see ``read(folder:)``) or ``OutputWriteError``.
  public static func write(folder: String, html: URL, language: ReportLanguage? = nil) throws -> ExplorerData {
    let data = try read(folder: folder, language: language)
    try AtomicFile.createDirectory(html.deletingLastPathComponent())
    try AtomicFile.write(Data(ExplorerPage.render(data, source: folder).utf8), to: html)
    return data
  }
}
