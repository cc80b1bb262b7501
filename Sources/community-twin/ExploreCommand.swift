import FileFormats
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinReports

/// `community-twin explore`: the sweep explorer page of a sweep's output folder (default
/// `DIR/explorer.html`). A folder that is not a sweep's output, or has no finished run, is a
/// data error (65); an unwritable destination cannot be created (73).
enum ExploreCommand: Subcommand {
  static let html = Option(
    "html", .file(), default: "DIR/explorer.html", help: "Where to write the page (missing folders are created).")

  static let lang = Option(
    "lang", .choice(ReportLanguage.self), default: "the base scenario's language (its language key), else en",
    help: "Language of the page, en or zh (simplified Chinese: its words, metric labels and units, large amounts "
      + "in 万 and 亿).")

  static let spec = CommandSpec(
    "explore", positional: sweepFolder, options: [html, lang],
    examples: ["explore results/staffing-devolution/merged", "explore results/staffing-devolution/merged --lang zh"],
    summary: "From a sweep's (or merge's) output folder: one self-contained HTML page for workshops, a slider per "
      + "swept parameter that stops at the computed values (snapping to the nearest computed point), the selected "
      + "point's metrics with 95% CIs, each metric against the parameter moved and trade-off charts, redrawn in the "
      + "browser, with the sweep's and base scenario's descriptions (Docs/sweeps.md).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let folder = withoutTrailingSlashes(arguments.argument)
    let url = URL(fileURLWithPath: arguments[html] ?? folder + "/" + ExplorerFiles.htmlName)
    let data: ExplorerData
    do {
      data = try ExplorerFiles.write(folder: folder, html: url, language: arguments[lang])
    } catch {
      throw .input(error)
    }
    let manifest = data.manifest
    printOutput(
      data.language.words(
        "\(manifest.name): \(data.points.count) of \(manifest.points) points (\(data.runsFound) of \(manifest.runs) "
          + "runs), \(data.parameters.count) parameters, \(data.metrics.count) metrics.",
        "\(manifest.name)：\(manifest.points)个点中的\(data.points.count)个（\(manifest.runs)次运行中的\(data.runsFound)次），"
          + "\(data.parameters.count)个参数，\(data.metrics.count)个指标。"))
    printWrote(url.path, language: data.language)
  }
}
