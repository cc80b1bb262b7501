import ScenarioFiles

/// A report as a document of sections, independent of its format: ``HTMLReport`` and
/// ``MarkdownReport`` render the same document.
public struct ReportDocument: Sendable {
  public var title: String
  /// Lines under the title: what was simulated and how.
  public var subtitle: [String]
  public var sections: [ReportSection]
  /// Lines at the end: which build made the results (their provenance), and how.
  public var footer: [String] = []
  /// The language the texts are in (the page's `lang`, its fonts).
  public var language: ReportLanguage = .en
}

/// One section: a heading (with an anchor id) and its blocks in order.
public struct ReportSection: Sendable {
  /// Anchor, `[a-z-]+`, unique in the document.
  public var id: String
  public var title: String
  public var blocks: [ReportBlock]
}

/// A piece of a section.
public enum ReportBlock: Sendable {
  case paragraph(String)
  /// Why something is missing or how to read it: shown in italics.
  case note(String)
  /// The key findings, one sentence each.
  case findings([String])
  /// An inline SVG chart and its caption (HTML only; Markdown shows tables instead).
  case figure(svg: String, caption: String)
  case table(ReportTable)
}

/// A table of already-formatted cells; every column but the first is right-aligned
/// (numbers) unless listed in ``textColumns``.
public struct ReportTable: Sendable {
  public var caption: String
  public var header: [String]
  public var rows: [[String]]
  public var textColumns: Set<Int>

  public init(caption: String, header: [String], rows: [[String]], textColumns: Set<Int> = [0]) {
    self.caption = caption
    self.header = header
    self.rows = rows
    self.textColumns = textColumns
  }
}
