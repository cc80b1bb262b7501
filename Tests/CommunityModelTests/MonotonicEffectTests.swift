import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Policy-like changes move outputs the right way under common random numbers (replication r
/// of both variants uses the same streams). Each comment gives the paired change's mean and
/// standard deviation over 40 replications (0–39 of the test's seed) and the resulting
/// probability that a correct model fails the assertion (`Docs/testing.md`).
@Suite(.skippedInChecksBuild) struct MonotonicEffectTests {
  /// Over 40 replications the paired reductions (base − 6 per 1,000) are 0.78 ± 0.63 days of
  /// response and 16.6 ± 15.0 abandoned requests: positive in every one, but skewed (1.7), so
  /// one replication gives no stated bound. The mean over 14 replications is ≤ 0 with
  /// probability Φ(−1.23·√14) = 2e-6 and Φ(−1.10·√14) = 2e-5 (normal approximation, which
  /// the right skew makes conservative).
  @Test(.tags(.statistical))
  func moreWorkersShortenResponse() throws {
    let base = try Fixtures.smallBaseline(days: 90, warmup: 30)
    var more = base
    more.name = "6 per 1,000"
    more.roles[0].perThousandResidents = 6  // the 6 per 1,000 standard (D3)
    let runs = pairedRuns([base, more], seed: 21, count: 14)
    #expect(try meanChange("response.all.mean_days", from: runs[0], to: runs[1]) < 0)
    #expect(try meanChange("requests.abandoned", from: runs[0], to: runs[1]) < 0)
  }

  /// The same needs arise (common random numbers), and doubled report probabilities capture
  /// 114 ± 10 more of them per replication (40 replications): 11 SD, so each of the three
  /// replications fails with probability below 1e-25.
  @Test(.tags(.statistical), arguments: 0..<3)
  func higherCaptureCapturesMore(replication: Int) throws {
    let base = try Fixtures.smallBaseline()
    var more = base
    more.capture.onlineReportProbability *= 2
    more.capture.offlineReportProbability *= 2
    let a = ModelRun(base, seed: 22, replication: replication)
    let b = ModelRun(more, seed: 22, replication: replication)
    #expect(try b.value("requests.arrived") == a.value("requests.arrived"), "same needs under common random numbers")
    #expect(try b.value("requests.captured") > a.value("requests.captured"))
  }

  /// The baseline turns away 4.0 ± 0.5 % of parking visits and 20 % more places cut that by
  /// 3.9 ± 0.5 points (40 replications): 8.0 and 7.5 SD, so the six assertions fail with
  /// probability below 1e-12.
  @Test(.tags(.statistical), arguments: 0..<3)
  func moreCapacityFewerTurnAways(replication: Int) throws {
    let base = try Fixtures.smallBaseline()
    let parking = try #require(base.facilities.firstIndex { $0.id == "parking" })
    var more = base
    more.facilities[parking].capacityPerThousand *= 1.2
    let a = ModelRun(base, seed: 23, replication: replication)
    let b = ModelRun(more, seed: 23, replication: replication)
    #expect(try a.value("facility.parking.turned_away_share") > 0)
    #expect(try b.value("facility.parking.turned_away_share") < a.value("facility.parking.turned_away_share"))
  }
}
