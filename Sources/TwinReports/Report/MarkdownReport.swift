/// A ``ReportDocument`` as Markdown (GitHub-flavoured tables) for pasting into documents:
/// the same sections, findings, notes and tables as the HTML report, without the charts.
public enum MarkdownReport {
  /// The Markdown text of `document`; `htmlName` is named as where the charts are.
  /// Deterministic. O(size of the document).
  public static func render(_ document: ReportDocument, htmlName: String) -> String {
    var out = "# \(document.title)\n\n"
    for line in document.subtitle { out += "\(line)  \n" }
    out += document.language.words("Charts: \(htmlName).\n", "图表见 \(htmlName)。\n")
    for section in document.sections {
      out += "\n## \(section.title)\n"
      if section.blocks.allSatisfy({ if case .figure = $0 { true } else { false } }) {
        out += document.language.words("\n*Charts only: see \(htmlName).*\n", "\n*本节只有图表，见 \(htmlName)。*\n")
      }
      for block in section.blocks {
        switch block {
        case .paragraph(let text): out += "\n\(text)\n"
        case .note(let text): out += "\n*\(escape(text))*\n"
        case .findings(let sentences): out += "\n" + sentences.map { "- \(escape($0))\n" }.joined()
        case .figure: continue
        case .table(let table): out += "\n" + render(table)
        }
      }
    }
    if !document.footer.isEmpty { out += "\n---\n\n" + document.footer.map { escape($0) + "\n" }.joined() }
    return out
  }

  private static func render(_ table: ReportTable) -> String {
    var out = "**\(escape(table.caption))**\n\n"
    out += "| " + table.header.map(cell).joined(separator: " | ") + " |\n"
    out += "|" + table.header.indices.map { table.textColumns.contains($0) ? "---|" : "---:|" }.joined() + "\n"
    for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
    return out
  }

  /// A table cell: `|` escaped, line breaks as spaces.
  private static func cell(_ text: String) -> String {
    escape(text).replacing("|", with: "\\|").replacing("\n", with: " ")
  }

  /// Text with Markdown's emphasis characters escaped (`*`, `_` in metric names).
  private static func escape(_ text: String) -> String {
    text.replacing("*", with: "\\*").replacing("_", with: "\\_")
  }
}
