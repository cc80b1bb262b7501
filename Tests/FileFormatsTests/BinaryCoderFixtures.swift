import FileFormats

/// Encodes `value` and decodes the bytes as `T` again.
func binaryRoundTrip<T: Codable>(_ value: T) throws -> T {
  try BinaryDecoder().decode(T.self, from: BinaryEncoder().encode(value))
}

/// A fixed-seed generator for the tests (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

struct EmptyRecord: Codable, Equatable {}

/// A small record, as the simulation keeps millions of.
struct Resident: Codable, Equatable {
  var id: Int32
  var district: UInt8
  var satisfaction: Float
  var balance: Double
  var isHoused: Bool
  var seed: UInt64
}

enum Priority: String, Codable, Equatable {
  case low
  case high
}

enum Level: Int, Codable, Equatable {
  case below = -1
  case far = 300
}

/// Associated values labelled and not, none, optional and recursive through an array.
enum Event: Codable, Equatable {
  case arrival(time: Double, resident: Int)
  case departure(Int, String)
  case tick
  case batch(Resident?, [Event])
}

/// A state with a bit of everything a checkpoint holds.
struct SimulationState: Codable, Equatable {
  var clock: Double
  var generator: UInt64
  var residents: [Resident]
  var calendar: [Event]
  var queueByFacility: [Int: [Int]]
  var waiting: Set<Int>
  var names: [String: Int]
  var priorities: [Priority]
  var levels: [Level]
  var lastEvent: Event?
  var note: String?
  var grid: [[Double]]
  var nothing: EmptyRecord
}

/// A state with an entry of every kind, for the fuzz test and the structure checks.
func sampleState() -> SimulationState {
  var generator = SplitMix64(state: 42)
  var residents: [Resident] = []
  for index in 0..<20 {
    let resident = Resident(
      id: Int32(index - 10), district: UInt8(index * 13), satisfaction: Float(index) / 7,
      balance: Double(index) * -1.5e3, isHoused: index.isMultiple(of: 3), seed: generator.next())
    residents.append(resident)
  }
  return SimulationState(
    clock: 1234.5, generator: generator.next(), residents: residents,
    calendar: [
      .arrival(time: 3.25, resident: 7), .departure(-4, "café"), .tick,
      .batch(residents[2], [.tick, .batch(nil, [])]),
    ],
    queueByFacility: [3: [1, 2, 3], -8: [], 1 << 40: [Int.min, Int.max]], waiting: [5, -6, 700, 1 << 50],
    names: ["north": 1, "": 0, "42": 42, "日本": -3], priorities: [.low, .high, .low], levels: [.below, .far],
    lastEvent: .departure(9, ""), note: nil, grid: [[], [1, 2], [-0.0]], nothing: EmptyRecord())
}
