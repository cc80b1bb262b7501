/// A file (or folder) of the project's own that cannot be read as what it should be: an
/// output folder given to `report`, `explore` or `merge`, a `summary.json`, a `manifest.json`
/// — which one, where in it, and what is wrong. The command-line tool prints it and exits with
/// status 65 (EX_DATAERR).
public struct FileReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or folder with the problem.
  public var path: String
  /// Where in the file: a JSON key path (`scenarios[1].metrics[3].mean`) or a CSV line
  /// (`line 12`); empty for the whole file.
  public var location: String
  /// What is wrong, and what was expected.
  public var message: String

  public init(path: String, location: String = "", message: String) {
    self.path = path
    self.location = location
    self.message = message
  }

  public var description: String {
    location.isEmpty ? "\(path): \(message)" : "\(path): \(location): \(message)"
  }
}
