import SimKernel
import Testing

@testable import CommunityModel

@Suite struct ResidentPickerTests {
  /// The picker draws the resident the source's alias table and its community's cohort
  /// ranges draw, with the same numbers from the stream in the same order: identical
  /// residents and identical stream states after every draw, for several sources side by
  /// side (an empty cohort, a zero weight, cohorts of one resident among them).
  @Test func drawsWhatTheAliasTableAndTheCohortRangesDraw() throws {
    let sources: [(weights: [Double], starts: [Int])] = [
      ([0.5, 1.5, 3, 0.25], [0, 40, 41, 300, 1_000]),
      ([1, 0, 2, 7], [1_000, 1_000, 1_500, 1_501, 9_999]),
      ([1, 1, 1, 1], [9_999, 10_000, 10_001, 10_002, 10_003]),
      ([0.1, 9, 0.3, 4], [20_000, 25_000, 25_000, 60_000, 9_999_999]),
    ]
    var picker = ResidentPicker(cohorts: 4)
    let tables = try sources.map { try AliasTable(weights: $0.weights) }
    for (table, source) in zip(tables, sources) { picker.append(table, cohortStarts: source.starts) }
    #expect(picker.count == sources.count)

    var viaPicker = RandomStream(seed: 11, replication: 0, stream: StreamID(rawValue: 5))
    var viaTable = viaPicker
    for draw in 0..<40_000 {
      let s = draw % sources.count
      let k = tables[s].sample(using: &viaTable)
      let starts = sources[s].starts
      let expected = starts[k] + Int(viaTable.nextUnit() * Double(starts[k + 1] - starts[k]))
      let resident = picker.resident(of: s, drawingFrom: &viaPicker)
      #expect(resident == expected, "draw \(draw), source \(s)")
      #expect(viaPicker.next() == viaTable.next(), "stream state after draw \(draw)")
      if resident != expected { return }
    }
  }
}
