import CommunityModel

/// The metrics of a set of replications of one scenario, column by column: for each metric
/// name, its value in every replication (NaN where a replication lacks it), and from those
/// the experiment's independent observations.
///
/// Replications are the observations, except with antithetic pairs: then each pair
/// (replications 2k and 2k + 1) is one observation, the mean of its two values, because the
/// two members are correlated by design and only the pairs are independent. A pair with a
/// non-finite member gives a NaN observation (nothing to measure), which summaries skip.
public struct MetricColumns: Sendable {
  /// Metric names in the order of the first replication's metrics; metrics first seen in
  /// later replications follow, in order of appearance.
  public private(set) var names: [String] = []
  /// Unit of each metric, the one first seen.
  public private(set) var units: [String: String] = [:]
  /// `values[name][i]`: the metric in the i-th result (NaN where that result lacks it).
  private var values: [String: [Double]] = [:]
  /// Number of results.
  public let count: Int

  /// The columns of `results`, matched by metric name. O(R · M) for R results of M metrics.
  public init(_ results: [ReplicationResult]) {
    count = results.count
    for (i, result) in results.enumerated() {
      for metric in result.metrics {
        if units[metric.name] == nil {
          names.append(metric.name)
          units[metric.name] = metric.unit
          values[metric.name] = Array(repeating: .nan, count: results.count)
        }
        values[metric.name]![i] = metric.value
      }
    }
  }

  /// The value of `name` in every result, in order (NaN where missing; empty for an unknown
  /// name). O(1).
  public func replicationValues(_ name: String) -> [Double] {
    values[name] ?? []
  }

  /// The independent observations of `name`: one per result, or with `antithetic` one per
  /// pair of consecutive results (their mean). O(R).
  /// - Precondition: with `antithetic`, ``count`` is even.
  public func observations(_ name: String, antithetic: Bool) -> [Double] {
    let column = replicationValues(name)
    guard antithetic else { return column }
    precondition(column.count % 2 == 0, "MetricColumns: antithetic pairs need an even number of replications")
    return stride(from: 0, to: column.count, by: 2).map { (column[$0] + column[$0 + 1]) / 2 }
  }
}
