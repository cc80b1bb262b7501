import CommunityModel
import ScenarioFiles
import Testing
import TwinExperiments

/// The robustness of a ranking across worlds, on means made up so that every answer is
/// known: shares, regrets and the parameter behind a change of the best.
@Suite struct UncertainResultTests {
  /// Two scenarios over 10 worlds: B's response is 1 day shorter than A's except in the 3
  /// worlds where parameter x is large (x = 5 there, 1 elsewhere; y is the same everywhere but
  /// noise), where A's is 2 days shorter.
  static func made() -> UncertainResult {
    let response = try! #require(MetricCatalog.keyMetrics.firstIndex { $0.id == Metric.responseMeanDays.id })
    let metrics = MetricCatalog.keyMetrics
    var means: [[[Double]]] = []
    var draws: [[Double]] = []
    for w in 0..<10 {
      let flipped = w >= 7
      var a = Array(repeating: 1.0, count: metrics.count)
      var b = a
      a[response] = 10
      b[response] = flipped ? 12 : 9
      means.append([a, b])
      draws.append([flipped ? 5 : 1, Double(w % 2)])
    }
    return UncertainResult(
      names: ["A", "B"], metrics: metrics, draws: ParameterDraws(paths: ["x", "y"], draws: draws), means: means,
      replications: 3)
  }

  @Test func sharesRegretsAndTheDriverFollowFromTheMeans() throws {
    let result = Self.made()
    let m = try #require(result.metrics.firstIndex { $0.id == Metric.responseMeanDays.id })
    let r = result.robustness(of: m)
    #expect(r.bestShare == [0.3, 0.7])
    #expect(r.mostOftenBest == 1 && r.beatenWorlds == 3)
    // A's regret: 1 day in 7 worlds, 0 in 3; B's: 0 in 7, 2 days in 3.
    #expect(r.medianRegret == [1, 0])
    #expect(abs(r.p90Regret[1] - 2) < 1e-12 && abs(r.p90Regret[0] - 1) < 1e-12)
    let driver = try #require(r.driver)
    #expect(driver.path == "x" && driver.whereNot == 5 && driver.whereBest == 1)
    // B's regret is 2 where x is 5 and 0 where x is 1: x explains all of it, y none.
    #expect(abs((driver.src ?? 0) - 1) < 1e-9 && abs((driver.rSquared ?? 0) - 1) < 1e-9)
    // A metric equal in every world: every scenario ties, each best in half the worlds, no driver.
    let tied = try #require(
      result.metrics.firstIndex { $0.direction != .neither && $0.id != Metric.responseMeanDays.id })
    #expect(result.robustness(of: tied).bestShare == [0.5, 0.5])
    #expect(result.robustness(of: tied).driver == nil && result.robustness(of: tied).beatenWorlds == 0)
  }

  /// With fewer worlds than parameters + 2 the driver is the parameter whose means differ
  /// most between beaten and other worlds; a parameter whose groups differ only by rounding
  /// (0.1 and 0.2 against 0.15) is no driver.
  @Test func withFewWorldsTheDriverIsADifferenceOfMeansOrNone() throws {
    let response = try #require(MetricCatalog.keyMetrics.firstIndex { $0.id == Metric.responseMeanDays.id })
    let metrics = MetricCatalog.keyMetrics
    func world(bWins: Bool) -> [[Double]] {
      var a = Array(repeating: 1.0, count: metrics.count)
      var b = a
      a[response] = 10
      b[response] = bWins ? 9 : 11
      return [a, b]
    }
    let means = [world(bWins: false), world(bWins: true), world(bWins: false)]
    let rounding = UncertainResult(
      names: ["A", "B"], metrics: metrics,
      draws: ParameterDraws(paths: ["p"], draws: [[0.1], [0.15], [0.2]]), means: means, replications: 2)
    #expect(rounding.robustness(of: response).driver == nil)
    let separating = UncertainResult(
      names: ["A", "B"], metrics: metrics,
      draws: ParameterDraws(paths: ["p", "q"], draws: [[0.1, 1], [0.3, 1], [0.1, 1]]), means: means, replications: 2)
    let driver = try #require(separating.robustness(of: response).driver)
    #expect(driver.path == "p" && driver.src == nil && abs(driver.whereNot - 0.3) < 1e-12)
  }
}
