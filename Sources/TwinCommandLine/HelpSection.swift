/// A titled part of a program's `--help` after its command list (output files, exit
/// statuses, examples), or a closing note when it has no title.
public struct HelpSection: Sendable {
  /// `EXIT STATUS`, or `nil` for a note.
  public var title: String?
  /// Lines of text, each wrapped to the help's width (leading spaces are kept as indent).
  public var text: String?
  /// Two-column entries: a term (`64`, `summary.json`) and what it means.
  public var entries: [HelpEntry]

  public init(_ title: String?, text: String? = nil, entries: [HelpEntry] = []) {
    self.title = title
    self.text = text
    self.entries = entries
  }
}

/// A term and its explanation in a two-column part of the help.
public struct HelpEntry: Sendable {
  public var term: String
  public var text: String

  public init(_ term: String, _ text: String) {
    self.term = term
    self.text = text
  }
}
