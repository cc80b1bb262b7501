import CommunityModel

extension ExperimentResult {
  /// What each key metric's change costs in every other scenario against scenario `base`
  /// (default: the first), in scenario order, then in ``CostEffectiveness/effectMetrics(costMetric:)``
  /// order; empty when the base does not report `costMetric`, and a metric either scenario
  /// lacks is skipped. Pairs replications (or antithetic pairs) as ``differences(from:)``
  /// does; a ratio that is not estimable has no point value either. O(S · R · K).
  public func costEffectiveness(costMetric: String, from base: Int = 0) -> [CostEffectiveness] {
    let baseColumns = MetricColumns(results[base])
    guard baseColumns.units[costMetric] != nil else { return [] }
    var out: [CostEffectiveness] = []
    for s in scenarios.indices where s != base {
      let columns = MetricColumns(results[s])
      guard columns.units[costMetric] != nil else { continue }
      let cost = paired(costMetric, base: baseColumns, other: columns, scenario: s)
      let addedCost = zip(cost.base, cost.other).map { $1 - $0 }
      for metric in CostEffectiveness.effectMetrics(costMetric: costMetric)
      where baseColumns.units[metric.id] != nil && columns.units[metric.id] != nil {
        let effect = paired(metric.id, base: baseColumns, other: columns, scenario: s)
        let sign = CostEffectiveness.gainSign(metric.direction)
        let gain = zip(effect.base, effect.other).map { sign * ($1 - $0) }
        var ratio = RatioEstimate(numerators: addedCost, denominators: gain)
        // A ratio without a bounded interval is no price: it is not reported at all.
        if !ratio.isEstimable { ratio.ratio = nil }
        out.append(
          CostEffectiveness(
            scenario: names[s], metric: metric.id, ratio: ratio,
            verdict: CostEffectivenessVerdict(
              cost: cost.difference, effect: effect.difference, direction: metric.direction)))
      }
    }
    return out
  }

  /// Metric `name`'s observations in the base and in scenario `s`, and their paired
  /// difference.
  private func paired(_ name: String, base: MetricColumns, other: MetricColumns, scenario s: Int)
    -> (base: [Double], other: [Double], difference: PairedDifference)
  {
    let baseValues = base.observations(name, antithetic: antithetic)
    let otherValues = other.observations(name, antithetic: antithetic)
    let difference = PairedDifference(
      metric: name, unit: base.units[name]!, scenario: names[s], base: baseValues, other: otherValues)
    return (baseValues, otherValues, difference)
  }
}
