import FileFormats
import ScenarioFiles
import TwinExperiments

extension PrecisionReport {
  /// What the rule did, in one sentence for people, in `language`: the count it settled on
  /// and why, or the metrics still too imprecise at the cap.
  public func sentence(in language: ReportLanguage = .en) -> String {
    let percent = { (x: Double) in NumberText.fixed(x * 100, decimals: 1, style: .plain) + "%" }
    let within = percent(target.relativeHalfWidth)
    if isReached {
      let what =
        switch target.of {
        case .levels:
          language.words(
            "every checked metric's 95% range is within ±\(within) of its mean",
            "每个受检指标的95%区间都在其均值的±\(within)以内")
        case .differences:
          language.words(
            "every checked metric's change from the base has a 95% range within ±\(within) of the base's mean",
            "每个受检指标相对基准的变化的95%区间都在基准均值的±\(within)以内")
        }
      return language.words(
        "Replications chosen by --replications auto: \(replications), the first count from \(target.minimum) "
          + "at which \(what).",
        "--replications auto 选定的重复次数：\(replications)，即从\(target.minimum)起第一个使\(what)的次数。")
    }
    let missed = metrics.filter { !$0.isMet }.map { metric in
      let relative = percent(metric.relativeHalfWidth)
      return target.of == .differences
        ? language.words(
          "\(metric.scenario) change in \(metric.metric) (±\(relative))",
          "\(metric.scenario) \(metric.metric)的变化（±\(relative)）")
        : language.words(
          "\(metric.scenario) \(metric.metric) (±\(relative))", "\(metric.scenario) \(metric.metric)（±\(relative)）")
    }
    return language.words(
      "--replications auto stopped at its cap of \(target.maximum) replications without reaching ±\(within); "
        + "still wider: \(missed.joined(separator: ", ")).",
      "--replications auto 在上限\(target.maximum)次重复处停止，未达到±\(within)；仍然过宽："
        + "\(missed.joined(separator: "；"))。")
  }
}
