import FileFormats
import Testing

/// Round trips through ``BinaryEncoder`` and ``BinaryDecoder``: every primitive at its
/// extremes, nesting, enums, optionals, collections, key order and key interning.
@Suite struct BinaryCoderTests {
  /// Values around every boundary of the format (one-byte integers, varint byte lengths) and
  /// of each type, as many as the type can hold.
  static let integerProbes: [Int128] = {
    let magnitudes: [Int128] = [
      0, 1, 127, 128, 255, 256, 16_383, 16_384, 65_535, 65_536, 1 << 31, 1 << 32, 1 << 62, 1 << 63, 1 << 64,
    ]
    return magnitudes.flatMap { magnitude -> [Int128] in [magnitude, -magnitude, magnitude - 1, -magnitude - 1] }
  }()

  func expectIntegers<T: FixedWidthInteger & Codable>(_ type: T.Type) throws {
    let values = [T.min, T.max] + Self.integerProbes.compactMap { T(exactly: $0) }
    #expect(try binaryRoundTrip(values) == values, "\(T.self) in an array")
    for value in values {
      #expect(try binaryRoundTrip(value) == value, "\(T.self) \(value) alone")
      #expect(try binaryRoundTrip(["v": value]) == ["v": value], "\(T.self) \(value) under a key")
    }
  }

  @Test func everyIntegerTypeRoundTripsAtItsExtremes() throws {
    try expectIntegers(Int.self)
    try expectIntegers(Int8.self)
    try expectIntegers(Int16.self)
    try expectIntegers(Int32.self)
    try expectIntegers(Int64.self)
    try expectIntegers(UInt.self)
    try expectIntegers(UInt8.self)
    try expectIntegers(UInt16.self)
    try expectIntegers(UInt32.self)
    try expectIntegers(UInt64.self)
  }

  /// Integers have one encoding whatever their type: small ones take one byte, and a value
  /// decodes into any integer type that holds it.
  @Test func integersAreCompactAndTypeIndependent() throws {
    #expect(try BinaryEncoder().encode(UInt8(5)) == [0x85])
    #expect(try BinaryEncoder().encode(Int64(127)) == [0xFF])
    #expect(try BinaryEncoder().encode(-1) == [0x03, 0x00])
    #expect(try BinaryEncoder().encode(Int64.min) == [0x03] + [UInt8](repeating: 0xFF, count: 8) + [0x7F])
    #expect(try BinaryEncoder().encode(UInt64.max) == [0x04] + [UInt8](repeating: 0xFF, count: 9) + [0x01])
    #expect(try BinaryDecoder().decode(Int8.self, from: BinaryEncoder().encode(UInt64(100))) == 100)
    #expect(try BinaryDecoder().decode(UInt16.self, from: BinaryEncoder().encode(Int64(65_535))) == 65_535)
    #expect(try BinaryDecoder().decode(Int.self, from: BinaryEncoder().encode(Int8.min)) == -128)
  }

