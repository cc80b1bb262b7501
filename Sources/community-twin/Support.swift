import CommunityModel
import Foundation
import ScenarioFiles
import TwinExperiments
import TwinOutputs

/// Exit statuses (sysexits.h).
enum ExitStatus {
  static let usage: Int32 = 64  // EX_USAGE
  static let dataError: Int32 = 65  // EX_DATAERR
  static let cannotCreate: Int32 = 73  // EX_CANTCREAT
}

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Prints `text` on stdout, ending it with a newline if it has none.
func printOutput(_ text: String) {
  FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Reads the scenario file at `path` (the scenario and the bytes it came from), or reports
/// every problem and exits 65.
func loadScenario(_ path: String) -> (scenario: Scenario, bytes: Data, bases: [ScenarioSource]) {
  do {
    return try ScenarioFile.read(URL(fileURLWithPath: path))
  } catch let error as ScenarioFileError {
    printError(error.description)
  } catch {
    printError("community-twin: error: cannot read scenario file \(path): \(error.localizedDescription)")
  }
  exit(ExitStatus.dataError)
}

/// Reports a bad input file or folder and exits 65: a ``ScenarioFileError`` (scenario,
/// sweep file or manifest) lists its problems under the file's name; anything else gets the
/// usual prefix.
func exitWithDataError(_ error: any Error) -> Never {
  printError((error as? ScenarioFileError)?.description ?? "community-twin: error: \(error)")
  exit(ExitStatus.dataError)
}

/// The output directory: `requested`, or `fallback`, without trailing slashes; created now,
/// so an unwritable destination is found before a long run rather than after it (exit 73).
func prepareOutputDirectory(_ requested: String?, fallback: String) -> (path: String, url: URL) {
  var directory = requested ?? fallback
  while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
  let url = URL(fileURLWithPath: directory, isDirectory: true)
  do {
    try RunOutput.prepare(url)
  } catch {
    printError("community-twin: error: \(error)")
    exit(ExitStatus.cannotCreate)
  }
  return (directory, url)
}

/// Writes the output files with `write`, then says where on stderr; exit 73 on failure.
func writeOutput(to directory: String, names: [String], _ write: () throws -> Void) {
  do {
    try write()
  } catch {
    printError("community-twin: error: \(error)")
    exit(ExitStatus.cannotCreate)
  }
  let prefix = directory == "/" ? "/" : directory + "/"
  printError("Wrote \(prefix)\(names.joined(separator: ", "))")
}

/// Runs `experiment`, drawing the progress bar unless quiet; an experiment with problems
/// (settings the parser cannot see, such as a replication count from the file that is odd
/// under --antithetic) exits 64 with every problem.
func runWithProgress(_ experiment: Experiment, threads: Int?, quiet: Bool) -> ExperimentResult {
  let bar = ProgressBar(quiet: quiet)
  defer { bar.finish() }
  do {
    return try experiment.run(threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, progress: bar.update)
  } catch {
    bar.finish()
    printError("community-twin: error: \(error.description)")
    exit(ExitStatus.usage)
  }
}

extension ExperimentOptions {
  /// The replication plan these options ask for, `fileReplications` when none.
  func plan(fileReplications: Int) -> ReplicationPlan {
    switch replications {
    case .fixed(let n): .fixed(n)
    case .auto:
      .untilPrecision(
        PrecisionTarget(
          relativeHalfWidth: precision ?? 0.05, of: precisionOf, minimum: 10, maximum: maxReplications ?? 200))
    case nil: .fixed(fileReplications)
    }
  }
}
