import CommunityModel
import FileFormats
import TwinExperiments

/// The CSV outputs of a run, in "tidy" (long) form: one observation per row, so they load
/// straight into R, pandas or a spreadsheet pivot table.
///
/// Format (RFC 4180): comma-separated, a header row, `\n` line ends (one after the last row
/// too); a field with a comma, quote or line break is quoted, with quotes doubled. Numbers are
/// Swift's shortest round-trip form of the `Double`.
public enum TidyCSV {
  /// `replications.csv`: header `replication,metric,value`, one row per replication ×
  /// metric, in replication order then each replication's metric order. A non-finite value
  /// (NaN: nothing to measure) leaves the `value` field empty. O(R · M).
  public static func replications(_ results: [ReplicationResult]) -> String {
    "replication,metric,value\n" + replicationRows(results, prefix: "")
  }

  /// `replications.csv` of a comparison: as ``replications(_:)`` with a first column
  /// `scenario`, scenario by scenario. O(S · R · M).
  public static func replications(byScenario scenarios: [(name: String, results: [ReplicationResult])]) -> String {
    scenarios.reduce("scenario,replication,metric,value\n") {
      $0 + replicationRows($1.results, prefix: CSVText.field($1.name) + ",")
    }
  }

  /// `timeseries.csv`: header `replication,day,metric,value`, from each result's
  /// ``DailySeries`` (day 0 = first day after the warm-up, warm-up days negative), in
  /// replication, day, series order. Non-finite values (days with nothing to measure) are
  /// left out. O(R · days · series).
  public static func timeseries(_ results: [ReplicationResult]) -> String {
    "replication,day,metric,value\n" + timeseriesRows(results, prefix: "")
  }

  /// `timeseries.csv` of a comparison: as ``timeseries(_:)`` with a first column
  /// `scenario`, scenario by scenario. O(S · R · days · series).
  public static func timeseries(byScenario scenarios: [(name: String, results: [ReplicationResult])]) -> String {
    scenarios.reduce("scenario,replication,day,metric,value\n") {
      $0 + timeseriesRows($1.results, prefix: CSVText.field($1.name) + ",")
    }
  }

  /// `distributions.csv`: header `replication,tier,bin_low_days,bin_high_days,count`, the
  /// requests resolved in the window per tier and response-time bin
  /// (``ResponseHistogram/edgesDays``; the last bin's upper edge is `inf`), in replication,
  /// tier, bin order. O(R · tiers · bins).
  public static func distributions(_ results: [ReplicationResult]) -> String {
    "replication,tier,bin_low_days,bin_high_days,count\n" + distributionRows(results, prefix: "")
  }

  /// `distributions.csv` of a comparison: as ``distributions(_:)`` with a first column
  /// `scenario`, scenario by scenario. O(S · R · tiers · bins).
  public static func distributions(byScenario scenarios: [(name: String, results: [ReplicationResult])]) -> String {
    scenarios.reduce("scenario,replication,tier,bin_low_days,bin_high_days,count\n") {
      $0 + distributionRows($1.results, prefix: CSVText.field($1.name) + ",")
    }
  }

  private static func distributionRows(_ results: [ReplicationResult], prefix: String) -> String {
    var out = ""
    for result in results {
      for tier in RequestTier.allCases {
        for (bin, count) in result.responseHistogram.counts[tier.rawValue].enumerated() {
          let (low, high) = ResponseHistogram.bounds(ofBin: bin)
          let highField = high.isFinite ? high.description : "inf"
          out += "\(prefix)\(result.replication),\(tier.name),\(low.description),\(highField),\(count)\n"
        }
      }
    }
    return out
  }

  private static func replicationRows(_ results: [ReplicationResult], prefix: String) -> String {
    var out = ""
    for result in results {
      for metric in result.metrics {
        out += "\(prefix)\(result.replication),\(CSVText.field(metric.name)),\(CSVText.number(metric.value))\n"
      }
    }
    return out
  }

  private static func timeseriesRows(_ results: [ReplicationResult], prefix: String) -> String {
    var out = ""
    for result in results {
      let daily = result.daily
      let names = daily.names.map(CSVText.field)
      for (row, values) in daily.values.enumerated() {
        let day = daily.firstDay + row
        for (column, value) in values.enumerated() where value.isFinite && column < names.count {
          out += "\(prefix)\(result.replication),\(day),\(names[column]),\(value.description)\n"
        }
      }
    }
    return out
  }

  /// The metric summaries (`--format csv`): header `name,unit,mean,sd,ci95_low,ci95_high,n`,
  /// one row per metric; undefined statistics (see ``MetricSummary``) are empty fields.
  /// O(M).
  public static func metricSummaries(_ summary: ExperimentSummary) -> String {
    var out = "name,unit,mean,sd,ci95_low,ci95_high,n\n"
    for m in summary.metrics {
      let numbers = [m.mean, m.standardDeviation, m.ci95Low, m.ci95High].map(CSVText.number)
      out += "\(CSVText.field(m.name)),\(CSVText.field(m.unit)),\(numbers.joined(separator: ",")),\(m.count)\n"
    }
    return out
  }
}
