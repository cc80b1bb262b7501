import Foundation

/// A file that cannot be read, with the operating system's reason (`No such file or
/// directory`).
struct UnreadableFile: Error {
  let reason: String
}

/// The bytes of a scenario, base or sweep file: one read, and the operating system's words
/// when it fails.
enum FileBytes {
  /// The bytes of the file at `url`.
  /// - Returns: the bytes, or why they could not be read (from the underlying POSIX error
  ///   when Foundation wraps one).
  /// - Complexity: O(file size).
  static func read(_ url: URL) -> Result<Data, UnreadableFile> {
    do {
      return .success(try Data(contentsOf: url))
    } catch {
      let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
      if let posix = underlying ?? (error as NSError?), posix.domain == NSPOSIXErrorDomain {
        return .failure(UnreadableFile(reason: String(cString: strerror(Int32(posix.code)))))
      }
      return .failure(UnreadableFile(reason: error.localizedDescription))
    }
  }

  /// The bytes of the file at `url`, and the name problems give it (its path as given).
  /// - Throws: ``ScenarioFileError`` with one problem, `cannot read the file: <reason>`.
  /// - Complexity: O(file size).
  static func contents(of url: URL) throws -> (file: String, data: Data) {
    let file = url.isFileURL ? url.relativePath : url.absoluteString
    switch read(url) {
    case .success(let data):
      return (file, data)
    case .failure(let unreadable):
      throw ScenarioFileError(problems: [
        ScenarioProblem(file: file, keyPath: "", message: "cannot read the file: \(unreadable.reason)")
      ])
    }
  }
}
