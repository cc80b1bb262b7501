import Foundation
import Testing
import TwinExperiments

@Suite struct PairedDifferenceTests {
  /// Student's (1908) sleep data, the textbook paired t example (Cushny & Peebles): extra
  /// hours of sleep of ten patients under two drugs. R's `t.test(extra ~ group, data = sleep,
  /// paired = TRUE)` gives mean difference −1.58, t = −4.0621 on 9 df, 95 % CI
  /// [−2.4598858, −0.7001142].
  @Test func matchesStudentsSleepDataExample() throws {
    let drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    let drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
    let d = PairedDifference(metric: "extra", unit: "hours", scenario: "drug 1", base: drug2, other: drug1)
    #expect(d.count == 10)
    #expect(abs(try #require(d.meanDifference) - -1.58) < 1e-12)
    #expect(abs(try #require(d.ci95Low) - -2.4598858) < 1e-6)
    #expect(abs(try #require(d.ci95High) - -0.7001142) < 1e-6)
    let t = try #require(d.meanDifference) / (try #require(d.standardDeviation) / 10.0.squareRoot())
    #expect(abs(t - -4.0621) < 1e-4)
    #expect(d.isSignificant)
    #expect(abs(try #require(d.relativeChange) - -1.58 / 2.33) < 1e-12)
  }

  @Test func pairsWithAMissingValueAreLeftOut() {
    let d = PairedDifference(metric: "m", unit: "days", scenario: "s", base: [1, .nan, 3, 5], other: [2, 7, .nan, 7])
    #expect(d.count == 2)
    #expect(d.meanDifference == 1.5)
    #expect(d.relativeChange == 1.5 / 3)
  }

  @Test func anIntervalThatStraddlesZeroIsNotSignificant() {
    let d = PairedDifference(metric: "m", unit: "", scenario: "s", base: [0, 0, 0], other: [1, -1, 0.5])
    #expect(d.ci95Low! < 0 && d.ci95High! > 0)
    #expect(!d.isSignificant)
  }

  @Test func aZeroBaseHasNoRelativeChangeAndOneValueNoInterval() {
    let d = PairedDifference(metric: "m", unit: "", scenario: "s", base: [0], other: [2])
    #expect(d.meanDifference == 2)
    #expect(d.relativeChange == nil)
    #expect(d.standardDeviation == nil && d.ci95Low == nil)
    #expect(!d.isSignificant)
  }
}
