import FileFormats
import Foundation
import TwinExperiments
import TwinReports

/// `community-twin report`: the HTML report and Markdown summary of an output folder of run,
/// compare or sweep (default `DIR/report.html` and `DIR/report.md`). A folder that is not
/// such an output, or a bad file in it, exits 65; an unwritable destination exits 73.
func report(_ options: ReportOptions) {
  var folder = options.folder
  while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
  let html = URL(fileURLWithPath: options.html ?? folder + "/" + ReportFiles.htmlName)
  let markdown = URL(fileURLWithPath: options.markdown ?? folder + "/" + ReportFiles.markdownName)
  let document: ReportDocument
  do {
    document = try ReportFiles.write(folder: folder, html: html, markdown: markdown)
  } catch let error as OutputWriteError {
    printError("community-twin: error: \(error)")
    exit(ExitStatus.cannotCreate)
  } catch {
    exitWithDataError(error)
  }
  let findings = document.sections.first { $0.id == "findings" }?.blocks.compactMap { block -> [String]? in
    if case .findings(let sentences) = block { return sentences }
    return nil
  }.flatMap { $0 } ?? []
  printOutput((["\(document.title)", "Key findings:"] + findings.map { "- " + $0 }).joined(separator: "\n"))
  printError("Wrote \(html.path), \(markdown.path)")
}
