import FileFormats
import Foundation

extension TidyCSV {
  /// One row of `replications.csv`: one metric of one replication.
  public struct ReplicationRow: Hashable, Sendable {
    /// The scenario (a comparison's files); `nil` in a run's files, which have no such column.
    public var scenario: String?
    public var replication: Int
    public var metric: String
    /// `nil` where the replication had nothing to measure (an empty field).
    public var value: Double?

    public init(scenario: String?, replication: Int, metric: String, value: Double?) {
      (self.scenario, self.replication, self.metric, self.value) = (scenario, replication, metric, value)
    }
  }

  /// One row of `timeseries.csv`: one daily value.
  public struct TimeseriesRow: Hashable, Sendable {
    public var scenario: String?
    public var replication: Int
    /// Day 0 is the first day after the warm-up; warm-up days are negative [days].
    public var day: Int
    public var metric: String
    /// `nil` for an empty field or `nan` (nothing to measure that day).
    public var value: Double?

    public init(scenario: String?, replication: Int, day: Int, metric: String, value: Double?) {
      (self.scenario, self.replication, self.day, self.metric, self.value) = (scenario, replication, day, metric, value)
    }
  }

  /// One row of `distributions.csv`: requests of one tier resolved in one response-time bin.
  public struct DistributionRow: Hashable, Sendable {
    public var scenario: String?
    public var replication: Int
    public var tier: String
    /// The bin's edges [days]; the last bin's upper edge is +∞.
    public var low: Double
    public var high: Double
    public var count: Int

    public init(scenario: String?, replication: Int, tier: String, low: Double, high: Double, count: Int) {
      (self.scenario, self.replication, self.tier) = (scenario, replication, tier)
      (self.low, self.high, self.count) = (low, high, count)
    }
  }

  /// The rows of `replications.csv` at `url` (a run's or a comparison's), in file order; `nil`
  /// when the file does not exist.
  /// - Throws: ``FileReadError`` naming the file, and the line of a bad row.
  /// - Complexity: O(file size).
  public static func readReplications(_ url: URL) throws(FileReadError) -> [ReplicationRow]? {
    guard let csv = try CSVRows.read(url, required: ["replication", "metric", "value"]) else { return nil }
    let scenario = csv.column("scenario")
    let (replication, metric, value) = (csv.column("replication")!, csv.column("metric")!, csv.column("value")!)
    var rows: [ReplicationRow] = []
    for row in csv.rows {
      guard let number = Int(row[replication]) else {
        throw csv.error(in: row, "replication '\(row[replication])' is not a whole number")
      }
      rows.append(
        ReplicationRow(
          scenario: scenario.map { row[$0] }, replication: number, metric: row[metric],
          value: CSVRows.number(row[value])))
    }
    return rows
  }

  /// The rows of `timeseries.csv` at `url`, in file order; `nil` when the file does not exist.
  /// - Throws: ``FileReadError`` naming the file, and the line of a bad row.
  /// - Complexity: O(file size).
  public static func readTimeseries(_ url: URL) throws(FileReadError) -> [TimeseriesRow]? {
    guard let csv = try CSVRows.read(url, required: ["replication", "day", "metric", "value"]) else { return nil }
    let scenario = csv.column("scenario")
    let (replication, day, metric, value) = (
      csv.column("replication")!, csv.column("day")!, csv.column("metric")!, csv.column("value")!
    )
    var rows: [TimeseriesRow] = []
    for row in csv.rows {
      guard let number = Int(row[replication]) else {
        throw csv.error(in: row, "replication '\(row[replication])' is not a whole number")
      }
      guard let dayNumber = Int(row[day]) else { throw csv.error(in: row, "day '\(row[day])' is not a whole number") }
      rows.append(
        TimeseriesRow(
          scenario: scenario.map { row[$0] }, replication: number, day: dayNumber, metric: row[metric],
          value: CSVRows.number(row[value])))
    }
    return rows
  }

  /// The rows of `distributions.csv` at `url`, in file order; `nil` when the file does not
  /// exist.
  /// - Throws: ``FileReadError`` naming the file, and the line of a row that is not a
  ///   replication number, a bin with `bin_low_days` < `bin_high_days` and a count ≥ 0.
  /// - Complexity: O(file size).
  public static func readDistributions(_ url: URL) throws(FileReadError) -> [DistributionRow]? {
    let required = ["replication", "tier", "bin_low_days", "bin_high_days", "count"]
    guard let csv = try CSVRows.read(url, required: required) else { return nil }
    let scenario = csv.column("scenario")
    let columns = required.map { csv.column($0)! }
    var rows: [DistributionRow] = []
    for row in csv.rows {
      guard let replication = Int(row[columns[0]]), let low = CSVRows.number(row[columns[2]]),
        let high = CSVRows.number(row[columns[3]]), let count = Int(row[columns[4]]), low < high, count >= 0
      else {
        throw csv.error(in: row, "expected a replication number, bin_low_days < bin_high_days and a count ≥ 0")
      }
      rows.append(
        DistributionRow(
          scenario: scenario.map { row[$0] }, replication: replication, tier: row[columns[1]], low: low, high: high,
          count: count))
    }
    return rows
  }
}