  /// Version 1 of the format, byte for byte (see ``BinaryEncoder``): key definitions, one-byte
  /// key references, integer keys, lazily written ends.
  @Test func theFormatIsPinnedByExampleBytes() throws {
    struct Point: Codable {
      var x: Int
      var y: Int?
    }
    let x = UInt8(ascii: "x")
    let y = UInt8(ascii: "y")
    #expect(
      try BinaryEncoder().encode([Point(x: 1, y: -2), Point(x: 300, y: nil)]) == [
        0x09,
        0x08, 0x0B, 0x01, x, 0x81, 0x0B, 0x01, y, 0x03, 0x01, 0x0A,
        0x08, 0x10, 0x04, 0xAC, 0x02, 0x11, 0x00, 0x0A,
        0x0A,
      ])
    #expect(try BinaryEncoder().encode([-3: true]) == [0x08, 0x0E, 0x02, 0x02, 0x0A])
    #expect(try BinaryEncoder().encode(["a": 1.5 as Float]) == [0x08, 0x0B, 0x01, 0x61, 0x05, 0, 0, 0xC0, 0x3F, 0x0A])
    #expect(try BinaryEncoder().encode("é") == [0x07, 0x02, 0xC3, 0xA9])
    #expect(try BinaryEncoder().encode(-0.0) == [0x06, 0, 0, 0, 0, 0, 0, 0, 0x80])
    #expect(try BinaryEncoder().encode([[Int]()]) == [0x09, 0x09, 0x0A, 0x0A])
  }

  /// A value whose `encode(to:)` writes nothing is an empty keyed container, so its slot is
  /// never left without a value.
  @Test func aValueThatWritesNothingIsAnEmptyKeyedContainer() throws {
    struct Nothing: Codable {
      init() {}
      init(from decoder: any Decoder) throws {}
      func encode(to encoder: any Encoder) throws {}
    }
    #expect(try BinaryEncoder().encode(Nothing()) == [0x08, 0x0A])
    let bytes = try BinaryEncoder().encode([Nothing(), Nothing()])
    #expect(bytes == [0x09, 0x08, 0x0A, 0x08, 0x0A, 0x0A])
    #expect(try BinaryDecoder().decode([Nothing].self, from: bytes).count == 2)
  }

  @Test func doublesKeepTheirExactBitPatterns() throws {
    let patterns: [UInt64] = [
      0, 1 << 63, 1, 0x000F_FFFF_FFFF_FFFF, 0x0010_0000_0000_0000, 0x7FEF_FFFF_FFFF_FFFF,
      0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0000, 0xFFF8_0000_0000_0000,
      0x7FF0_0000_0000_0001, 0x7FF4_DEAD_BEEF_0001, 0xFFFF_FFFF_FFFF_FFFF, Double.pi.bitPattern,
    ]
    let values = patterns.map(Double.init(bitPattern:))
    let decoded = try binaryRoundTrip(values)
    #expect(decoded.map(\.bitPattern) == patterns)
    for value in values {
      #expect(try binaryRoundTrip(value).bitPattern == value.bitPattern)
      #expect(try binaryRoundTrip(["v": value])["v"]?.bitPattern == value.bitPattern)
    }
  }

  @Test func floatsKeepTheirExactBitPatterns() throws {
    let patterns: [UInt32] = [
      0, 1 << 31, 1, 0x007F_FFFF, 0x0080_0000, 0x7F7F_FFFF, 0x7F80_0000, 0xFF80_0000, 0x7FC0_0000,
      0x7F80_0001, 0x7FA0_BEEF, 0xFFFF_FFFF, Float.pi.bitPattern,
    ]
    let values = patterns.map(Float.init(bitPattern:))
    #expect(try binaryRoundTrip(values).map(\.bitPattern) == patterns)
    for value in values {
      #expect(try binaryRoundTrip(value).bitPattern == value.bitPattern)
      #expect(try binaryRoundTrip(["v": value])["v"]?.bitPattern == value.bitPattern)
    }
  }

  /// Strings keep their exact UTF-8 (Swift's `==` would equate "é" and "e\u{301}").
  @Test func stringsKeepTheirExactUTF8() throws {
    let strings = [
      "", "a", "é", "e\u{301}", "日本語", "🏳️‍🌈", "\u{0}", "\u{FFFF}", "quote \" and \\ slash",
      String(repeating: "long ", count: 10_000),
    ]
    #expect(try binaryRoundTrip(strings).map { Array($0.utf8) } == strings.map { Array($0.utf8) })
    for string in strings {
      #expect(try Array(binaryRoundTrip(string).utf8) == Array(string.utf8))
    }
  }

  @Test func boolsRoundTrip() throws {
    #expect(try binaryRoundTrip([true, false, true]) == [true, false, true])
    #expect(try binaryRoundTrip(false) == false)
  }

  @Test func aWholeStateRoundTrips() throws {
    let state = sampleState()
    #expect(try binaryRoundTrip(state) == state)
  }

  /// A decoded value encodes to the very same bytes.
  @Test func reencodingGivesTheSameBytes() throws {
    let state = sampleState()
    let bytes = try BinaryEncoder().encode([state.residents.map(Optional.some), [nil]])
    let again = try BinaryDecoder().decode([[Resident?]].self, from: bytes)
    #expect(try BinaryEncoder().encode(again) == bytes)
    let events = try BinaryEncoder().encode(state.calendar)
    #expect(try BinaryEncoder().encode(BinaryDecoder().decode([Event].self, from: events)) == events)
  }

  @Test func nestedAndEmptyValuesRoundTrip() throws {
    struct Outer: Codable, Equatable {
      var inner: Resident
      var empty: EmptyRecord
      var emptyList: [Int]
      var grid: [[Int]]
      var deep: [[[String]]]
      var records: [EmptyRecord]
    }
    let value = Outer(
      inner: sampleState().residents[3], empty: EmptyRecord(), emptyList: [], grid: [[], [1], [], [2, 3]],
      deep: [[[]], [["a"], []], []], records: [EmptyRecord(), EmptyRecord()])
    #expect(try binaryRoundTrip(value) == value)
    #expect(try binaryRoundTrip(EmptyRecord()) == EmptyRecord())
    #expect(try binaryRoundTrip([[Int]]()) == [])
    #expect(try binaryRoundTrip([[Int]](repeating: [], count: 3)) == [[], [], []])
  }

  @Test func enumsRoundTrip() throws {
    let events: [Event] = [
      .arrival(time: -0.5, resident: Int.min), .departure(0, "x"), .tick,
      .batch(nil, []), .batch(sampleState().residents[0], [.tick, .batch(nil, [.departure(1, "")])]),
    ]
    #expect(try binaryRoundTrip(events) == events)
    #expect(try binaryRoundTrip(Event.tick) == .tick)
    #expect(try binaryRoundTrip([Priority.high, .low]) == [.high, .low])
    #expect(try binaryRoundTrip([Level.below, .far]) == [.below, .far])
  }

  @Test func optionalsRoundTrip() throws {
    struct Optionals: Codable, Equatable {
      var none: Int?
      var some: Int?
      var text: String?
      var record: Resident?
      var noRecord: Resident?
      var list: [Int?]
      var optionalList: [Int]?
      var twice: Int??
      var twiceNone: Int??
    }
    let value = Optionals(
      none: nil, some: -3, text: "", record: sampleState().residents[1], noRecord: nil, list: [nil, 1, nil],
      optionalList: [], twice: .some(.some(4)), twiceNone: .none)
    #expect(try binaryRoundTrip(value) == value)
    #expect(try binaryRoundTrip([Int?.none, 5]) == [nil, 5])
    #expect(try binaryRoundTrip(Int?.none) == nil)
    #expect(try binaryRoundTrip(Double?.some(2.5)) == 2.5)
  }

  /// As with JSON, `.some(nil)` of a doubly optional value is written as nil and reads as nil.
  @Test func aDoublyOptionalSomeNilReadsAsNil() throws {
    struct Twice: Codable, Equatable { var value: Int?? }
    #expect(try binaryRoundTrip(Twice(value: .some(nil))) == Twice(value: nil))
    #expect(try binaryRoundTrip([Int??.some(nil)]) == [nil])
  }

  @Test func dictionariesAndSetsRoundTrip() throws {
    let names: [String: Int] = ["a": 1, "": 2, "42": 3, "-0": 4, "007": 5, "+5": 6, "-12": 7, "ü": 8]
    #expect(try binaryRoundTrip(names) == names)
    let series: [Int: [Double]] = [0: [], -1: [1.5], Int.min: [-0.0, .infinity], Int.max: [3]]
    let decodedSeries = try binaryRoundTrip(series)
    #expect(decodedSeries == series)
    #expect(decodedSeries[Int.min]?.map(\.bitPattern) == series[Int.min]?.map(\.bitPattern))
    let counts = [Int: Int](uniqueKeysWithValues: (0..<1000).map { ($0 * 7919 - 3000, $0) })
    #expect(try binaryRoundTrip(counts) == counts)
    let set: Set<Int> = [0, -1, 1 << 60, Int.min, 127, 128]
    #expect(try binaryRoundTrip(set) == set)
    // Neither String nor Int keys: Codable writes an unkeyed list of keys and values.
    let byDouble: [Double: String] = [1.5: "a", -2: "b"]
    #expect(try binaryRoundTrip(byDouble) == byDouble)
    #expect(try binaryRoundTrip([String: [String: Int]]()) == [:])
    // More keys than one-byte references: the rest are referred to by a varint index.
    let wide = [String: Int](uniqueKeysWithValues: (0..<300).map { ("key \($0)", $0) })
    #expect(try binaryRoundTrip([wide, wide, [:]]) == [wide, wide, [:]])
  }

  /// A set or dictionary has one encoding whatever its iteration order (which follows the
  /// table's capacity and, from process to process, Swift's hashing seed): elements and keys
  /// in ascending order, in the containers the standard library's coding uses, so they decode
  /// as before. Each pair below iterates in different orders (checked), and encodes alike.
  @Test func setsAndDictionariesHaveOneEncodingWhateverTheirOrder() throws {
    func twoOrders<C: Collection>(_ make: (Int) -> C) -> (C, C) where C.Element: Equatable {
      let pair = (make(0), make(1 << 16))
      #expect(!pair.0.elementsEqual(pair.1), "the two tables iterate alike: the test would not tell")
      return pair
    }
    let keys = (0..<500).map { $0 * 7919 - 2000 }
    let sets = twoOrders { capacity -> Set<Int> in
      var set = Set<Int>(minimumCapacity: capacity)
      for key in capacity == 0 ? keys : keys.reversed() { set.insert(key) }
      return set
    }
    #expect(try BinaryEncoder().encode(sets.0) == BinaryEncoder().encode(sets.1))
    #expect(try binaryRoundTrip(sets.1) == sets.0)
    func dictionaries<Key: Hashable, Value>(_ entry: (Int) -> (Key, Value)) -> ([Key: Value], [Key: Value]) {
      let entries = keys.map(entry)
      let first = [Key: Value](uniqueKeysWithValues: entries)
      var second = [Key: Value](minimumCapacity: 1 << 16)
      for (key, value) in entries.reversed() { second[key] = value }
      #expect(!first.map(\.key).elementsEqual(second.map(\.key)), "the two tables iterate alike")
      return (first, second)
    }
    let byInt = dictionaries { ($0, Double($0) / 3) }  // integer keys
    #expect(try BinaryEncoder().encode(byInt.0) == BinaryEncoder().encode(byInt.1))
    #expect(try binaryRoundTrip(byInt.1) == byInt.0)
    let byString = dictionaries { ("key \($0)", $0) }  // string keys
    #expect(try BinaryEncoder().encode(byString.0) == BinaryEncoder().encode(byString.1))
    #expect(try binaryRoundTrip(byString.1) == byString.0)
    let byDouble = dictionaries { (Double($0) / 7, "\($0)") }  // keys and values alternating
    #expect(try BinaryEncoder().encode(byDouble.0) == BinaryEncoder().encode(byDouble.1))
    #expect(try binaryRoundTrip(byDouble.1) == byDouble.0)
    // Ascending, by example: integer keys 1 then 2, elements −1, 0, 1.
    #expect(try BinaryEncoder().encode([2: true, 1: false]) == [0x08, 0x0D, 0x01, 0x01, 0x0D, 0x02, 0x02, 0x0A])
    #expect(try BinaryEncoder().encode(Set([1, -1, 0])) == [0x09, 0x03, 0x00, 0x80, 0x81, 0x0A])
  }

  /// Keys written in another order than they are read are found by a scan; an absent
  /// optional key reads as nil.
  @Test func keysAreFoundInAnyOrder() throws {
    struct Written: Encodable {
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Reordered.CodingKeys.self)
        try container.encode([2.5, -1], forKey: .c)
        try container.encode("b", forKey: .b)
        try container.encode(Int64.min, forKey: .a)
        try container.encode(UInt64.max, forKey: .d)
      }
    }
    struct Reordered: Codable, Equatable {
      var a: Int64
      var b: String
      var c: [Double]
      var d: UInt64
      var missing: Int?
      var alsoMissing: [Int]?

      enum CodingKeys: CodingKey {
        case a
        case b
        case c
        case d
        case missing
        case alsoMissing
      }
    }
    let bytes = try BinaryEncoder().encode(Written())
    #expect(
      try BinaryDecoder().decode(Reordered.self, from: bytes)
        == Reordered(a: .min, b: "b", c: [2.5, -1], d: .max, missing: nil, alsoMissing: nil))
    #expect(
      try BinaryDecoder().decode([Reordered].self, from: BinaryEncoder().encode([Written(), Written()])).count == 2)
  }

  /// A type that reads fewer fields, or less of a nested value, than was written.
  @Test func unreadEntriesAreSkipped() throws {
    struct Fewer: Codable, Equatable {
      var balance: Double
      var seed: UInt64
    }
    let residents = sampleState().residents
    let fewer = try BinaryDecoder().decode([Fewer].self, from: BinaryEncoder().encode(residents))
    #expect(fewer == residents.map { Fewer(balance: $0.balance, seed: $0.seed) })
    struct Clock: Codable, Equatable { var clock: Double }
    #expect(try BinaryDecoder().decode(Clock.self, from: BinaryEncoder().encode(sampleState())).clock == 1234.5)
  }

  /// Field names are written once: 10,000 records take far less than 10,000 copies of them.
  @Test func keyInterningShrinksTheOutput() throws {
    struct Verbose: Codable {
      var residentIdentifier: Int
      var satisfactionScore: Int
      var housingAssignment: Int
    }
    let records = (0..<10_000).map { Verbose(residentIdentifier: $0 % 100, satisfactionScore: 1, housingAssignment: 2) }
    let bytes = try BinaryEncoder().encode(records)
    let nameBytes = "residentIdentifier".count + "satisfactionScore".count + "housingAssignment".count
    // Per record: begin, three one-byte keys, three one-byte values, end.
    #expect(bytes.count < 10_000 * 8 + nameBytes + 16)
    #expect(bytes.count * 5 < 10_000 * nameBytes)
  }

  /// `superEncoder`/`superDecoder` (under the key "super") and a subclass sharing its
  /// superclass's keyed container.
  @Test func classHierarchiesRoundTrip() throws {
    let value = Tiger(stripes: 12, legs: 4, name: "Shere Khan")
    let decoded = try binaryRoundTrip(value)
    #expect(decoded.stripes == 12 && decoded.legs == 4 && decoded.name == "Shere Khan")
    let shared = try binaryRoundTrip(Lion(mane: true, legs: 3, name: "Leo"))
    #expect(shared.mane && shared.legs == 3 && shared.name == "Leo")
  }

  /// `superEncoder()` of an unkeyed container writes the next element; one never written to
  /// holds an empty keyed container.
  @Test func superEncodersOfUnkeyedContainersTakeTheNextElement() throws {
    #expect(try binaryRoundTrip(SuperElements(values: [4, -5])) == SuperElements(values: [4, -5]))
  }

  /// Hand-written containers: nested containers left half read, and unkeyed `count`.
  @Test func nestedContainersMayBeLeftUnfinished() throws {
    let value = try binaryRoundTrip(Hand(first: [1, 2, 3], second: ["x": 9], third: -7))
    #expect(value == Hand(first: [1], second: [:], third: -7))
  }
}

