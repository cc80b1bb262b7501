import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments
import TwinOutputs

/// The progress bar on stderr: drawn only when stderr is a terminal and `--quiet` is off,
/// redrawn in place at most ten times a second, and erased when the work is done, so
/// redirected output and logs never see it.
final class ProgressBar: @unchecked Sendable {
  private let enabled: Bool
  private let language: ReportLanguage
  private let start = Date()
  private let lock = NSLock()
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(quiet: Bool, language: ReportLanguage) {
    enabled = !quiet && isatty(STDERR_FILENO) != 0
    self.language = language
  }

  /// Runs `work` with the bar in `language` (handing it ``update(_:)``), and erases the bar
  /// afterwards, whether `work` returns or throws.
  static func showing<T, Failure: Error>(
    unless quiet: Bool, language: ReportLanguage = .en,
    _ work: (_ progress: @escaping @Sendable (ExperimentProgress) -> Void) throws(Failure) -> T
  ) throws(Failure) -> T {
    let bar = ProgressBar(quiet: quiet, language: language)
    defer { bar.finish() }
    return try work(bar.update)
  }

  /// Reports progress; safe from any thread. O(1).
  func update(_ progress: ExperimentProgress) {
    guard enabled else { return }
    lock.withLock {
      let now = Date()
      guard progress.finished == progress.planned || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
      lastDraw = now
      drawn = true
      let line = ProgressLine.render(progress, elapsed: now.timeIntervalSince(start), language: language)
      FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }
  }

  /// Erases the bar (before the results are printed).
  func finish() {
    lock.withLock {
      if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      drawn = false
    }
  }
}

/// Runs `experiment` with the progress bar (in `language`) unless quiet.
/// - Throws: a usage error (64) listing every problem of an experiment whose settings the
///   parser cannot see (such as a replication count from the file that is odd under
///   `--antithetic`).
func runWithProgress(
  _ experiment: Experiment, threads: Int, quiet: Bool, language: ReportLanguage
) throws(CommandFailure) -> ExperimentResult {
  do {
    return try ProgressBar.showing(unless: quiet, language: language) { progress throws(ExperimentError) in
      try experiment.run(threads: threads, progress: progress)
    }
  } catch {
    throw .usage(error.description)
  }
}
