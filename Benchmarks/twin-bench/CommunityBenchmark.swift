import CommunityModel
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinExperiments

/// `twin-bench community`: one replication of a district built from a scenario file (the
/// baseline by default), scaled to `--residents` residents in communities of about the
/// scenario's first community's size, for `--days` days.
enum CommunityBenchmark: Workload {
  static let residents = DefaultedOption(
    "residents", .integer("N", in: 1...100_000_000), default: 100_000, help: "Residents of the district.")
  static let days = DefaultedOption("days", .integer("D", in: 1...3_650), default: 365, help: "Days after the warm-up.")
  static let warmupDays = Option(
    "warmup-days", .integer("W", in: 0...3_650), default: "the scenario's", help: "Days of warm-up.")
  static let drainDays = Option(
    "drain-days", .integer("N", in: 0...3_650), default: "the scenario's",
    help: "Most days of drain after the horizon (0: none; the drain's events count in events_per_sec).")
  static let scenario = DefaultedOption(
    "scenario", .text("FILE", "a scenario file", completion: .files(extension: "json")),
    default: "Scenarios/baseline.json", help: "The scenario the district is built from.")
  static let seed = DefaultedOption("seed", .unsigned("S"), default: 1, help: "Random seed.")

  static let spec = CommandSpec(
    "community", positional: nil, options: [residents, days, warmupDays, drainDays, scenario, seed],
    examples: ["community --residents 20000 --days 30"],
    summary: "Runs one replication of a district of N residents (communities the size of FILE's first community, "
      + "its cohort mix and parameters) for D days after a warm-up of W days, then its drain, and prints one JSON "
      + "line: events (drain_events of them in the drain), "
      + "events_per_sec, seconds, peak_rss_bytes and rss_bytes_per_resident (peak resident memory of the whole "
      + "process ÷ N) and model_bytes_per_resident (the peak's growth while the model runs ÷ N).")

  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let residents = arguments[residents]
    let days = arguments[days]
    let file = arguments[scenario]
    let seed = arguments[seed]

    var scenario = try ScenarioFile.load(URL(fileURLWithPath: file))
    scenario.days = days
    if let warmup = arguments[warmupDays] { scenario.warmupDays = warmup }
    if let drain = arguments[drainDays] { scenario.drainDays = drain }
    let fileResidents = scenario.totalResidents
    scenario.communities = district(of: residents, like: scenario.communities[0])
    scenario.departments = departments(scenario.departments, scaledBy: Double(residents) / Double(fileResidents))
    // The process's own footprint (runtime, Foundation, the parsed scenario) before the model
    // exists; peak − this is what the district costs.
    let before = peakResidentBytes()
    let (seconds, result) = measure { DistrictModel.runReplication(scenario, seed: seed, replication: 0) }
    let peak = peakResidentBytes()
    return jsonLine([
      ("model", .string("community")),
      ("build", .string(buildConfiguration)),
      ("scenario", .string(file)),
      ("residents", .int(residents)),
      ("communities", .int(scenario.communities.count)),
      ("days", .int(days)),
      ("warmup_days", .int(scenario.warmupDays)),
      ("drain_days", .number(result[metric: Metric.drainDays.id] ?? .nan)),
      ("events", .int(result.events)),
      ("drain_events", .int(result.drainEvents)),
      ("seconds", .number(seconds)),
      ("events_per_sec", .number(Double(result.events) / seconds)),
      ("peak_rss_bytes", .int(peak)),
      ("rss_bytes_per_resident", .number(Double(peak) / Double(residents))),
      ("peak_rss_before_model_bytes", .int(before)),
      ("model_bytes_per_resident", .number(Double(peak - before) / Double(residents))),
    ])
  }

  /// The file's departments with their servers scaled by `factor` (the district's residents ÷
  /// the file's; at least one each): departments serve every community of a scenario, so a
  /// district of 13 baseline communities with the baseline's servers would load each
  /// department 13 times over and its queue would grow without end.
  static func departments(_ departments: [DepartmentSpec], scaledBy factor: Double) -> [DepartmentSpec] {
    departments.map { department in
      var scaled = department
      scaled.servers = max(1, Int((Double(department.servers) * factor).rounded()))
      return scaled
    }
  }

  /// `residents` split as evenly as possible into communities of about `template`'s size.
  static func district(of residents: Int, like template: CommunitySpec) -> [CommunitySpec] {
    let count = max(1, (residents + template.residents / 2) / template.residents)
    return (0..<count).map { i in
      let size = residents / count + (i < residents % count ? 1 : 0)
      return CommunitySpec(name: "\(template.name) #\(i + 1)", residents: size, cohortShares: template.cohortShares)
    }
  }
}
