import FileFormats
import Foundation

extension ProblemCollector {
  /// The bytes of the file at `url`, or the problem that it cannot be read, thrown.
  /// - Throws: ``ScenarioFileError`` with that one problem (and any reported before).
  package func bytes(of url: URL) throws(ScenarioFileError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      report("", "cannot be read (missing, or not a readable file)")
      try throwIfAny()
      preconditionFailure("reported")
    }
    return Array(data)
  }

  /// `bytes` parsed as a CSV table, or the parse problem (its line and column), thrown.
  /// - Throws: ``ScenarioFileError`` with that problem (and any reported before).
  package func csvTable(parsing bytes: [UInt8]) throws(ScenarioFileError) -> CSVTable {
    do {
      return try CSVTable(parsing: bytes)
    } catch {
      report(error.location, error.message)
      try throwIfAny()
      preconditionFailure("reported")
    }
  }
}
