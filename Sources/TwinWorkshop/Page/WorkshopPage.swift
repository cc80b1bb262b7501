import FileFormats
import Foundation
import ScenarioFiles
import TwinReports

/// The workshop's page: one self-contained HTML document (style and script inline, no external
/// resource) that plays the game through the JSON endpoints (`Docs/workshop.md`). The script is
/// allowed by its SHA-256 in the page's Content-Security-Policy, so nothing else can run.
enum WorkshopPage {
  /// The page, opening in `language`.
  static func html(language: ReportLanguage) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.htmlLang)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>CommunityTwin workshop</title>
    <style>\(style)</style>
    </head>
    <body data-lang="\(language.rawValue)" data-palette="\(Palette.series.joined(separator: " "))">
    <header>
      <h1 id="title">CommunityTwin</h1>
      <div id="status" role="status"></div>
      <div class="lang"><button type="button" id="lang-en">English</button><button type="button" id="lang-zh">中文</button></div>
    </header>
    <div id="progress" hidden><div id="progress-bar"></div><span id="progress-text"></span></div>
    <div id="error" role="alert" hidden></div>
    <section id="facilitator" hidden>
      <h2 data-t="facilitator"></h2>
      <button type="button" id="play" data-t="play"></button>
      <button type="button" id="pause" data-t="pause"></button>
      <button type="button" id="undo" data-t="undo"></button>
      <button type="button" id="replay" data-t="replay"></button>
      <button type="button" id="end" data-t="end"></button>
      <a id="debrief-link" href="#" hidden data-t="debrief"></a>
      <a id="debrief-download" href="#" hidden data-t="download"></a>
    </section>
    <main>
      <section id="team-panel">
        <h2><span data-t="team"></span> <select id="team"></select></h2>
        <p id="budget"></p>
        <form id="menu"></form>
        <button type="button" id="submit" data-t="submit"></button>
        <p id="chosen"></p>
      </section>
      <section id="charts-panel">
        <div id="legend"></div>
        <div id="charts"></div>
        <h2 data-t="narration"></h2>
        <ol id="narration"></ol>
      </section>
    </main>
    <script>\(script)</script>
    </body>
    </html>
    """
  }

  /// The Content-Security-Policy of the page: its own inline script and style only, and
  /// requests to its own server.
  static var contentSecurityPolicy: String {
    "default-src 'none'; script-src 'sha256-\(scriptHash)'; style-src 'unsafe-inline'; connect-src 'self'; "
      + "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  }

  /// Base64 of the script's SHA-256.
  private static let scriptHash = Data(SHA256.hash(script.utf8)).base64EncodedString()

  static let style = """
    body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
    header{display:flex;gap:1em;align-items:center;padding:.5em 1em;background:#fff;border-bottom:1px solid #ddd}
    header h1{font-size:1.2em;margin:0;flex:1}
    main{display:grid;grid-template-columns:minmax(18em,26em) 1fr;gap:1em;padding:1em}
    section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8em}
    #facilitator{margin:1em 1em 0}
    h2{font-size:1em;margin:.2em 0 .6em}
    label.option{display:block;padding:.4em;border-bottom:1px solid #eee}
    label.option.inforce{color:#777}
    .price{float:right;font-variant-numeric:tabular-nums}
    .why{display:block;font-size:.85em;color:#555;margin-left:1.6em}
    #charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:.8em}
    svg{width:100%;height:auto;background:#fff}
    #legend span{display:inline-block;margin-right:1em}
    #legend i{display:inline-block;width:1.5em;height:.3em;vertical-align:middle;margin-right:.3em}
    #progress{margin:.5em 1em;background:#eee;border-radius:4px;position:relative;height:1.4em}
    #progress-bar{background:#56B4E9;height:100%;border-radius:4px;width:0}
    #progress-text{position:absolute;left:.5em;top:0;font-size:.85em;line-height:1.4em}
    #error{margin:.5em 1em;padding:.5em;background:#fde;border:1px solid #d55e00}
    #narration{font-size:.9em;max-height:20em;overflow:auto}
    button{margin:.2em;padding:.3em .8em}
    @media (max-width:800px){main{grid-template-columns:1fr}}
    """
}
