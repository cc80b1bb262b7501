import CommunityModel
import Foundation

/// The runs behind `community-twin warmup`: a scenario simulated from an empty district (or
/// its initial state) with no warm-up, for several replications, and Welch's analysis
/// (``WelchAnalysis``) of each of its daily series.
public struct WarmupStudy: Sendable {
  /// Default half-window of the moving average [days]: a 29-day centred window, about a
  /// month, which smooths out the working week.
  public static let defaultWindow = 14
  /// Default band around the settled level: ±2 %.
  public static let defaultTolerance = 0.02
  /// Default replications (Law 2015 suggests 5 to 10 for Welch's method).
  public static let defaultReplications = 5
  /// The daily series `community-twin warmup` charts unless told otherwise: the satisfaction
  /// index.
  public static let defaultSeries = Metric.dailySatisfactionIndex.id

  /// The scenario as it runs: warm-up 0, `days` = the whole horizon studied.
  public var scenario: Scenario
  public var seed: UInt64
  public var replications: Int
  public var window: Int
  public var tolerance: Double

  /// A study of `scenario` over `days` days from the start (default: its warm-up plus its
  /// days, so the current warm-up can be judged).
  public init(
    scenario: Scenario, days: Int? = nil, seed: UInt64, replications: Int = defaultReplications,
    window: Int = defaultWindow, tolerance: Double = defaultTolerance
  ) {
    var scenario = scenario
    scenario.days = days ?? scenario.warmupDays + scenario.days
    scenario.warmupDays = 0
    self.scenario = scenario
    self.seed = seed
    self.replications = replications
    self.window = window
    self.tolerance = tolerance
  }

  /// What is wrong with the settings, in words; empty when the study can run.
  public var problems: [String] {
    var found = scenario.problems
    if replications < 2 { found.append("replications = \(replications): must be ≥ 2") }
    if window < 1 || 4 * window > scenario.days {
      found.append(
        "window = \(window) days: must be 1 … \(scenario.days / 4) (a quarter of the \(scenario.days) days studied)")
    }
    if !(tolerance > 0 && tolerance < 1) { found.append("tolerance = \(tolerance): must be in (0, 1)") }
    return found
  }

  /// Runs the replications on `threads` threads and analyses every daily series, in the
  /// model's series order. Identical for any thread count.
  /// - Throws: ``ExperimentError`` listing ``problems``.
  public func run(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (ExperimentProgress) -> Void)? = nil
  ) throws(ExperimentError) -> [WelchAnalysis] {
    let problems = problems
    guard problems.isEmpty else { throw ExperimentError(problems: problems) }
    // The daily series end at the horizon: a drain would follow requests for nothing.
    var undrained = scenario
    undrained.drainDays = 0
    let plannedDays = undrained.longestRunDays * replications
    let results = ReplicationRunner(threads: max(1, threads)).run(undrained, seed: seed, replications: replications) {
      progress?(
        ExperimentProgress(
          finished: $0.finished, planned: replications, simulatedDays: $0.simulatedDays, plannedDays: plannedDays))
    }
    guard let daily = results.first?.daily else { return [] }
    return daily.names.enumerated().map { m, name in
      WelchAnalysis(
        metric: name, unit: daily.units[m],
        series: results.map { result in result.daily.values.map { $0[m] } }, window: window, tolerance: tolerance)
    }
  }
}
