import CommunityModel
import SimKernel

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
      let (daysPerReplication, plannedDays) = (experiment.simulatedDays, experiment.simulatedDays * planned)
      let batch = runner.run(
        scenarios, seed: experiment.seed, replications: done..<planned, antithetic: experiment.antithetic
      ) { step in
        progress?(
          ExperimentProgress(
            finished: scenarios.count * done + step.finished, planned: totalPlanned,
            simulatedDays: daysPerReplication * done + step.simulatedDays, plannedDays: plannedDays))
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

  /// The precision of every target metric of every scenario (``PrecisionBasis/levels``) or of
  /// every non-base scenario's difference from the base (``PrecisionBasis/differences``) over
  /// the first `n` replications. O(S · M · n).
  ///
  /// A level's half-width is the unclipped Student-t one: ``MetricSummary`` clamps the interval
  /// it shows to the unit's range, which can only narrow it, and a run must not stop earlier
  /// because an interval ran into a bound (a share near 1, a count near 0).
  func precision(_ columns: [MetricColumns], replications n: Int) -> [MetricPrecision] {
    var found: [MetricPrecision] = []
    let names = ExperimentResult.distinctNames(experiment.scenarios.map(\.name))
    let observations = { (s: Int, metric: String) in
      columns[s].observations(metric, antithetic: self.experiment.antithetic).prefix(n / self.step)
    }
    for s in columns.indices where target.of == .levels || s > 0 {
      for metric in target.metrics {
        let relative: Double
        switch target.of {
        case .levels:
          let values = observations(s, metric).filter(\.isFinite)
          guard !values.isEmpty else { continue }  // never measured in this scenario
          relative = ConfidenceInterval(values)?.relativeHalfWidth ?? .infinity
        case .differences:
          let (differences, base) = PairedDifference.tallies(
            base: observations(0, metric), other: observations(s, metric))
          guard differences.count > 0 else { continue }  // never measured in both
          relative = Self.relativeHalfWidth(differences.confidenceInterval(), baseMean: base.mean)
        }
        found.append(
          MetricPrecision(
            scenario: names[s], metric: metric, relativeHalfWidth: relative,
            isMet: relative <= target.relativeHalfWidth))
      }
    }
    return found
  }

  /// The half-width of the differences' `interval` relative to |`baseMean`|: 0 when the
  /// interval has no width (the differences are all equal, whatever the base), ∞ when it
  /// cannot be computed (one pair, so no interval, or a base mean of 0 under a non-zero width).
  static func relativeHalfWidth(_ interval: ConfidenceInterval?, baseMean: Double) -> Double {
    guard let interval else { return .infinity }
    if interval.halfWidth == 0 { return 0 }
    return baseMean == 0 ? .infinity : interval.halfWidth / abs(baseMean)
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
