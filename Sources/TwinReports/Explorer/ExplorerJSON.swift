import FileFormats
import TwinExperiments

/// The explorer page's data blob: ``ExplorerData`` as compact JSON for a
/// `<script type="application/json">` element, read by the page's script.
///
/// ```json
/// {"name": "…", "design": "grid",
///  "parameters": [{"path": "…", "name": "label, or the path", "unit": "CNY", "levels": [0.0, 100000.0], "texts": ["0", "100,000"]}],
///  "metrics": [{"name": "…", "label": "Mean response time", "unit": "days", "scale": 1.0,
///               "decimals": 2, "preference": "lower"}],
///  "points": [{"point": 0, "values": [3.0, 0.0], "n": 10, "metrics": [[2.29, 2.11, 2.48], …]}],
///  "initial": 42,
///  "tradeoffs": [{"title": "…", "x": {"metric": 7}, "y": {"metric": 2}}]}
/// ```
///
/// `metrics` of a point holds `[mean, ci95_low, ci95_high]` per metric, `null` where undefined.
/// Numbers are Swift's shortest round-trip form, so parsing gives back the same `Double`s; the
/// output is deterministic (fixed key order, no dates). Every `<` is written `\u003c`, so
/// no text in the data can end the script element.
enum ExplorerJSON {
  /// The JSON text of `data`, one point per line. O(points × metrics).
  static func render(_ data: ExplorerData) -> String {
    let parameters = data.parameters.map { p in
      "{\"path\": \(string(p.path)), \"name\": \(string(p.name)), \"unit\": \(string(p.unit)), \"levels\": \(array(p.levels.map(number))), "
        + "\"texts\": \(array(p.levelTexts.map(string)))}"
    }
    let metrics = data.metrics.map { m in
      "{\"name\": \(string(m.name)), \"label\": \(string(m.label)), \"unit\": \(string(m.unit)), "
        + "\"scale\": \(number(m.scale)), \"decimals\": \(m.decimals), \"preference\": \(string(m.direction.rawValue))}"
    }
    let points = zip(data.points, data.replications).map { point, n in
      let summaries = point.metrics.map { array([number($0.mean), number($0.ci95Low), number($0.ci95High)]) }
      return "{\"point\": \(point.point), \"values\": \(array(point.parameters.map(number))), \"n\": \(n), "
        + "\"metrics\": \(array(summaries))}"
    }
    let tradeOffs = data.tradeOffs.map { t in
      "{\"title\": \(string(t.title)), \"x\": \(axis(t.x)), \"y\": \(axis(t.y))}"
    }
    return "{\"name\": \(string(data.manifest.name)), \"design\": \(string(data.manifest.design.name)),\n"
      + "\"parameters\": [\n" + parameters.joined(separator: ",\n") + "],\n"
      + "\"metrics\": [\n" + metrics.joined(separator: ",\n") + "],\n"
      + "\"points\": [\n" + points.joined(separator: ",\n") + "],\n"
      + "\"initial\": \(data.initial),\n"
      + "\"tradeoffs\": [\n" + tradeOffs.joined(separator: ",\n") + "]}"
  }

  private static func axis(_ axis: ExplorerData.Axis) -> String {
    switch axis {
    case .metric(let m): "{\"metric\": \(m)}"
    case .parameter(let k): "{\"parameter\": \(k)}"
    }
  }

  private static func array(_ elements: [String]) -> String {
    "[" + elements.joined(separator: ", ") + "]"
  }

  /// Shortest round-trip form; `null` for `nil`, NaN and ±∞ (JSON has none of them).
  static func number(_ value: Double?) -> String { JSONText.number(value) }

  /// A JSON string literal safe inside the page's `<script>` element (`<` and U+2028/U+2029
  /// escaped too).
  static func string(_ text: String) -> String { JSONText.string(text, forHTMLScript: true) }
}
