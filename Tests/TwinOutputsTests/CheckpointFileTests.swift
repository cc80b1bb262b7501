import CommunityModel
import FileFormats
import Foundation
import Testing
import TwinExperiments
import TwinOutputs
import _TwinTestSupport

/// The checkpoint file: written, read back and continued bit-identically; refused, with the
/// file's name and why, when it is not a checkpoint, of another version, truncated,
/// corrupted, or holds a state that does not decode.
@Suite struct CheckpointFileTests {
  /// Small versions of the baseline, the flood (a surge and an emergency in the window) and
  /// the combined preset (every mechanism), each stopped mid-window.
  static func scenarios() throws -> [(scenario: Scenario, day: Int)] {
    let baseline = try Fixtures.smallBaseline(days: 30, warmup: 10, drain: 10)
    var flood = try Fixtures.scenario("flood.json")
    flood.communities[0].residents = 3_000
    (flood.days, flood.warmupDays, flood.drainDays) = (40, 10, 10)
    flood.emergencies[0].day = 15
    (flood.surges[0].day, flood.surges[0].days) = (20, 14)
    var combined = try Fixtures.scenario("combined.json").withProjectsScaled(toResidents: 2_000, cycleDays: 30)
    combined.communities[0].residents = 2_000
    (combined.days, combined.warmupDays, combined.drainDays) = (45, 15, 10)
    return [(baseline, 25), (flood, 27), (combined, 40)]
  }

  static func header(_ checkpoint: ExperimentCheckpoint) -> CheckpointHeader {
    CheckpointHeader(
      checkpoint, tool: "community-twin test", written: "2026-12-04T00:00:00Z", scenarioFile: "test.json",
      scenarioSHA256: String(repeating: "0", count: 64))
  }

  /// Written with one thread, read back and continued with one or two: the uninterrupted
  /// results, bit for bit; the header reads back as written.
  @Test func aCheckpointWrittenAndReadBackGoesOnExactly() throws {
    for (scenario, day) in try Self.scenarios() {
      try withTemporaryDirectory { directory in
        var keeping = Experiment(scenarios: [scenario], seed: 12, replications: .fixed(2))
        keeping.checkpointDay = day
        let kept = try keeping.run(threads: 1)
        let checkpoint = try #require(kept.checkpoint)
        let file = directory.appendingPathComponent("today.ckpt")
        try CheckpointFile.write(checkpoint, header: Self.header(checkpoint), to: file)
        let (header, read) = try CheckpointFile.read(file)
        #expect(header == Self.header(checkpoint))
        #expect(read.day == day && read.replications == 2 && read.seed == 12 && read.scenario == scenario)
        for threads in [1, 2] {
          let continued = try Experiment(continuing: read, scenarios: [scenario]).run(threads: threads)
          #expect(
            continued.results[0].map(BitImage.init) == kept.results[0].map(BitImage.init),
            "\(scenario.name) from day \(day), \(threads) threads")
        }
      }
    }
  }

  /// The header records the build that wrote it (``Provenance``) and reads it back whole; a
  /// header without one (written before checkpoints recorded it) reads back as `nil`.
  @Test func theHeaderRecordsTheBuildThatWroteIt() throws {
    try withTemporaryDirectory { directory in
      let (scenario, day) = try Self.scenarios()[0]
      var keeping = Experiment(scenarios: [scenario], seed: 5, replications: .fixed(1))
      keeping.checkpointDay = day
      let checkpoint = try #require(try keeping.run(threads: 1).checkpoint)
      var header = Self.header(checkpoint)
      header.provenance = ProvenanceTests.provenance
      let file = directory.appendingPathComponent("built.ckpt")
      try CheckpointFile.write(checkpoint, header: header, to: file)
      #expect(try CheckpointFile.read(file).header.provenance == ProvenanceTests.provenance)
      let text = String(decoding: try Data(contentsOf: file).prefix(2_000), as: UTF8.self)
      #expect(text.contains("\n  \"provenance\": {\n    \"tool\": \"community-twin\",\n    \"version\": \"0.4.0\""))
      try CheckpointFile.write(checkpoint, header: Self.header(checkpoint), to: file)
      #expect(try CheckpointFile.read(file).header.provenance == nil)
    }
  }

  /// A file that is not a checkpoint, another format version, a truncated file, a flipped
  /// byte anywhere in the header or the state, and a state that does not decode (a valid
  /// file whose state is not an experiment's): each refused with its reason.
  @Test func aDamagedOrForeignFileIsRefusedWithItsReason() throws {
    try withTemporaryDirectory { directory in
      let (scenario, day) = try Self.scenarios()[0]
      var keeping = Experiment(scenarios: [scenario], seed: 3, replications: .fixed(1))
      keeping.checkpointDay = day
      let checkpoint = try #require(try keeping.run(threads: 1).checkpoint)
      let good = directory.appendingPathComponent("good.ckpt")
      try CheckpointFile.write(checkpoint, header: Self.header(checkpoint), to: good)
      let bytes = Array(try Data(contentsOf: good))

      func refusal(_ damaged: [UInt8]) throws -> String {
        let file = directory.appendingPathComponent("damaged.ckpt")
        try Data(damaged).write(to: file)
        do {
          _ = try CheckpointFile.read(file)
          return "read"
        } catch {
          #expect(error.path == file.relativePath)
          return error.description
        }
      }
      #expect(try refusal(Array("{\"not\": \"a checkpoint\"}".utf8)).contains("not a CommunityTwin checkpoint"))
      var otherVersion = bytes
      otherVersion[8] = 2
      #expect(try refusal(otherVersion).contains("format version 2; this build reads version 1"))
      #expect(try refusal(Array(bytes.dropLast(100))).contains("truncated"))
      #expect(try refusal(bytes + [0]).contains("truncated or padded"))
      for position in [40, bytes.count / 2, bytes.count - 40] {
        var flipped = bytes
        flipped[position] ^= 0x10
        #expect(try refusal(flipped).contains("corrupted: its SHA-256 checksum"), "byte \(position)")
      }
      // A well-formed file whose state is a scenario, not an experiment's replications.
      var foreign = Array(bytes[0..<28])
      let header = Array(bytes[28..<(28 + Int(bytes[12]) + Int(bytes[13]) << 8)])
      let state = try BinaryEncoder().encode(scenario)
      for k in 0..<8 { foreign[20 + k] = UInt8(truncatingIfNeeded: UInt64(state.count) >> (8 * UInt64(k))) }
      foreign += header + state
      foreign += SHA256.hash(foreign)
      let message = try refusal(foreign)
      #expect(message.contains("state: its state does not fit this build") && message.contains("community-twin test"))
    }
  }
}
