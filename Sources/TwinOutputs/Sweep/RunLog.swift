import FileFormats
import Foundation

/// An append-only log of finished runs, one line each (`runs.jsonl`), that survives being
/// killed at any moment.
///
/// ``append(_:)`` writes a whole line with one `write(2)` on a file opened with `O_APPEND`
/// and then `fsync(2)`s it, so a line that was reported finished is on disk. A process killed
/// mid-write can leave at most a partial last line (no line break at the end); ``read(_:)``
/// finds it, and a resumed sweep cuts it off (``truncate(_:to:)``) and redoes that run.
public final class RunLog: Sendable {
  private let descriptor: Int32
  private let path: String
  private let lock = NSLock()

  /// Opens (creating if needed) the log at `url` for appending.
  /// - Throws: ``OutputWriteError`` naming the path and the OS reason.
  public init(appendingTo url: URL) throws(OutputWriteError) {
    path = url.path
    descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw OutputWriteError(path: path, reason: AtomicFile.lastErrorReason()) }
  }

  deinit { close(descriptor) }

  /// Appends `line` and a line break, then flushes the file to disk. Safe from any thread;
  /// lines never interleave. O(line length) plus one `fsync`.
  /// - Throws: ``OutputWriteError`` (disk full, I/O error).
  public func append(_ line: String) throws(OutputWriteError) {
    lock.lock()
    defer { lock.unlock() }
    if let failure = AtomicFile.writeAll(Data((line + "\n").utf8), to: descriptor) {
      throw OutputWriteError(path: path, reason: AtomicFile.reason(failure))
    }
    guard fsync(descriptor) == 0 else { throw OutputWriteError(path: path, reason: AtomicFile.lastErrorReason()) }
  }

  /// The complete lines of the log at `url` (without line breaks), the byte length they
  /// take, and the partial last line if the file does not end in a line break. A missing
  /// file reads as empty. O(file size).
  /// - Throws: the read error of an existing file that cannot be read.
  public static func read(_ url: URL) throws -> (lines: [String], completeBytes: Int, partialLine: String?) {
    guard FileManager.default.fileExists(atPath: url.path) else { return ([], 0, nil) }
    let data = try Data(contentsOf: url)
    guard let lastBreak = data.lastIndex(of: 0x0A) else {
      return ([], 0, data.isEmpty ? nil : String(decoding: data, as: UTF8.self))
    }
    let complete = data[data.startIndex...lastBreak]
    let lines = complete.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
      .map { String(decoding: $0, as: UTF8.self) }
    let tail = data[(lastBreak + 1)...]
    return (lines, complete.count, tail.isEmpty ? nil : String(decoding: tail, as: UTF8.self))
  }

  /// Cuts the file at `url` to its first `length` bytes (dropping a partial last line) and
  /// flushes it.
  /// - Throws: ``OutputWriteError``.
  public static func truncate(_ url: URL, to length: Int) throws(OutputWriteError) {
    let descriptor = open(url.path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputWriteError(path: url.path, reason: AtomicFile.lastErrorReason()) }
    defer { close(descriptor) }
    guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
      throw OutputWriteError(path: url.path, reason: AtomicFile.lastErrorReason())
    }
  }
}
