import FileFormats
import Foundation
import TwinExperiments
import TwinReports

/// `community-twin explore`: the sweep explorer page of a sweep's output folder (default
/// `SWEEP_DIR/explorer.html`). A folder that is not a sweep's output, or has no finished run,
/// exits 65; an unwritable destination exits 73.
func explore(folder given: String, html: String?) {
  var folder = given
  while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
  let url = URL(fileURLWithPath: html ?? folder + "/" + ExplorerFiles.htmlName)
  let data: ExplorerData
  do {
    data = try ExplorerFiles.write(folder: folder, html: url)
  } catch let error as OutputWriteError {
    printError("community-twin: error: \(error)")
    exit(ExitStatus.cannotCreate)
  } catch {
    exitWithDataError(error)
  }
  let manifest = data.manifest
  printOutput(
    "\(manifest.name): \(data.points.count) of \(manifest.points) points (\(data.runsFound) of \(manifest.runs) runs), "
      + "\(data.parameters.count) parameters, \(data.metrics.count) metrics.")
  printError("Wrote \(url.path)")
}
