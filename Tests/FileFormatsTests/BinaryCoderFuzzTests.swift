import FileFormats
import Testing

/// Thousands of corrupted encodings: each must decode or throw — never trap, hang or exhaust
/// memory. Fixed seed, so a failure reproduces.
@Suite struct BinaryCoderFuzzTests {
  /// One random corruption of `bytes`: bytes overwritten, inserted or deleted, or a cut.
  func mutate(_ bytes: [UInt8], with generator: inout SplitMix64) -> [UInt8] {
    var result = bytes
    for _ in 0...Int.random(in: 0...3, using: &generator) {
      guard !result.isEmpty else { break }
      let position = Int.random(in: 0..<result.count, using: &generator)
      switch Int.random(in: 0..<5, using: &generator) {
      case 0: result[position] = UInt8.random(in: 0...255, using: &generator)
      case 1: result[position] ^= 1 << UInt8.random(in: 0...7, using: &generator)
      case 2: result.insert(UInt8.random(in: 0...255, using: &generator), at: position)
      case 3: result.remove(at: position)
      default: result.removeLast(result.count - position)
      }
    }
    return result
  }

  /// The corruptions reach all three outcomes: some still decode, some break the structure
  /// (``BinaryDecodingError``), some keep it but not the types (`DecodingError`).
  @Test func corruptedEncodingsDecodeOrThrow() throws {
    let original = try BinaryEncoder().encode(sampleState())
    var generator = SplitMix64(state: 0x5EED)
    var outcomes = (decoded: 0, malformed: 0, mistyped: 0)
    for _ in 0..<5_000 {
      let corrupted = mutate(original, with: &generator)
      do {
        _ = try BinaryDecoder().decode(SimulationState.self, from: corrupted)
        outcomes.decoded += 1
      } catch is BinaryDecodingError {
        outcomes.malformed += 1
      } catch is DecodingError {
        outcomes.mistyped += 1
      }
    }
    #expect(outcomes.decoded > 0 && outcomes.malformed > 0 && outcomes.mistyped > 0, "\(outcomes)")
  }

  /// A stream cut anywhere leaves its top-level container open: every cut is refused as such.
  @Test func everyTruncationIsRefused() throws {
    let original = try BinaryEncoder().encode(sampleState())
    for length in 0..<original.count {
      #expect(throws: BinaryDecodingError.self, "cut at \(length)") {
        try BinaryDecoder().decode(SimulationState.self, from: Array(original.prefix(length)))
      }
    }
  }

  /// Random bytes, decoded as a state and as a few loose shapes.
  @Test func randomBytesDecodeOrThrow() {
    var generator = SplitMix64(state: 7)
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...64, using: &generator)
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      _ = try? BinaryDecoder().decode(SimulationState.self, from: bytes)
      _ = try? BinaryDecoder().decode([String: [Int]].self, from: bytes)
      _ = try? BinaryDecoder().decode([Event?].self, from: bytes)
    }
  }
}