/// Encodes its superclass through `superEncoder()`.
class Animal: Codable {
  let legs: Int
  let name: String

  init(legs: Int, name: String) {
    self.legs = legs
    self.name = name
  }
}

final class Tiger: Animal {
  let stripes: Int

  init(stripes: Int, legs: Int, name: String) {
    self.stripes = stripes
    super.init(legs: legs, name: name)
  }

  enum CodingKeys: CodingKey { case stripes }

  required init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    stripes = try container.decode(Int.self, forKey: .stripes)
    try super.init(from: container.superDecoder())
  }

  override func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(stripes, forKey: .stripes)
    try super.encode(to: container.superEncoder())
  }
}

/// Shares its superclass's keyed container (`super.encode(to: encoder)`).
final class Lion: Animal {
  var mane = false

  init(mane: Bool, legs: Int, name: String) {
    super.init(legs: legs, name: name)
    self.mane = mane
  }

  enum CodingKeys: CodingKey { case mane }

  required init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try super.init(from: decoder)
    mane = try container.decode(Bool.self, forKey: .mane)
  }

  override func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try super.encode(to: encoder)
    try container.encode(mane, forKey: .mane)
  }
}

/// Writes an unused super encoder, then a super encoder's single value, then an element.
struct SuperElements: Codable, Equatable {
  var values: [Int]

