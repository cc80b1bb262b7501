import ScenarioFiles
import TwinOutputs

/// The footer line of every page made of results: which build made them
/// (``Provenance/sentence``), or that they record none. One wording for the reports, the
/// sweep explorer and the workshop's debrief.
public enum ProvenanceFooter {
  /// The line for results made by `provenance` (`nil`: they recorded none), in `language`.
  public static func line(_ provenance: Provenance?, language: ReportLanguage) -> String {
    guard let provenance else {
      return language.words(
        "The results do not record which build made them (written before outputs recorded their provenance).",
        "结果未记录生成它们的版本（写于输出记录来源之前）。")
    }
    return language.words("Results made by ", "结果的生成环境：") + provenance.sentence
  }
}
