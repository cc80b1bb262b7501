import FileFormats
import Foundation
import TwinOutputs

/// Resolved requests per response-time bin from `distributions.csv`
/// (`[scenario,]replication,tier,bin_low_days,bin_high_days,count`), as each bin's share of a
/// tier's requests averaged over replications.
public struct ResponseDistributions: Sendable {
  /// Bin edges [days], increasing; the last is +∞ when the file's last bin ends at `inf`.
  public private(set) var edges: [Double]
  /// Tiers in first-seen order.
  public private(set) var tiers: [String]
  /// `counts[key(scenario, tier)][replication][bin]`.
  private var counts: [String: [Int: [Double]]]

  /// Reads `distributions.csv` in `folder`; `nil` when absent. O(rows).
  /// - Throws: ``FileReadError`` for a bad file (missing columns, bins that do not tile).
  static func read(folder: URL, singleScenario: String?) throws(FileReadError) -> ResponseDistributions? {
    let url = folder.appendingPathComponent("distributions.csv")
    guard let rows = try TidyCSV.readDistributions(url) else { return nil }
    if singleScenario == nil, rows.contains(where: { $0.scenario == nil }) {
      throw FileReadError(
        path: url.path, location: "line 1", message: "no column 'scenario' (a comparison's file has one)")
    }
    var tiers: [String] = []
    for row in rows where !tiers.contains(row.tier) { tiers.append(row.tier) }
    let edges = Set(rows.flatMap { [$0.low, $0.high] }).sorted()
    var counts: [String: [Int: [Double]]] = [:]
    for row in rows {
      let bin = edges.firstIndex(of: row.low)!
      let key = key(row.scenario ?? singleScenario ?? "", row.tier)
      counts[key, default: [:]][row.replication, default: Array(repeating: 0, count: max(edges.count - 1, 0))][bin] +=
        Double(row.count)
    }
    return ResponseDistributions(edges: edges, tiers: tiers, counts: counts)
  }

  private static func key(_ scenario: String, _ tier: String) -> String { scenario + "\u{1F}" + tier }

  /// Each bin's share of `scenario`'s `tier` requests [%], averaged over the replications
  /// with at least one such request; NaN in every bin when there were none. O(bins × reps).
  public func shares(scenario: String, tier: String) -> [Double] {
    let bins = max(edges.count - 1, 0)
    let replications = replicationCounts(scenario, tier).filter { $0.reduce(0, +) > 0 }
    guard !replications.isEmpty else { return Array(repeating: .nan, count: bins) }
    return (0..<bins).map { bin in
      replications.map { $0[bin] / $0.reduce(0, +) * 100 }.reduce(0, +) / Double(replications.count)
    }
  }

  /// Requests of `tier` resolved in `scenario`, summed over replications.
  public func total(scenario: String, tier: String) -> Double {
    replicationCounts(scenario, tier).map { $0.reduce(0, +) }.reduce(0, +)
  }

  /// Per replication, in replication order (so sums are the same on every run), the bin counts.
  private func replicationCounts(_ scenario: String, _ tier: String) -> [[Double]] {
    (counts[Self.key(scenario, tier)] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
  }
}
