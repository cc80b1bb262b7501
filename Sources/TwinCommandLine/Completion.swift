/// What a shell's completion offers for an option's value or a positional argument.
public enum Completion: Hashable, Sendable {
  /// Nothing (a number, a name): the user types it.
  case none
  /// Files; with an extension (`json`), only those files and folders to descend into.
  case files(extension: String?)
  /// Folders only.
  case directories
}
