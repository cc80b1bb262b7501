import FileFormats
import Foundation
import TwinExperiments

/// The files and the printed table of `community-twin sensitivity`.
///
/// - `tornado.csv` (one-at-a-time sweeps): `metric,parameter,low,high,mean_at_low,
///   mean_at_center,mean_at_high,effect,effect_ci95_low,effect_ci95_high,significant`;
/// - `indices.csv` (grid and Latin hypercube sweeps): `metric,parameter,src,r_squared,
///   sobol_first_order`;
/// - `sensitivity.json`: the same, as `{"sweep", "design", "tornado": [...], "indices": [...],
///   "provenance": {…}}`, `provenance` (``Provenance``, the build that made the analysis; the
///   sweep's own is in its `manifest.json`) when given.
public enum SensitivityReport {
  public static func tornadoCSV(_ effects: [Sensitivity.Effect]) -> String {
    var out =
      "metric,parameter,low,high,mean_at_low,mean_at_center,mean_at_high,effect,effect_ci95_low,effect_ci95_high,significant\n"
    for e in effects {
      let numbers = [
        e.low, e.high, e.atLow, e.atCenter, e.atHigh, e.effect.meanDifference, e.effect.ci95Low, e.effect.ci95High,
      ]
      .map(CSVText.number)
      out +=
        "\(CSVText.field(e.metric)),\(CSVText.field(e.parameter)),\(numbers.joined(separator: ",")),\(e.effect.isSignificant)\n"
    }
    return out
  }

  public static func indicesCSV(_ indices: [Sensitivity.Index]) -> String {
    var out = "metric,parameter,src,r_squared,sobol_first_order\n"
    for i in indices {
      let numbers = [i.src, i.rSquared, i.firstOrder].map(CSVText.number)
      out += "\(CSVText.field(i.metric)),\(CSVText.field(i.parameter)),\(numbers.joined(separator: ","))\n"
    }
    return out
  }

  /// The text of `sensitivity.json`, ending with `provenance` when given. O(rows).
  public static func json(
    manifest: SweepManifest, effects: [Sensitivity.Effect], indices: [Sensitivity.Index],
    provenance: Provenance? = nil
  ) -> String {
    let tornado = effects.map { e in
      JSONText.object(
        [
          ("metric", JSONText.string(e.metric)), ("parameter", JSONText.string(e.parameter)),
          ("low", JSONText.number(e.low)), ("high", JSONText.number(e.high)),
          ("mean_at_low", JSONText.number(e.atLow)), ("mean_at_center", JSONText.number(e.atCenter)),
          ("mean_at_high", JSONText.number(e.atHigh)), ("effect", JSONText.number(e.effect.meanDifference)),
          ("effect_ci95_low", JSONText.number(e.effect.ci95Low)),
          ("effect_ci95_high", JSONText.number(e.effect.ci95High)), ("significant", "\(e.effect.isSignificant)"),
        ], indent: "    ")
    }
    let global = indices.map { i in
      JSONText.object(
        [
          ("metric", JSONText.string(i.metric)), ("parameter", JSONText.string(i.parameter)),
          ("src", JSONText.number(i.src)), ("r_squared", JSONText.number(i.rSquared)),
          ("sobol_first_order", JSONText.number(i.firstOrder)),
        ], indent: "    ")
    }
    var fields: [(key: String, value: String)] = [
      ("sweep", JSONText.string(manifest.name)), ("design", JSONText.string(manifest.design.name)),
      ("tornado", JSONText.array(tornado, indent: "  ")), ("indices", JSONText.array(global, indent: "  ")),
    ]
    if let provenance { fields.append(("provenance", provenance.json(indent: "  "))) }
    return JSONText.object(fields, indent: "") + "\n"
  }

  /// The printed summary: per metric, the parameters by influence, each by its label and key
  /// path (its key path alone without a label). O(rows × parameters).
  public static func table(manifest: SweepManifest, effects: [Sensitivity.Effect], indices: [Sensitivity.Index])
    -> String
  {
    var out = "\(manifest.name): \(manifest.design.name.replacingOccurrences(of: "_", with: "-")) sweep of "
    out += "\(manifest.points) points × \(manifest.replications) replications.\n"
    let name = { (path: String) in
      manifest.parameters.first { $0.path == path }?.label.map { "\($0) (\(path))" } ?? path
    }
    let number = { (x: Double?) in
      NumberText.fixed(x, decimals: NumberText.decimals(forMagnitude: abs(x ?? 0)), style: .terminal)
    }
    for metric in manifest.metrics {
      let rows = effects.filter { $0.metric == metric }
      let global = indices.filter { $0.metric == metric }
      guard !rows.isEmpty || !global.isEmpty else { continue }
      out += "\n\(metric)\n"
      for e in rows {
        let verdict = e.effect.isSignificant ? "clear" : "not clear"
        out += "  \(name(e.parameter)) \(number(e.low)) → \(number(e.high)): \(number(e.atLow)) → \(number(e.atHigh)), "
        out +=
          "effect \(number(e.effect.meanDifference)) (\(number(e.effect.ci95Low)) to \(number(e.effect.ci95High)), \(verdict))\n"
      }
      let index = { (x: Double?) in NumberText.fixed(x, decimals: 3, style: .terminal) }  // both lie in −1 … 1
      for i in global.sorted(by: { abs($0.src ?? 0) > abs($1.src ?? 0) }) {
        out += "  \(name(i.parameter)): SRC \(index(i.src)), first-order Sobol \(index(i.firstOrder))\n"
      }
      if let r2 = global.first?.rSquared { out += "  (linear fit R² \(index(r2)))\n" }
    }
    return out
  }

  /// The file names.
  public static let fileNames = ["tornado.csv", "indices.csv", "sensitivity.json"]

  /// Writes the three files into `directory`, each atomically; `sensitivity.json` with
  /// `provenance` when given.
  public static func write(
    manifest: SweepManifest, effects: [Sensitivity.Effect], indices: [Sensitivity.Index],
    provenance: Provenance? = nil, to directory: URL
  ) throws(OutputWriteError) {
    let contents = [
      tornadoCSV(effects), indicesCSV(indices),
      json(manifest: manifest, effects: effects, indices: indices, provenance: provenance),
    ]
    try AtomicFile.write(Array(zip(fileNames, contents)), in: directory)
  }
}
