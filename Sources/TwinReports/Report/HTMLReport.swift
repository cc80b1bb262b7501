import Foundation
import ScenarioFiles

/// A ``ReportDocument`` as one self-contained HTML file: inline CSS and SVG, no scripts,
/// fonts, images or links to anything outside the file (the only URL is the SVG namespace).
/// Prints on A4: charts are at most 180 mm wide and never split across pages.
public enum HTMLReport {
  /// The style sheet: system fonts, the report's colours, print rules for A4.
  static let style = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
      color: #222222; background: #FFFFFF; max-width: 190mm; margin: 0 auto; padding: 12px 16px 40px; line-height: 1.45; }
    h1 { font-size: 1.5em; margin: 0.4em 0 0.2em; }
    h2 { font-size: 1.2em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #DDDDDD; padding-bottom: 3px; }
    p.meta { color: #555555; margin: 0.2em 0; font-size: 0.92em; }
    p.note { font-style: italic; color: #555555; }
    nav ol { columns: 2; font-size: 0.92em; }
    ul.findings li { margin: 0.3em 0; }
    figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 0.85em; color: #555555; max-width: 180mm; }
    svg.chart { display: block; width: 100%; max-width: 180mm; height: auto; font-family: inherit; }
    table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.85em; break-inside: auto; }
    caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
    th, td { border-bottom: 1px solid #DDDDDD; padding: 3px 8px; vertical-align: top; }
    th { background: #F2F2F2; text-align: left; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.num span.ci { color: #555555; font-size: 0.88em; white-space: normal; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      nav { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
    }
    """

  /// The font stack of a Chinese page: CJK fonts of Linux, macOS and Windows first, so that
  /// the text and the charts (whose SVG text inherits the page's font) render in Chinese.
  static let chineseFonts =
    "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", "
    + "system-ui, sans-serif"

  /// The style sheet of a page in `language`: ``style``, with the CJK fonts for Chinese.
  static func style(_ language: ReportLanguage) -> String {
    guard language == .zh else { return style }
    return style + "\nbody { font-family: \(chineseFonts); }"
  }

  /// The HTML text of `document`. Deterministic: the same document gives the same bytes.
  /// O(size of the document).
  public static func render(_ document: ReportDocument) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"\(document.language.htmlLang)\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out +=
      "<title>\(SVGText.escape(document.title))</title>\n<style>\n\(style(document.language))\n</style>\n</head>\n<body>\n"
    out += "<h1>\(SVGText.escape(document.title))</h1>\n"
    for line in document.subtitle { out += "<p class=\"meta\">\(SVGText.escape(line))</p>\n" }
    out += "<nav><ol>\n"
    for section in document.sections {
      out += "<li><a href=\"#\(section.id)\">\(SVGText.escape(section.title))</a></li>\n"
    }
    out += "</ol></nav>\n"
    for section in document.sections {
      out += "<section id=\"\(section.id)\">\n<h2>\(SVGText.escape(section.title))</h2>\n"
      for block in section.blocks { out += render(block) }
      out += "</section>\n"
    }
    if !document.footer.isEmpty {
      out +=
        "<footer>\n" + document.footer.map { "<p class=\"meta\">\(SVGText.escape($0))</p>\n" }.joined() + "</footer>\n"
    }
    return out + "</body>\n</html>\n"
  }

  private static func render(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text): return "<p>\(SVGText.escape(text))</p>\n"
    case .note(let text): return "<p class=\"note\">\(SVGText.escape(text))</p>\n"
    case .findings(let sentences):
      return "<ul class=\"findings\">\n" + sentences.map { "<li>\(SVGText.escape($0))</li>\n" }.joined() + "</ul>\n"
    case .figure(let svg, let caption):
      return "<figure>\n\(svg)<figcaption>\(SVGText.escape(caption))</figcaption>\n</figure>\n"
    case .table(let table):
      var out = "<table>\n<caption>\(SVGText.escape(table.caption))</caption>\n<thead><tr>"
      out += table.header.map { "<th>\(SVGText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
      for row in table.rows {
        out += "<tr>"
        for (i, cell) in row.enumerated() {
          if table.textColumns.contains(i) {
            out += "<td>" + SVGText.escape(cell) + "</td>"
          } else if let split = cell.range(of: " (") {
            // "mean (interval)": the interval on its own line, breakable after its dash, so wide
            // tables fit the page.
            out +=
              "<td class=\"num\">" + SVGText.escape(String(cell[..<split.lowerBound])) + "<br><span class=\"ci\">"
              + SVGText.escape("(" + cell[split.upperBound...]).replacing("–", with: "–<wbr>") + "</span></td>"
          } else {
            out += "<td class=\"num\">" + SVGText.escape(cell) + "</td>"
          }
        }
        out += "</tr>\n"
      }
      return out + "</tbody>\n</table>\n"
    }
  }
}
