import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinReports

/// `community-twin report`: the HTML report and Markdown summary of an output folder of run,
/// compare or sweep (default `DIR/report.html` and `DIR/report.md`). A folder that is not
/// such an output, or a bad file in it, is a data error (65); an unwritable destination
/// cannot be created (73).
enum ReportCommand: Subcommand {
  static let html = Option(
    "html", .file(), default: "DIR/report.html", help: "Where to write the HTML report (missing folders are created).")
  static let markdown = Option(
    "markdown", .file(), default: "DIR/report.md",
    help: "Where to write the Markdown summary (missing folders are created).")
  static let lang = Option(
    "lang", .choice(ReportLanguage.self), default: "the language the output records (run's or compare's), else en",
    help: "Language of the report, en or zh (simplified Chinese: headings, findings, metric labels and units, "
      + "large amounts in 万 and 亿; Docs/reports.md).")

  static let spec = CommandSpec(
    "report",
    positional: Positional(
      "DIR", noun: "an output folder", example: "results/compare", completion: .directories,
      help: "The output folder of run, compare, sweep or merge."),
    options: [html, markdown, lang],
    examples: ["report results/compare", "report results/compare --lang zh"],
    summary: "From the output folder DIR of run, compare, sweep or merge: one self-contained HTML report (inline SVG "
      + "charts, no network; prints on A4) and a Markdown summary with the same tables and key findings "
      + "(Docs/reports.md).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let folder = withoutTrailingSlashes(arguments.argument)
    let html = URL(fileURLWithPath: arguments[html] ?? folder + "/" + ReportFiles.htmlName)
    let markdown = URL(fileURLWithPath: arguments[markdown] ?? folder + "/" + ReportFiles.markdownName)
    let document: ReportDocument
    do {
      document = try ReportFiles.write(folder: folder, html: html, markdown: markdown, language: arguments[lang])
    } catch {
      throw .input(error)
    }
    let findings =
      document.sections.first { $0.id == "findings" }?.blocks.compactMap { block -> [String]? in
        if case .findings(let sentences) = block { return sentences }
        return nil
      }.flatMap { $0 } ?? []
    let heading = document.language.words("Key findings:", "主要发现：")
    printOutput((["\(document.title)", heading] + findings.map { "- " + $0 }).joined(separator: "\n"))
    printWrote(html.path + document.language.comma + markdown.path, language: document.language)
  }
}
