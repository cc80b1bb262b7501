import CommunityModel
import FileFormats
import Foundation
import SimKernel
import TwinExperiments
import TwinOutputs

/// The daily series of `timeseries.csv` after the warm-up (day ≥ 0), summarised across
/// replications day by day: mean and Student-t 95 % CI of the daily values.
public struct DailyBands: Sendable {
  /// `values[key(scenario, metric)][day]`: the day's values, one per replication that had one.
  private var values: [String: [Int: [Double]]]
  /// Metric names found, in first-seen order.
  public private(set) var metrics: [String]

  /// Reads `timeseries.csv` in `folder` (with a `scenario` column for a comparison; `scenario`
  /// is used for every row of a run). `nil` when the file is absent. Empty values and `nan` are
  /// days with nothing to measure. O(rows).
  static func read(folder: URL, singleScenario: String?) throws(FileReadError) -> DailyBands? {
    let url = folder.appendingPathComponent("timeseries.csv")
    guard let rows = try TidyCSV.readTimeseries(url) else { return nil }
    if singleScenario == nil, rows.contains(where: { $0.scenario == nil }) {
      throw FileReadError(
        path: url.path, location: "line 1", message: "no column 'scenario' (a comparison's file has one)")
    }
    var bands = DailyBands(values: [:], metrics: [])
    var seen = Set<String>()
    for row in rows where row.day >= 0 {
      guard let value = row.value, value.isFinite else { continue }
      if seen.insert(row.metric).inserted { bands.metrics.append(row.metric) }
      let scenario = row.scenario ?? singleScenario ?? ""
      bands.values[key(scenario, row.metric), default: [:]][row.day, default: []].append(value)
    }
    return bands
  }

  private static func key(_ scenario: String, _ metric: String) -> String { scenario + "\u{1F}" + metric }

  /// Whether any scenario has daily values of `metric`.
  public func has(_ metric: String) -> Bool { metrics.contains(metric) }

  /// Day by day for `scenario`'s `metric`: x = day, y = mean, low/high = 95 % CI (none with
  /// one value) clamped to `range` (the metric's unit's, model unit) before scaling; a day
  /// without values is a gap (NaN). Empty when there is no such series. O(days × replications).
  public func band(
    scenario: String, metric: String, scale: Double = 1, range: MetricUnit.Range = .unbounded
  ) -> [LineChart.Point] {
    guard let days = values[Self.key(scenario, metric)], let last = days.keys.max() else { return [] }
    return (0...last).map { day in
      let tally = Tally(days[day] ?? [])
      guard tally.count > 0 else { return LineChart.Point(x: Double(day), y: .nan) }
      let interval = tally.confidenceInterval(level: 0.95)
      return LineChart.Point(
        x: Double(day), y: tally.mean * scale, low: interval.map { range.clamp($0.lower) * scale },
        high: interval.map { range.clamp($0.upper) * scale })
    }
  }
}
