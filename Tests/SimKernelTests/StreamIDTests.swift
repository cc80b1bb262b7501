import SimKernel
import Testing

/// Structured stream identities: the packed layout of earlier versions keeps its raw values,
/// and no two entities of a family share a stream, however large their components.
@Suite struct StreamIDTests {
  /// Golden values computed independently in Python from the FNV-1a / SplitMix64 definitions in
  /// ``StreamID``'s documentation. A change here changes published results: make it deliberate.
  @Test func goldenStructuredIdentities() {
    // Packed (in range): the raw values earlier versions gave `c << 8 | j` and
    // `c << 32 | j << 24 | cycle`.
    #expect(StreamID("needs", 1, 7, packedBits: 8).rawValue == 0x1d49_b58b_9516_342b)
    #expect(StreamID("projects", 2, 3, 5, packedBits: (8, 24)).rawValue == 0xf7ff_ad53_4d5a_2aef)
    // Hashed component by component (out of range).
    #expect(StreamID("needs", 0, 256, packedBits: 8).rawValue == 0x9a14_614c_4151_1a07)
    #expect(StreamID("projects", 2, 300, 5, packedBits: (8, 24)).rawValue == 0xd637_1a26_797d_fb5a)
  }

  /// Inside the packed layout an identity is the single-index stream of the packed integer, the
  /// identity shipped results were computed with.
  @Test func identitiesThatFitThePackedLayoutKeepTheirOldRawValues() {
    for c in [0, 1, 2, 65_535] {
      for j in [0, 1, 17, 255] {
        #expect(StreamID("needs", c, j, packedBits: 8) == StreamID("needs", index: UInt64(c) << 8 | UInt64(j)))
      }
      for w in [0, 999, (1 << 20) - 1] {
        #expect(StreamID("workers", c, w, packedBits: 20) == StreamID("workers", index: UInt64(c) << 20 | UInt64(w)))
      }
      for (j, cycle) in [(0, 0), (255, 3), (7, (1 << 24) - 1)] {
        let packed = UInt64(c) << 32 | UInt64(j) << 24 | UInt64(cycle)
        #expect(StreamID("projects", c, j, cycle, packedBits: (8, 24)) == StreamID("projects", index: packed))
      }
    }
    // The largest first component that still fits: 2^56 − 1 with 8 bits for the second.
    let top = (1 << 56) - 1
    #expect(StreamID("needs", top, 255, packedBits: 8) == StreamID("needs", index: UInt64.max))
  }

  /// The collisions the packed integers had: each pair below packed to the same integer.
  @Test func entitiesThePackingConfusedGetDistinctStreams() {
    #expect(StreamID("needs", 0, 256, packedBits: 8) != StreamID("needs", 1, 0, packedBits: 8))
    #expect(StreamID("facility", 3, 256 + 5, packedBits: 8) != StreamID("facility", 4, 5, packedBits: 8))
    #expect(StreamID("workers", 0, 1 << 20, packedBits: 20) != StreamID("workers", 1, 0, packedBits: 20))
    #expect(StreamID("projects", 0, 256, 0, packedBits: (8, 24)) != StreamID("projects", 1, 0, 0, packedBits: (8, 24)))
    #expect(
      StreamID("projects", 0, 0, 1 << 24, packedBits: (8, 24)) != StreamID("projects", 0, 1, 0, packedBits: (8, 24)))
    // The draws differ too, not just the identities.
    var a = RandomStream(seed: 1, replication: 0, stream: StreamID("needs", 0, 256, packedBits: 8))
    var b = RandomStream(seed: 1, replication: 0, stream: StreamID("needs", 1, 0, packedBits: 8))
    #expect((0..<4).map { _ in a.next() } != (0..<4).map { _ in b.next() })
  }

  /// Every (c, j) of a grid that straddles the packed range, and its single-index streams of
  /// the same name, are pairwise distinct.
  @Test func aGridAcrossThePackedBoundaryHasNoRepeatedIdentity() {
    var seen = Set<StreamID>()
    var count = 0
    for c in [0, 1, 2, 255, 256, (1 << 56) - 1, 1 << 56, Int.max, -1, Int.min] {
      for j in Array(0..<600) + [(1 << 20) - 1, 1 << 20, Int.max, -1] {
        seen.insert(StreamID("needs", c, j, packedBits: 8))
        count += 1
      }
    }
    for index in 0..<1_000 as Range<UInt64> where index >> 8 > 2 {
      seen.insert(StreamID("needs", index: index))  // packed values beyond the grid's communities
      count += 1
    }
    #expect(seen.count == count)
  }

  @Test func negativeAndHugeComponentsAreHashedWithoutTrapping() {
    let ids = [
      StreamID("needs", -1, 0, packedBits: 8), StreamID("needs", 0, -1, packedBits: 8),
      StreamID("needs", Int.max, Int.max, packedBits: 8), StreamID("needs", Int.min, 0, packedBits: 8),
      StreamID("projects", -1, -1, -1, packedBits: (8, 24)), StreamID("projects", 0, 0, Int.max, packedBits: (8, 24)),
    ]
    #expect(Set(ids).count == ids.count)
  }
}
