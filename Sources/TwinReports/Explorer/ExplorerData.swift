import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import TwinExperiments
import TwinOutputs

/// What the sweep explorer page shows, read from a sweep's output folder: the sweep's words
/// and settings, its parameters with the values computed for each, every design point with
/// runs (each metric's mean and 95 % CI over its replications), the point the page opens on
/// and the trade-off charts. The page embeds it as JSON (``ExplorerJSON``).
public struct ExplorerData: Sendable {
  /// A swept parameter: its key path, its label (if the sweep file gave one), a unit guessed
  /// from the key's name, and the distinct values the computed points give it, ascending (the
  /// slider's stops).
  public struct Parameter: Hashable, Sendable {
    public var path: String
    public var label: String?
    public var unit: String
    public var levels: [Double]
    /// ``levels`` as the page writes them (``NumberText/short(_:)``).
    public var levelTexts: [String]

    /// What the page calls it: ``label``, or ``path`` without one.
    public var name: String { label ?? path }
  }

  /// One axis of a trade-off chart: a metric's mean or a parameter's value.
  public enum Axis: Hashable, Sendable {
    case metric(Int)
    case parameter(Int)
  }

  /// A scatter of every point, `y` against `x`.
  public struct TradeOff: Hashable, Sendable {
    public var title: String
    public var x: Axis
    public var y: Axis
  }

  public var manifest: SweepManifest
  /// Runs found in the folder (of ``SweepManifest/runs``).
  public var runsFound: Int
  public var parameters: [Parameter]
  /// The metrics in the manifest's order, with their words, units, scale and decimals.
  public var metrics: [MetricDisplay]
  /// Every design point with at least one run, in point order, and its runs found.
  public var points: [SweepRuns.Point]
  public var replications: [Int]
  /// Index into ``points`` of the point the page opens on: the nearest to the parameters'
  /// centres.
  public var initial: Int
  public var tradeOffs: [TradeOff]
  /// The language of the page's words, the metrics' labels and units.
  public var language: ReportLanguage

  /// The page's data for `results`. O(points × (parameters + metrics)) plus sorting.
  /// - Precondition: `results` has at least one run.
  public init(results: SweepResults, language: ReportLanguage = .en) {
    self.language = language
    let points = results.points
    precondition(!points.isEmpty, "ExplorerData: a sweep without runs")
    let manifest = results.manifest
    self.manifest = manifest
    runsFound = results.records.count
    self.points = points
    let runsPerPoint = Dictionary(grouping: results.records, by: \.point).mapValues(\.count)
    replications = points.map { runsPerPoint[$0.point] ?? 0 }
    parameters = manifest.parameters.enumerated().map { k, parameter in
      let levels = Set(points.map { $0.parameters[k] }).sorted()
      return Parameter(
        path: parameter.path, label: parameter.label, unit: language.unit(Self.unit(forPath: parameter.path)),
        levels: levels,
        levelTexts: levels.map(NumberText.short))
    }
    metrics = manifest.metrics.enumerated().map { m, name in
      let unit = manifest.metricUnits.count == manifest.metrics.count ? manifest.metricUnits[m] : ""
      return MetricDisplay(
        name: name, unit: unit, means: points.compactMap { $0.metrics[m].mean }, language: language)
    }
    initial = ExplorerSelection(values: points.map(\.parameters)).nearest(to: manifest.parameters.map(\.center))
    tradeOffs = Self.tradeOffs(metrics: metrics, parameters: manifest.parameters, language: language)
  }

  /// The unit a key path's last key names by convention: `…_cny` CNY, `…_days` days,
  /// `…_hours` hours, `per_1000` per 1,000 residents, `…_share` and `probability` a share
  /// 0–1; "" otherwise.
  static func unit(forPath path: String) -> String {
    let key = path.split(separator: ".").last.map(String.init) ?? path
    if key.hasSuffix("_cny") { return "CNY" }
    if key.hasSuffix("_days") || key == "days" { return "days" }
    if key.hasSuffix("_hours") { return "hours" }
    if key.hasSuffix("per_1000") { return "per 1,000 residents" }
    if key.hasSuffix("_share") || key.hasSuffix("probability") { return "share 0–1" }
    return ""
  }

  /// Money spent (or, without it, the first parameter) across, against satisfaction and mean
  /// response time where the sweep recorded them (else the first other metric).
  static func tradeOffs(
    metrics: [MetricDisplay], parameters: [SweepParameter], language: ReportLanguage = .en
  ) -> [TradeOff] {
    let cost = metrics.firstIndex { $0.name == TradeOffMetrics.cost.id }
    let x: Axis = cost.map(Axis.metric) ?? .parameter(0)
    let xLabel = cost.map { metrics[$0].lowercasedLabel } ?? parameters[0].name
    var ys = TradeOffMetrics.outcomes.compactMap { outcome in metrics.firstIndex { $0.name == outcome.id } }
    if ys.isEmpty, let other = metrics.indices.first(where: { $0 != cost }) { ys = [other] }
    return ys.map { m in
      TradeOff(
        title: language.words("\(metrics[m].label) against \(xLabel)", "\(metrics[m].label)与\(xLabel)"), x: x,
        y: .metric(m))
    }
  }
}
