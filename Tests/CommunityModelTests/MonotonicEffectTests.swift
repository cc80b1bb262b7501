import CommunityModel
import Testing
import TwinExperiments
import _TwinTestSupport

/// Policy-like changes move outputs the right way in every replication under common random
/// numbers (replication r of both variants uses the same streams).
@Suite struct MonotonicEffectTests {
  static let replications = 0..<3

  @Test(arguments: replications)
  func moreWorkersShortenResponse(replication: Int) throws {
    let base = try Fixtures.smallBaseline(days: 90, warmup: 30)
    var more = base
    more.roles[0].perThousandResidents = 6  // the 6 per 1,000 standard (D3)
    let a = ModelRun(base, seed: 21, replication: replication)
    let b = ModelRun(more, seed: 21, replication: replication)
    #expect(try b.value("response.all.mean_days") < a.value("response.all.mean_days"))
    #expect(try b.value("requests.abandoned") < a.value("requests.abandoned"))
  }

  @Test(arguments: replications)
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

  @Test(arguments: replications)
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
