import ScenarioFiles

/// The finished runs of a sweep with what is needed to read them: the design, the
/// parameters and the metrics in record order, and the replications per point. What the
/// sensitivity analysis and the per-point summaries are computed from, wherever the runs
/// came from (one folder, merged shards, or memory).
public struct SweepRuns: Sendable {
  public var design: SweepDesign
  public var parameters: [SweepParameter]
  /// Metric names, in the order of each record's ``SweepRunRecord/metrics``.
  public var metrics: [String]
  /// Their units in words, in the same order (empty for a sweep recorded before units were):
  /// a point's level intervals stay inside its unit's range (``MetricSummary``).
  public var units: [String]
  /// Replications per design point.
  public var replications: Int
  /// One record per run found, in run order.
  public var records: [SweepRunRecord]

  public init(
    design: SweepDesign, parameters: [SweepParameter], metrics: [String], units: [String], replications: Int,
    records: [SweepRunRecord]
  ) {
    self.design = design
    self.parameters = parameters
    self.metrics = metrics
    self.units = units
    self.replications = replications
    self.records = records
  }

  /// One design point's summary: its parameter values and each metric's mean and 95 % CI
  /// over the replications found, with its unit.
  public struct Point: Hashable, Sendable {
    public var point: Int
    public var parameters: [Double]
    public var metrics: [MetricSummary]
  }

  /// Every design point with at least one run, in point order. O(runs × metrics).
  public var points: [Point] {
    var byPoint: [Int: [SweepRunRecord]] = [:]
    for record in records { byPoint[record.point, default: []].append(record) }
    return byPoint.keys.sorted().map { p in
      let runs = byPoint[p]!
      return Point(
        point: p, parameters: runs[0].parameters,
        metrics: metrics.enumerated().map { m, name in
          MetricSummary(name: name, unit: m < units.count ? units[m] : "", values: runs.map { $0.metrics[m] })
        })
    }
  }
}
