import CommunityModel
import ScenarioFiles

/// What `community-twin compare` reports: each scenario's summary (base first), every
/// metric's paired difference against the base, and what each key metric's change costs.
/// `comparison.json`, `comparison.csv` and the stdout table are renderings of this value.
public struct Comparison: Hashable, Sendable {
  /// Per scenario, base first, named apart (see ``ExperimentResult/names``).
  public var summaries: [ExperimentSummary]
  /// Every metric of every other scenario minus the base, scenario by scenario.
  public var differences: [PairedDifference]
  /// What `--replications auto` did, if it was used.
  public var precision: PrecisionReport?
  /// The metric whose paired difference is each scenario's added cost (`--cost-metric`);
  /// `nil` for a comparison that predates cost-effectiveness.
  public var costMetric: String?
  /// What each key metric's change costs, scenario by scenario (empty without ``costMetric``).
  public var costEffectiveness: [CostEffectiveness]

  public init(
    summaries: [ExperimentSummary], differences: [PairedDifference], precision: PrecisionReport?,
    costMetric: String? = nil, costEffectiveness: [CostEffectiveness] = []
  ) {
    self.summaries = summaries
    self.differences = differences
    self.precision = precision
    self.costMetric = costMetric
    self.costEffectiveness = costEffectiveness
  }

  /// The comparison of `result`'s scenarios against its first; `files[s]`, `sha256[s]` and
  /// `bases[s]` name the file scenario s came from and its `base` files (empty or missing for
  /// scenarios built in code); each scenario's added cost is its paired difference in
  /// `costMetric`. O(S · R · M).
  public init(
    _ result: ExperimentResult, files: [String] = [], sha256: [String] = [], bases: [[ScenarioSource]] = [],
    costMetric: String = Metric.budgetPublicCost.id
  ) {
    self.init(
      summaries: result.scenarios.indices.map { s in
        result.summary(
          of: s, file: s < files.count ? files[s] : "", sha256: s < sha256.count ? sha256[s] : "",
          bases: s < bases.count ? bases[s] : [])
      },
      differences: result.differences(), precision: result.precision, costMetric: costMetric,
      costEffectiveness: result.costEffectiveness(costMetric: costMetric))
  }

  /// The base scenario's summary.
  public var base: ExperimentSummary { summaries[0] }

  /// The difference of `metric` for scenario `scenario`, if computed. O(differences).
  public func difference(_ metric: String, scenario: String) -> PairedDifference? {
    differences.first { $0.metric == metric && $0.scenario == scenario }
  }

  /// The added cost of `scenario` against the base: its paired difference in ``costMetric``.
  public func addedCost(scenario: String) -> PairedDifference? {
    costMetric.flatMap { difference($0, scenario: scenario) }
  }

  /// What the change of `metric` in `scenario` costs, if computed. O(cost-effectiveness).
  public func costEffectiveness(_ metric: String, scenario: String) -> CostEffectiveness? {
    costEffectiveness.first { $0.metric == metric && $0.scenario == scenario }
  }
}
