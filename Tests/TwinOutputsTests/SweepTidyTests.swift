import CommunityModel
import Foundation
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// `merge`'s tidy tables for pandas and R: `points_long.csv` and `parameters_long.csv` hold
/// the numbers of `points.csv`, one row per point × metric and per point × parameter.
@Suite struct SweepTidyTests {
  @Test func pointsLongAndParametersLongAreTheTidyFormOfPointsCSV() throws {
    let sweep = try SweepTests.sweep()
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try SweepRunner(sweep: sweep, directory: directory, threads: 2).run(resume: false)
    let results = try SweepResults.merge([directory])
    let long = results.pointsLongCSV().split(separator: "\n")
    #expect(long[0] == "point,metric,unit,n,mean,ci95_low,ci95_high")
    #expect(long.count == 1 + 6 * 3)
    #expect(long[1].hasPrefix("0,response.all.mean_days,days,2,"))
    #expect(long[3].hasPrefix("0,requests.resolved,requests,2,"))
    // The same numbers as points.csv's first row, in the same text.
    let wide = results.pointsCSV().split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false)
    #expect(Array(long[1].split(separator: ",", omittingEmptySubsequences: false).suffix(3)) == Array(wide[4...6]))
    let parameters = results.parametersLongCSV().split(separator: "\n")
    #expect(
      Array(parameters.prefix(5)) == [
        "point,parameter,value", "0,workforce.roles[community_worker].per_1000,3.0",
        "0,interventions[devolution].threshold_cny,0.0", "1,workforce.roles[community_worker].per_1000,3.0",
        "1,interventions[devolution].threshold_cny,450000.0",
      ])
    // A point's interval stays inside its unit's range. Every bound of the real runs does;
    // and two replications of the satisfaction index (0–100) at 99.5 and 99.9, whose t
    // interval is 99.7 ± 12.71 × 0.2 (to 102.2), stop at 100 while the lower bound stays
    // the t interval's (97.16).
    for summary in results.points.flatMap(\.metrics) {
      let range = MetricUnit(summary.unit).range
      #expect(summary.unit != "", "\(summary.name) has its unit")
      for bound in [summary.ci95Low, summary.ci95High].compactMap({ $0 }) {
        #expect(range.contains(bound), "\(summary.name): \(bound) outside \(summary.unit)")
      }
    }
    var nearTheTop = results
    let index = try #require(results.manifest.metrics.firstIndex(of: "satisfaction.index"))
    for r in nearTheTop.records.indices where nearTheTop.records[r].point == 0 {
      nearTheTop.records[r].metrics[index] = nearTheTop.records[r].replication == 0 ? 99.5 : 99.9
    }
    let clipped = try #require(nearTheTop.points.first?.metrics[index])
    #expect(clipped.unit == "index 0–100" && clipped.count == 2)
    #expect(clipped.ci95High == 100)
    #expect(try abs(#require(clipped.ci95Low) - (99.7 - 12.706_2 * 0.2)) < 1e-3)
    try results.write(to: directory.appendingPathComponent("merged"))
    for name in SweepResults.fileNames {
      #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("merged/\(name)").path))
    }
  }
}
