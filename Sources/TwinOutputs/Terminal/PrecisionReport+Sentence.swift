import FileFormats
import TwinExperiments

extension PrecisionReport {
  /// What the rule did, in one sentence for people: the count it settled on and why, or the
  /// metrics still too imprecise at the cap.
  public var sentence: String {
    let percent = { (x: Double) in NumberText.fixed(x * 100, decimals: 1, style: .plain) + "%" }
    if isReached {
      let what =
        switch target.of {
        case .levels: "every checked metric's 95% range is within ±\(percent(target.relativeHalfWidth)) of its mean"
        case .differences:
          "every checked metric's change from the base has a 95% range within ±\(percent(target.relativeHalfWidth)) "
            + "of the base's mean"
        }
      return "Replications chosen by --replications auto: \(replications), the first count from \(target.minimum) "
        + "at which \(what)."
    }
    let change = target.of == .differences ? "change in " : ""
    let missed = metrics.filter { !$0.isMet }.map {
      "\($0.scenario) \(change)\($0.metric) (±\(percent($0.relativeHalfWidth)))"
    }
    return "--replications auto stopped at its cap of \(target.maximum) replications without reaching "
      + "±\(percent(target.relativeHalfWidth)); still wider: \(missed.joined(separator: ", "))."
  }
}
