/// An output folder that cannot be reported on: which file (or folder), where in it, and what
/// is wrong. The command-line tool prints it and exits with status 65 (EX_DATAERR).
public struct ReportInputError: Error, Hashable, Sendable, CustomStringConvertible {
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
