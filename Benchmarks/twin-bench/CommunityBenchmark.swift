import CommunityModel
import Foundation
import ScenarioFiles
import TwinExperiments

/// `twin-bench community`: one replication of a district built from a scenario file (the
/// baseline by default), scaled to `--residents` residents in communities of about the
/// scenario's first community's size, for `--days` days.
enum CommunityBenchmark {
  static let help = """
    twin-bench community [--residents N] [--days D] [--warmup-days W] [--scenario FILE] [--seed S]
      Runs one replication of a district of N residents (communities the size of FILE's
      first community, its cohort mix and parameters) for D days after a warm-up of W days
      (default: the scenario's), and prints one JSON line: events, events_per_sec, seconds, peak_rss_bytes and
      rss_bytes_per_resident (peak resident memory of the whole process ÷ N) and
      model_bytes_per_resident (the peak's growth while the model runs ÷ N).
      Defaults: --residents 100000 --days 365 --scenario Scenarios/baseline.json --seed 1.
    """

  static func run(_ arguments: inout BenchmarkArguments) throws -> String {
    let residents = try arguments.value("residents", default: 100_000, in: 1...100_000_000)
    let days = try arguments.value("days", default: 365, in: 1...3_650)
    let warmup = try arguments.value("warmup-days", default: -1, in: -1...3_650)
    let file = arguments.value("scenario", default: "Scenarios/baseline.json")
    let seed = try arguments.value("seed", default: UInt64(1), in: 0...UInt64.max)
    try arguments.rejectUnknown()

    var scenario = try ScenarioFile.load(URL(fileURLWithPath: file))
    scenario.days = days
    if warmup >= 0 { scenario.warmupDays = warmup }
    scenario.communities = district(of: residents, like: scenario.communities[0])
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
      ("events", .int(result.events)),
      ("seconds", .number(seconds)),
      ("events_per_sec", .number(Double(result.events) / seconds)),
      ("peak_rss_bytes", .int(peak)),
      ("rss_bytes_per_resident", .number(Double(peak) / Double(residents))),
      ("peak_rss_before_model_bytes", .int(before)),
      ("model_bytes_per_resident", .number(Double(peak - before) / Double(residents))),
    ])
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