  init(values: [Int]) {
    self.values = values
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    _ = container.superEncoder()
    var single = container.superEncoder().singleValueContainer()
    try single.encode(values[0])
    try container.encode(values[1])
  }

  init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    #expect(container.count == 3)
    #expect(try container.superDecoder().container(keyedBy: AnyKey.self).allKeys.isEmpty)
    let first = try container.superDecoder().singleValueContainer().decode(Int.self)
    values = [first, try container.decode(Int.self)]
    #expect(container.isAtEnd)
  }
}

/// Writes whole nested containers but reads only their first entries.
struct Hand: Codable, Equatable {
  var first: [Int]
  var second: [String: Int]
  var third: Int

  init(first: [Int], second: [String: Int], third: Int) {
    self.first = first
    self.second = second
    self.third = third
  }

  enum CodingKeys: CodingKey {
    case first
    case second
    case third
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    var list = container.nestedUnkeyedContainer(forKey: .first)
    for value in first { try list.encode(value) }
    var map = container.nestedContainer(keyedBy: AnyKey.self, forKey: .second)
    for (key, value) in second { try map.encode(value, forKey: AnyKey(stringValue: key)) }
    try container.encode(third, forKey: .third)
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    var list = try container.nestedUnkeyedContainer(forKey: .first)
    #expect(list.count == 3)
    first = [try list.decode(Int.self)]
    _ = try container.nestedContainer(keyedBy: AnyKey.self, forKey: .second)
    second = [:]
    third = try container.decode(Int.self, forKey: .third)
  }
}

struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(stringValue: String) {
    self.stringValue = stringValue
  }

  init?(intValue: Int) {
    return nil
  }
}
