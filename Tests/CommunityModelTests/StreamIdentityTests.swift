import SimKernel
import Testing
import _TwinTestSupport

@testable import CommunityModel

/// Every need process and facility of a district gets a stream of its own, even past the 256
/// categories or facility types per community that packed stream indices could tell apart.
@Suite struct StreamIdentityTests {
  /// Two communities, each with 300 need categories and 300 facility types.
  private func wideModel() throws -> (DistrictModel, ReplicationStreams) {
    var scenario = try Fixtures.tinyScenario()
    let need = scenario.needs[0]
    scenario.needs = (0..<300).map { j in
      var copy = need
      copy.id = "need_\(j)"
      return copy
    }
    let facility = scenario.facilities[0]
    scenario.facilities = (0..<300).map { f in
      var copy = facility
      copy.id = "facility_\(f)"
      return copy
    }
    scenario.communities = [
      CommunitySpec(name: "A", residents: 200, cohortShares: [1]),
      CommunitySpec(name: "B", residents: 200, cohortShares: [1]),
    ]
    let streams = ReplicationStreams(seed: 42, replication: 0)
    return (DistrictModel(scenario: scenario, streams: streams), streams)
  }

  /// The first `n` outputs of `stream` (a copy: the model's own stream is untouched).
  private func draws(_ stream: RandomStream, _ n: Int = 4) -> [UInt64] {
    var copy = stream
    return (0..<n).map { _ in copy.next() }
  }

  /// A stream the model holds for item `item` (need category or facility type) of community
  /// `community`, and the identity it should have.
  private typealias Entity = (community: Int, item: Int, identity: StreamID, stream: RandomStream)

  /// `entities` are 600 distinct identities, the model draws from exactly those streams, and no
  /// two start alike (two equal first draws among 600 independent 64-bit outputs: probability
  /// 1e-14); in particular item 256 of community 0 and item 0 of community 1, one packed index
  /// (256) before, draw different numbers.
  private func expectOwnStreams(_ entities: [Entity], _ streams: ReplicationStreams) throws {
    #expect(entities.count == 600)
    #expect(Set(entities.map(\.identity)).count == 600)
    for entity in entities { #expect(draws(entity.stream) == draws(streams.stream(entity.identity))) }
    #expect(Set(entities.map { draws($0.stream, 1)[0] }).count == 600)
    let late = try #require(entities.first { $0.community == 0 && $0.item == 256 })
    let early = try #require(entities.first { $0.community == 1 && $0.item == 0 })
    #expect(late.identity != early.identity)
    #expect(draws(late.stream) != draws(early.stream))
  }

  @Test func everyNeedProcessAndFacilityInstanceHasItsOwnStream() throws {
    let (model, streams) = try wideModel()
    let needs: [Entity] = model.needProcesses.map {
      ($0.community, $0.category, .needs(community: $0.community, category: $0.category), $0.stream)
    }
    let facilities: [Entity] = model.facilities.map {
      ($0.community, $0.spec, .facility(community: $0.community, type: $0.spec), $0.stream)
    }
    try expectOwnStreams(needs, streams)
    try expectOwnStreams(facilities, streams)
  }
}
