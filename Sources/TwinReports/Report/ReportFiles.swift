import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// Writes a folder's report: the HTML file and the Markdown summary, each atomically.
public enum ReportFiles {
  /// Default file names inside the output folder.
  public static let htmlName = "report.html"
  public static let markdownName = "report.md"

  /// Reads `folder`, builds the report in `language` (`nil`: the language the output records,
  /// ``ReportInput/language``) and writes it to `html` and `markdown`, creating their folders
  /// if missing (as `run --out` does).
  /// - Throws: ``FileReadError`` for a folder that is not an output of run, compare or
  ///   sweep (or a bad file in it); ``OutputWriteError`` when a file cannot be written.
  public static func write(
    folder: String, html: URL, markdown: URL, language: ReportLanguage? = nil
  ) throws -> ReportDocument {
    let input = try ReportInput.read(folder: folder)
    let document = ReportBuilder(input: input, language: language ?? input.language).document()
    try AtomicFile.createDirectory(html.deletingLastPathComponent())
    try AtomicFile.createDirectory(markdown.deletingLastPathComponent())
    try AtomicFile.write(Data(HTMLReport.render(document).utf8), to: html)
    try AtomicFile.write(Data(MarkdownReport.render(document, htmlName: html.lastPathComponent).utf8), to: markdown)
    return document
  }
}
