import Foundation
import TwinExperiments
import TwinOutputs

/// The progress bar on stderr: drawn only when stderr is a terminal and `--quiet` is off,
/// redrawn in place at most ten times a second, and erased when the work is done, so
/// redirected output and logs never see it.
final class ProgressBar: @unchecked Sendable {
  private let enabled: Bool
  private let start = Date()
  private let lock = NSLock()
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(quiet: Bool) {
    enabled = !quiet && isatty(STDERR_FILENO) != 0
  }

  /// Reports progress; safe from any thread. O(1).
  func update(_ progress: ExperimentProgress) {
    guard enabled else { return }
    lock.withLock {
      let now = Date()
      guard progress.finished == progress.planned || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
      lastDraw = now
      drawn = true
      let line = ProgressLine.render(progress, elapsed: now.timeIntervalSince(start))
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
