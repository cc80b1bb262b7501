/// The sequential procedure behind ``ReplicationPlan/untilPrecision(_:)``: run replications
/// in batches until the ``PrecisionTarget`` holds.
///
/// After each batch the rule is checked at every replication count n not yet checked, in
/// increasing order, and the first n that satisfies it is the answer; replications beyond n
/// are dropped. Batches only decide how far ahead to compute, never the answer, so the result
/// is identical for any thread count. The next batch aims at the count the current precision
/// predicts (half-width shrinks as 1/√n), at most doubling the replications, at least one
/// job per thread.
struct SequentialReplications {
  let experiment: Experiment
  let target: PrecisionTarget
  let runner: ReplicationRunner

  /// Replications per step: 1, or 2 with antithetic pairs.
  private var step: Int { experiment.antithetic ? 2 : 1 }

  func run(progress: (@Sendable (ExperimentProgress) -> Void)?) -> ExperimentResult {
    let scenarios = experiment.scenarios
    var results = Array(repeating: [ReplicationResult](), count: scenarios.count)
    var checked = target.minimum - step
    var planned = target.minimum
    while true {
      let done = results[0].count
      let totalPlanned = scenarios.count * planned
      let batch = runner.run(
        scenarios, seed: experiment.seed, replications: done..<planned, antithetic: experiment.antithetic
      ) { finished in
        progress?(ExperimentProgress(finished: scenarios.count * done + finished, planned: totalPlanned))
      }
      for s in scenarios.indices { results[s] += batch[s] }
      let columns = results.map(MetricColumns.init)
      var n = checked + step
      while n <= planned {
        let precision = self.precision(columns, replications: n)
        let reached = precision.allSatisfy(\.isMet)
        if reached || n == target.maximum {
          return ExperimentResult(
            scenarios: scenarios, seed: experiment.seed, antithetic: experiment.antithetic,
            results: results.map { Array($0.prefix(n)) },
            precision: PrecisionReport(target: target, replications: n, isReached: reached, metrics: precision))
        }
        n += step
      }
      checked = planned
      planned = nextPlan(after: planned, precision: self.precision(columns, replications: planned))
    }
  }

  /// The precision of every target metric of every scenario over the first `n` replications.
  /// O(S · M · n).
  func precision(_ columns: [MetricColumns], replications n: Int) -> [MetricPrecision] {
    var found: [MetricPrecision] = []
    let names = ExperimentResult.distinctNames(experiment.scenarios.map(\.name))
    for (s, scenarioColumns) in columns.enumerated() {
      for metric in target.metrics {
        let values = scenarioColumns.observations(metric, antithetic: experiment.antithetic)
          .prefix(n / step).filter(\.isFinite)
        guard !values.isEmpty else { continue }  // never measured in this scenario
        let relative = ConfidenceInterval(values)?.relativeHalfWidth ?? .infinity
        found.append(
          MetricPrecision(
            scenario: names[s], metric: metric, relativeHalfWidth: relative,
            isMet: relative <= target.relativeHalfWidth))
      }
    }
    return found
  }

  /// How many replications the next batch should reach: the count at which the worst metric
  /// would meet the target if its spread stayed the same, between one job per thread more
  /// and twice the current count, and never past the cap or off a pair boundary.
  func nextPlan(after planned: Int, precision: [MetricPrecision]) -> Int {
    let worst = precision.map(\.relativeHalfWidth).max() ?? 0
    let ratio = worst / target.relativeHalfWidth
    let predicted = ratio.isFinite ? Int((Double(planned) * ratio * ratio).rounded(.up)) : 2 * planned
    let perThread = (runner.threads + experiment.scenarios.count - 1) / experiment.scenarios.count
    var next = min(max(predicted, planned + max(step, perThread)), 2 * planned, target.maximum)
    if next % step != 0 { next += 1 }
    return min(next, target.maximum)
  }
}
