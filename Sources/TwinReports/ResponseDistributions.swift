import FileFormats
import Foundation

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
    let required = ["replication", "tier", "bin_low_days", "bin_high_days", "count"] + (singleScenario == nil ? ["scenario"] : [])
    guard let csv = try CSVRows.read(folder.appendingPathComponent("distributions.csv"), required: required) else {
      return nil
    }
    let columns = required.map { csv.column($0)! }
    let scenarioColumn = csv.column("scenario")
    var lows = Set<Double>()
    var highs = Set<Double>()
    var parsed: [(key: String, replication: Int, low: Double, count: Double)] = []
    var tiers: [String] = []
    for row in csv.rows {
      guard let replication = Int(row[columns[0]]), let low = CSVRows.number(row[columns[2]]),
        let high = CSVRows.number(row[columns[3]]), let count = CSVRows.number(row[columns[4]]), low < high, count >= 0
      else {
        throw csv.error(in: row, "expected a replication number, bin_low_days < bin_high_days and a count ≥ 0")
      }
      let tier = row[columns[1]]
      if !tiers.contains(tier) { tiers.append(tier) }
      lows.insert(low)
      highs.insert(high)
      let scenario = scenarioColumn.map { row[$0] } ?? singleScenario ?? ""
      parsed.append((key(scenario, tier), replication, low, count))
    }
    let edges = lows.union(highs).sorted()
    var counts: [String: [Int: [Double]]] = [:]
    for row in parsed {
      let bin = edges.firstIndex(of: row.low)!
      counts[row.key, default: [:]][row.replication, default: Array(repeating: 0, count: max(edges.count - 1, 0))][bin] += row.count
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
