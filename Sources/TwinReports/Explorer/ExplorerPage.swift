import ScenarioFiles
import TwinExperiments

/// The sweep explorer as one self-contained HTML file: inline CSS, the data as one JSON blob,
/// the hand-written script (``ExplorerScript``) that draws the controls, metric cards and SVG
/// charts; no network, fonts or images (the only URL is the SVG namespace in the script).
/// The sweep's words, settings and parameters are written here, so they read without the
/// script too. Deterministic: the same data and source give the same bytes (no dates).
/// Prints on A4: charts at most 180 mm wide, never split across pages, controls hidden.
public enum ExplorerPage {
  /// Colours: the report palette's blue (lines, dots), sky blue (CI bands) and vermillion
  /// (the selected point).
  static let (blue, sky, vermillion) = (Palette.series[4], Palette.series[1], Palette.series[3])

  static let style = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
      color: \(Palette.ink); background: #FFFFFF; max-width: 1180px; margin: 0 auto; padding: 12px 24px 40px; line-height: 1.45; }
    h1 { font-size: 1.5em; margin: 0.4em 0 0.2em; }
    h2 { font-size: 1.15em; margin: 1.4em 0 0.5em; border-bottom: 1px solid \(Palette.grid); padding-bottom: 3px; }
    p.meta, p.note, figcaption, footer { color: #555555; font-size: 0.88em; }
    p.meta { margin: 0.2em 0; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
    .top { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 28px; align-items: start; }
    aside { background: #F4F6F9; border-left: 4px solid \(blue); padding: 2px 16px 10px; }
    aside h2 { border: 0; margin-top: 0.8em; }
    aside ul { padding-left: 1.2em; margin: 0.4em 0; }
    .control { display: grid; grid-template-columns: minmax(0, 1fr) 170px; gap: 2px 16px; align-items: center;
      padding: 6px 0; border-bottom: 1px dotted #CCCCCC; }
    .control label { grid-column: 1 / -1; overflow-wrap: anywhere; }
    .control input[type=range], .control select { width: 100%; accent-color: \(blue); font: inherit; }
    .control output { font-weight: 600; text-align: right; font-variant-numeric: tabular-nums; }
    #metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
    .metric { border: 1px solid \(Palette.grid); border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
    .metric-label { font-size: 0.88em; overflow-wrap: anywhere; }
    .metric-value { font-size: 1.3em; font-weight: 650; font-variant-numeric: tabular-nums; }
    .metric-ci, .metric-note { font-size: 0.8em; color: #555555; }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(400px, 100%), 1fr)); gap: 18px 28px; }
    figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
    svg.chart { display: block; width: 100%; max-width: 180mm; height: auto; font-size: 12px; font-family: inherit; }
    svg.chart text { fill: \(Palette.ink); }
    svg.chart .chart-title { font-weight: 650; font-size: 13px; }
    svg.chart .axis-title { fill: #555555; }
    svg.chart line { stroke: #444444; }
    svg.chart line.grid { stroke: \(Palette.grid); }
    svg.chart .band { fill: \(sky); fill-opacity: 0.35; stroke: none; }
    svg.chart .line { fill: none; stroke: \(blue); stroke-width: 2; }
    svg.chart .dot { fill: \(blue); }
    svg.chart .whisker { stroke: \(blue); stroke-opacity: 0.6; }
    svg.chart .selected { fill: none; stroke: \(vermillion); stroke-width: 2.5; }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      .top { grid-template-columns: 1fr; gap: 6px; }
      .control { grid-template-columns: 1fr; }
      .control input, .control select, noscript { display: none; }
      .control output { text-align: left; }
      #metrics { grid-template-columns: repeat(4, minmax(0, 1fr)); }
      .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 5mm; }
      h2 { break-after: avoid; page-break-after: avoid; }
    }
    """

  /// The HTML text of the explorer for `data`; `source` names the sweep folder in the footer
  /// (as the user gave it). O(points × metrics).
  public static func render(_ data: ExplorerData, source: String) -> String {
    let manifest = data.manifest
    let language = data.language
    func words(_ english: String, _ chinese: String) -> String { language.words(english, chinese) }
    let title = words("Sweep explorer: ", "参数扫描浏览：") + manifest.name
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.htmlLang)\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    let style = language == .zh ? style + "\nbody { font-family: \(HTMLReport.chineseFonts); }" : style
    out += "<title>\(SVGText.escape(title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>\(SVGText.escape(title))</h1>\n"
    for line in settings(data) { out += "<p class=\"meta\">\(SVGText.escape(line))</p>\n" }
    out +=
      "</header>\n<div class=\"top\">\n<section>\n<h2>\(words("Parameters", "参数"))</h2>\n<div id=\"controls\"></div>\n"
    out +=
      "<p id=\"selected-point\"></p>\n<p class=\"note\">\(SVGText.escape(snapping(manifest.design, language)))</p>\n"
    out +=
      "<noscript><p>\(words("This page needs JavaScript for its sliders and charts.", "本页的滑块和图表需要 JavaScript。"))</p></noscript>\n"
    out += "<h2>\(words("Metrics at the selected point", "所选设计点的指标"))</h2>\n<div id=\"metrics\"></div>\n"
    out +=
      "<p class=\"note\">"
      + words(
        "Means over the point's replications, with their 95 % confidence intervals (Student t, kept within the "
          + "values the metric can take).",
        "该设计点各次重复的均值及其95%置信区间（Student t，限于指标可取的数值范围）。") + "</p>\n"
    out += "</section>\n" + aside(data) + "</div>\n"
    out +=
      "<section>\n<h2>\(words("Trade-offs across all points", "全部设计点的权衡"))</h2>\n"
      + "<div class=\"charts\" id=\"trade-off-charts\"></div>\n</section>\n"
    out +=
      "<section>\n<h2>"
      + words(
        "Each metric against <code id=\"moved-parameter\"></code>", "各指标随 <code id=\"moved-parameter\"></code> 的变化")
      + "</h2>\n"
    out +=
      "<p class=\"note\" id=\"metric-charts-note\"></p>\n<div class=\"charts\" id=\"metric-charts\"></div>\n</section>\n"
    if language == .zh {
      out += "<footer>\n<p>由 <code>community-twin explore</code> 根据 <code>\(SVGText.escape(source))</code> 生成。"
      out += "每个设计点的第 r 次重复都使用相同的随机数（共同随机数），因此设计点之间的差异不会被运气不同所掩盖。</p>\n"
    } else {
      out += "<footer>\n<p>Made by <code>community-twin explore</code> from <code>\(SVGText.escape(source))</code>. "
      out += "Every replication r of every point uses the same random numbers (common random numbers), "
      out += "so differences between points are not blurred by different luck.</p>\n"
    }
    out += "<p>\(SVGText.escape(ProvenanceFooter.line(manifest.provenance, language: language)))</p>\n"
    out += "</footer>\n"
    out += "<script type=\"application/json\" id=\"explorer-data\">\n\(ExplorerJSON.render(data))\n</script>\n"
    out += "<script>\n\(ExplorerScript.source(language))</script>\n</body>\n</html>\n"
    return out
  }

  /// The sweep's design and run settings, and how many runs were found, in words.
  static func settings(_ data: ExplorerData) -> [String] {
    let manifest = data.manifest
    if data.language == .zh { return chineseSettings(data) }
    let design: String
    switch manifest.design {
    case .grid: design = "Grid: every combination of the parameters' values, \(manifest.points) points"
    case .oneAtATime:
      design = "One at a time: the centre, then each parameter alone at its other values, \(manifest.points) points"
    case .latinHypercube(let points, let seed): design = "Latin hypercube of \(points) points (design seed \(seed))"
    }
    let replications = manifest.replications == 1 ? "1 replication" : "\(manifest.replications) replications"
    var lines = [
      "\(design) × \(replications); \(manifest.days) observed days after a \(manifest.warmupDays)-day warm-up; seed \(manifest.seed)."
    ]
    if data.runsFound < manifest.runs {
      lines.append(
        "Only \(data.runsFound) of \(manifest.runs) runs are finished: \(data.points.count) of \(manifest.points) points "
          + "are shown, each with the replications found.")
    }
    return lines
  }

  /// ``settings(_:)`` in Chinese.
  private static func chineseSettings(_ data: ExplorerData) -> [String] {
    let manifest = data.manifest
    let design: String
    switch manifest.design {
    case .grid: design = "网格：参数取值的全部组合，共\(manifest.points)个设计点"
    case .oneAtATime: design = "逐一变动：先取中心点，再让每个参数单独取其他值，共\(manifest.points)个设计点"
    case .latinHypercube(let points, let seed): design = "拉丁超立方：\(points)个设计点（设计随机种子\(seed)）"
    }
    var lines = [
      "\(design) × \(manifest.replications)次重复；预热\(manifest.warmupDays)天后观测\(manifest.days)天；随机种子\(manifest.seed)。"
    ]
    if data.runsFound < manifest.runs {
      lines.append(
        "\(manifest.runs)次运行中只完成了\(data.runsFound)次：显示\(manifest.points)个设计点中的\(data.points.count)个，"
          + "每个按已找到的重复计算。")
    }
    return lines
  }

  /// How the sliders move over the design, in words.
  static func snapping(_ design: SweepDesign, _ language: ReportLanguage = .en) -> String {
    if language == .zh {
      switch design {
      case .grid: return "每个滑块停在其参数已计算的取值上；全部组合都已计算。"
      case .oneAtATime:
        return "每个滑块停在其参数已计算的取值上。每次只从中心点变动一个参数，因此移动一个滑块会使其他参数回到中心值（最近的已计算设计点）。"
      case .latinHypercube:
        return "拉丁超立方只计算分散的设计点，而非全部组合：每个滑块停在为其参数计算过的取值上，页面会跳到具有该取值的最近设计点，其他滑块随之移动。"
      }
    }
    return switch design {
    case .grid:
      "Each slider stops at its parameter's computed values; every combination was computed."
    case .oneAtATime:
      "Each slider stops at its parameter's computed values. One parameter was moved at a time from the centre, "
        + "so moving a slider puts the others back at their centres (the nearest computed point)."
    case .latinHypercube:
      "A Latin hypercube computes scattered points, not every combination: each slider stops at the values computed "
        + "for its parameter, and the page snaps to the nearest computed point with that value, moving the other sliders with it."
    }
  }

  /// The descriptions beside the controls: the sweep's, the base scenario's, the parameters'
  /// computed ranges and the sweep file.
  static func aside(_ data: ExplorerData) -> String {
    let manifest = data.manifest
    if data.language == .zh { return chineseAside(data) }
    // A manifest without metric units predates descriptions too.
    let isOld = manifest.metricUnits.isEmpty
    func missing(_ file: String) -> String {
      isOld
        ? "No description in this folder's manifest.json (written before descriptions were recorded; "
          + "community-twin sweep with --resume on the folder adds it)."
        : "The \(file) has no description."
    }
    var out = "<aside>\n<h2>What was swept</h2>\n"
    out += "<p>\(SVGText.escape(manifest.description.isEmpty ? missing("sweep file") : manifest.description))</p>\n"
    out += "<ul>\n"
    for parameter in data.parameters {
      let unit = parameter.unit.isEmpty ? "" : " " + parameter.unit
      let values = parameter.levels.count == 1 ? "1 value" : "\(parameter.levels.count) values"
      let range = "\(parameter.levelTexts.first!) to \(parameter.levelTexts.last!)\(unit), \(values)"
      out += "<li>\(listed(parameter)): \(SVGText.escape(range))</li>\n"
    }
    out += "</ul>\n<h2>The base scenario</h2>\n"
    out +=
      "<p>\(SVGText.escape(manifest.baseDescription.isEmpty ? missing("base scenario file") : manifest.baseDescription))</p>\n"
    out += "<p class=\"meta\">Sweep file <code>\(SVGText.escape(manifest.file))</code>.</p>\n"
    if isOld {
      out += "<p class=\"meta\">The manifest records no metric units; units are shown for the key metrics only.</p>\n"
    }
    return out + "</aside>\n"
  }

  /// A parameter in the aside's list: its label with its key path, or the key path alone.
  private static func listed(_ parameter: ExplorerData.Parameter, language: ReportLanguage = .en) -> String {
    let path = "<code>\(SVGText.escape(parameter.path))</code>"
    guard let label = parameter.label else { return path }
    return language.words("\(SVGText.escape(label)) (\(path))", "\(SVGText.escape(label))（\(path)）")
  }

  /// ``aside(_:)`` in Chinese.
  private static func chineseAside(_ data: ExplorerData) -> String {
    let manifest = data.manifest
    let isOld = manifest.metricUnits.isEmpty
    func missing(_ file: String) -> String {
      isOld
        ? "此文件夹的 manifest.json 中没有说明（写于记录说明之前；对该文件夹运行 community-twin sweep --resume 可补上）。"
        : "\(file)中没有说明。"
    }
    var out = "<aside>\n<h2>扫描了什么</h2>\n"
    out += "<p>\(SVGText.escape(manifest.description.isEmpty ? missing("扫描文件") : manifest.description))</p>\n"
    out += "<ul>\n"
    for parameter in data.parameters {
      let range =
        "\(parameter.levelTexts.first!) 至 \(parameter.levelTexts.last!)\(parameter.unit)，\(parameter.levels.count)个取值"
      out += "<li>\(listed(parameter, language: .zh))：\(SVGText.escape(range))</li>\n"
    }
    out += "</ul>\n<h2>基准情景</h2>\n"
    out +=
      "<p>\(SVGText.escape(manifest.baseDescription.isEmpty ? missing("基准情景文件") : manifest.baseDescription))</p>\n"
    out += "<p class=\"meta\">扫描文件 <code>\(SVGText.escape(manifest.file))</code>。</p>\n"
    if isOld { out += "<p class=\"meta\">manifest 中没有记录指标单位；只显示关键指标的单位。</p>\n" }
    return out + "</aside>\n"
  }
}
