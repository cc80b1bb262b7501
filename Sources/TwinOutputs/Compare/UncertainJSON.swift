import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments

/// `uncertain.json`, written by `compare … --uncertain SET` and read by `report`: the worlds,
/// and per key metric with a better direction how often each scenario is best, its regret,
/// and the sentence the terminal prints, in the output's language (``RecordedLanguage``:
/// recorded as `language` when not English; the keys, ids and `label` stay English).
public enum UncertainJSON {
  public static let fileName = "uncertain.json"

  /// The file's text with its sentences in `language`, ending with `language` when it is not
  /// English and `provenance` (``Provenance``) when given. O(metrics × scenarios).
  public static func render(
    _ result: UncertainResult, seed: UInt64, language: ReportLanguage = .en, provenance: Provenance? = nil
  ) -> String {
    let metrics = result.robustness.map { r in
      JSONText.object(
        [
          ("id", JSONText.string(r.metric.id)), ("label", JSONText.string(r.metric.label)),
          ("direction", JSONText.string(r.metric.direction.rawValue)),
          ("best_share", numbers(r.bestShare)), ("median_regret", numbers(r.medianRegret)),
          ("p90_regret", numbers(r.p90Regret)),
          ("sentence", JSONText.string(UncertainTable.sentence(r, result: result, language: language))),
        ], indent: "    ")
    }
    var fields: [(key: String, value: String)] = [
      ("worlds", String(result.means.count)), ("replications", String(result.replications)), ("seed", String(seed)),
      ("scenarios", "[" + result.names.map { JSONText.string($0) }.joined(separator: ", ") + "]"),
      ("parameters", "[" + result.draws.paths.map { JSONText.string($0) }.joined(separator: ", ") + "]"),
      ("metrics", JSONText.array(metrics, indent: "  ")),
    ]
    if let field = RecordedLanguage.field(language) { fields.append(field) }
    if let provenance { fields.append(("provenance", provenance.json(indent: "  "))) }
    return JSONText.object(fields, indent: "") + "\n"
  }

  /// Reads `uncertain.json` back.
  /// - Throws: ``FileReadError`` naming the file and the key path of the first bad value.
  public static func read(_ url: URL) throws(FileReadError) -> UncertainSummary {
    let root = try JSONFields.root(of: url)
    let names = try root.strings("scenarios")
    var metrics: [UncertainSummary.MetricRobustness] = []
    for metric in try root.array("metrics") {
      let entry = UncertainSummary.MetricRobustness(
        id: try metric.string("id"), label: try metric.string("label"), direction: try metric.string("direction"),
        bestShare: try metric.numbers("best_share"), medianRegret: try metric.numbers("median_regret"),
        p90Regret: try metric.numbers("p90_regret"), sentence: try metric.string("sentence"))
      guard [entry.bestShare, entry.medianRegret, entry.p90Regret].allSatisfy({ $0.count == names.count }) else {
        throw FileReadError(path: url.path, location: metric.path, message: "not one value per scenario")
      }
      metrics.append(entry)
    }
    return UncertainSummary(
      worlds: try root.integer("worlds", 1...Int.max), replications: try root.integer("replications", 1...Int.max),
      seed: try root.unsigned("seed"), scenarios: names, parameters: try root.strings("parameters"), metrics: metrics)
  }

  private static func numbers(_ values: [Double]) -> String {
    "[" + values.map { JSONText.number($0) }.joined(separator: ", ") + "]"
  }
}
