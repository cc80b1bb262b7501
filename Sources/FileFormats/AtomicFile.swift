import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or directory that could not be written: which path, and the operating system's
/// reason ("Permission denied", "No space left on device", …). The command-line tool exits
/// with status 73 (EX_CANTCREAT) on it.
public struct OutputWriteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or directory that could not be written.
  public var path: String
  /// Why, in the operating system's words.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "cannot write \(path): \(reason)" }
}

/// Whole-file writes that never leave a half-written file behind.
///
/// ``write(_:to:)`` writes the bytes to a fresh temporary file in the destination's directory
/// (`.<name>.tmp-XXXXXX`, same file system), flushes it to disk and renames it over the
/// destination with `rename(2)`, which replaces the old file atomically: a reader sees the old
/// file or the new one, never a mix. On any failure the temporary file is removed.
public enum AtomicFile {
  /// Writes `data` to `url` atomically, replacing any existing file. O(data.count).
  /// - Throws: ``OutputWriteError`` naming `url`'s path and the OS reason.
  public static func write(_ data: Data, to url: URL) throws(OutputWriteError) {
    let path = url.path
    let directory = url.deletingLastPathComponent().path
    var template = Array("\(directory)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { throw OutputWriteError(path: path, reason: lastErrorReason()) }
    let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var closed = false
    do throws(OutputWriteError) {
      if let failure = writeAll(data, to: descriptor) { throw OutputWriteError(path: path, reason: reason(failure)) }
      // mkstemp creates the file 0600; give it the usual permissions for an output file.
      guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else {
        throw OutputWriteError(path: path, reason: lastErrorReason())
      }
      closed = true
      guard close(descriptor) == 0 else { throw OutputWriteError(path: path, reason: lastErrorReason()) }
      guard rename(temporaryPath, path) == 0 else { throw OutputWriteError(path: path, reason: lastErrorReason()) }
    } catch {
      if !closed { close(descriptor) }
      unlink(temporaryPath)
      throw error
    }
  }

  /// Writes each `(name, text)` as a file in `directory`, atomically and in order; returns
  /// their URLs. O(total size).
  /// - Throws: ``OutputWriteError`` for the first file that cannot be written (the files
  ///   before it stay, each complete).
  @discardableResult
  public static func write(_ files: [(name: String, text: String)], in directory: URL) throws(OutputWriteError) -> [URL]
  {
    var urls: [URL] = []
    for file in files {
      let url = directory.appendingPathComponent(file.name)
      try write(Data(file.text.utf8), to: url)
      urls.append(url)
    }
    return urls
  }

  /// Creates directory `url` and any missing parents (like `mkdir -p`); succeeds if it
  /// already exists. O(path components).
  /// - Throws: ``OutputWriteError`` naming the path that could not be created (or that exists
  ///   but is not a directory) and the OS reason.
  public static func createDirectory(_ url: URL) throws(OutputWriteError) {
    let path = url.standardizedFileURL.path
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o777) == 0 { continue }
      let code = errno
      guard code == EEXIST else { throw OutputWriteError(path: prefix, reason: reason(code)) }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw OutputWriteError(path: prefix, reason: "exists and is not a directory")
      }
    }
  }

  /// Writes all of `data` to the open file `descriptor`, retrying short and interrupted
  /// writes; the `errno` of a failure, or `nil`. O(data.count).
  package static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
      var offset = 0
      while offset < buffer.count {
        let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
  }

  package static func lastErrorReason() -> String { reason(errno) }

  package static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `write(2)`, under a name the enum's own `write(_:to:)` does not shadow.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
