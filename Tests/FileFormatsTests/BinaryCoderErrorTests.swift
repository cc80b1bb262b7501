import FileFormats
import Testing

/// What ``BinaryDecoder`` and ``BinaryEncoder`` throw: `DecodingError`s with their coding
/// paths for values of the wrong shape, ``BinaryDecodingError`` for malformed streams, and
/// `EncodingError` for misuse of the Codable protocols.
@Suite struct BinaryCoderErrorTests {
  struct Point: Codable, Equatable {
    var x: Int
    var y: Int
  }

  struct Line: Codable {
    var from: Point
    var to: Point
  }

  struct OnlyX: Codable {
    var x: Int
  }

  struct Text: Codable {
    var x: String
  }

  struct Small: Codable {
    var x: UInt8
  }

  struct OptionalX: Codable {
    var x: Int?
  }

  func pathNames(_ path: [any CodingKey]) -> [String] { path.map(\.stringValue) }

  @Test func aMissingKeyIsKeyNotFoundWithItsPath() throws {
    struct HalfLine: Codable {
      var from: Point
      var to: OnlyX
    }
    let bytes = try BinaryEncoder().encode(HalfLine(from: Point(x: 1, y: 2), to: OnlyX(x: 3)))
    do {
      _ = try BinaryDecoder().decode(Line.self, from: bytes)
      Issue.record("decoded a line without to.y")
    } catch DecodingError.keyNotFound(let key, let context) {
      #expect(key.stringValue == "y")
      #expect(pathNames(context.codingPath) == ["to"])
    }
  }

  @Test func aStringWhereAnIntIsExpectedIsATypeMismatch() throws {
    let bytes = try BinaryEncoder().encode([Text(x: "seven")])
    do {
      _ = try BinaryDecoder().decode([OnlyX].self, from: bytes)
      Issue.record("decoded a string as an Int")
    } catch DecodingError.typeMismatch(let type, let context) {
      #expect(type is Int.Type)
      #expect(pathNames(context.codingPath) == ["Index 0", "x"])
    }
  }

  @Test(arguments: [256, -1, Int.max, Int.min])
  func anIntegerOutOfRangeIsATypeMismatch(value: Int) throws {
    let bytes = try BinaryEncoder().encode(OnlyX(x: value))
    do {
      _ = try BinaryDecoder().decode(Small.self, from: bytes)
      Issue.record("decoded \(value) as a UInt8")
    } catch DecodingError.typeMismatch(let type, let context) {
      #expect(type is UInt8.Type)
      #expect(pathNames(context.codingPath) == ["x"])
      #expect(context.debugDescription.contains("\(value)"))
    }
    #expect(throws: DecodingError.self) { try BinaryDecoder().decode(UInt8.self, from: BinaryEncoder().encode(value)) }
    #expect(throws: DecodingError.self) {
      try BinaryDecoder().decode([UInt8].self, from: BinaryEncoder().encode([value]))
    }
  }

  @Test func wrongKindsOfValueAreTypeMismatches() throws {
    let decoder = BinaryDecoder()
    let encoder = BinaryEncoder()
    #expect(throws: DecodingError.self) { try decoder.decode(Double.self, from: encoder.encode(Float(1))) }
    #expect(throws: DecodingError.self) { try decoder.decode(Float.self, from: encoder.encode(1.0)) }
    #expect(throws: DecodingError.self) { try decoder.decode(Bool.self, from: encoder.encode(1)) }
    #expect(throws: DecodingError.self) { try decoder.decode([Int].self, from: encoder.encode(["a": 1])) }
    #expect(throws: DecodingError.self) { try decoder.decode([String: Int].self, from: encoder.encode([1])) }
    #expect(throws: DecodingError.self) { try decoder.decode(Event.self, from: encoder.encode(Priority.low)) }
    #expect(throws: DecodingError.self) { try decoder.decode(Priority.self, from: encoder.encode("medium")) }
  }

  @Test func nilWhereAValueIsRequiredIsValueNotFound() throws {
    let bytes = try BinaryEncoder().encode(OptionalX(x: nil))
    do {
      _ = try BinaryDecoder().decode(OnlyX.self, from: bytes)
      Issue.record("decoded nil as an Int")
    } catch DecodingError.valueNotFound(_, let context) {
      #expect(pathNames(context.codingPath) == ["x"])
    }
  }

  @Test func readingPastTheLastElementIsValueNotFound() throws {
    #expect(throws: DecodingError.self) {
      try BinaryDecoder().decode(Point.self, from: BinaryEncoder().encode([1]))
    }
    struct Pair: Decodable {
      init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        _ = try container.decode(Int.self)
        _ = try container.decode(Int.self)
      }
    }
    do {
      _ = try BinaryDecoder().decode(Pair.self, from: BinaryEncoder().encode([1]))
      Issue.record("read two elements of one")
    } catch DecodingError.valueNotFound(_, let context) {
      #expect(pathNames(context.codingPath) == ["Index 1"])
    }
  }

  /// Each malformation is reported at its byte, with what was expected there.
  @Test(
    arguments: [
      ([], 0, "the end of the input"),
      ([0x0F], 0, "the unassigned tag 0x0F"),
      ([0x0A], 0, "the end of a container"),
      ([0x85, 0x85], 1, "1 more bytes"),
      ([0x08, 0x10, 0x85, 0x0A], 1, "key index 0"),
      ([0x08, 0x0C, 0x05, 0x85, 0x0A], 1, "key index 5"),
      ([0x08, 0x0B, 0x01, 0x61, 0x0A], 4, "the end of a container"),
      ([0x08, 0x85, 0x0A], 1, "an integer"),
      ([0x09, 0x10, 0x0A], 1, "a string key"),
      ([0x09, 0x85], 2, "the end of the input"),
      ([0x07, 0x05, 0x61], 2, "1 bytes left"),
      ([0x07, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], 10, "0 bytes left"),
      ([0x04, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02], 1, "a longer one"),
      ([0x04, 0xFF, 0xFF], 3, "the end of the input"),
      ([0x06, 0, 0, 0, 0], 1, "4 bytes left"),
      ([0x08, 0x0D, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x85, 0x0A], 1, "a larger one"),
      ([0x08, 0x0B, 0x01, 0xFF, 0x85, 0x0A], 1, "invalid UTF-8"),
    ] as [([UInt8], Int, String)])
  func malformedStreamsThrowWhereTheyBreak(bytes: [UInt8], offset: Int, found: String) {
    do {
      _ = try BinaryDecoder().decode(Int.self, from: bytes)
      Issue.record("decoded \(bytes)")
    } catch let error as BinaryDecodingError {
      #expect(error.offset == offset, "\(error)")
      #expect(error.found == found, "\(error)")
      #expect(error.description.hasPrefix("byte \(offset): expected "))
    } catch {
      Issue.record("threw \(error), not a BinaryDecodingError")
    }
  }

  /// The structure is checked before anything is decoded; a string that is not UTF-8 is found
  /// when read, with its coding path.
  @Test func invalidUTF8InAStringIsDataCorrupted() throws {
    var bytes = try BinaryEncoder().encode(Text(x: "ab"))
    bytes[bytes.count - 2] = 0xFF
    do {
      _ = try BinaryDecoder().decode(Text.self, from: bytes)
      Issue.record("decoded invalid UTF-8")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(pathNames(context.codingPath) == ["x"])
    }
  }

  /// A length claiming far more than the input is refused before anything is allocated, and
  /// deep nesting neither overflows the stack of the checker nor of the skipper.
  @Test func hostileStreamsAreRefusedCheaply() throws {
    let huge: [UInt8] = [0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
    #expect(throws: BinaryDecodingError.self) { try BinaryDecoder().decode(String.self, from: huge) }
    let depth = 100_000
    let unclosed = [UInt8](repeating: 0x09, count: depth)
    #expect(throws: BinaryDecodingError.self) { try BinaryDecoder().decode([Int].self, from: unclosed) }
    // {"a": [[[…]]]}, read as a record without fields: the nesting is skipped.
    let nested =
      [0x08, 0x0B, 0x01, 0x61] + [UInt8](repeating: 0x09, count: depth) + [UInt8](repeating: 0x0A, count: depth)
      + [0x0A]
    #expect(try BinaryDecoder().decode(EmptyRecord.self, from: nested) == EmptyRecord())
  }

  /// A nested container read after its parent moved on is closed, and says so.
  @Test func aClosedContainerThrows() throws {
    struct Late: Decodable {
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Hand.CodingKeys.self)
        var list = try container.nestedUnkeyedContainer(forKey: .first)
        _ = try container.decode(Int.self, forKey: .third)
        #expect(!list.isAtEnd)
        #expect(throws: DecodingError.self) { _ = try list.decode(Int.self) }
      }
    }
    _ = try BinaryDecoder().decode(Late.self, from: BinaryEncoder().encode(Hand(first: [1], second: [:], third: 2)))
  }

  /// Misuse that Codable gives no way to throw at fails the whole encoding.
  @Test func misusingTheEncoderThrows() {
    struct TwoKinds: Encodable {
      func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: AnyKey.self)
        _ = encoder.unkeyedContainer()
      }
    }
    struct TwoValues: Encodable {
      func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(1)
        try? container.encode(2)
      }
    }
    struct LateWrite: Encodable {
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        var list = container.nestedUnkeyedContainer(forKey: AnyKey(stringValue: "list"))
        try container.encode(1, forKey: AnyKey(stringValue: "after"))
        try list.encode(2)
      }
    }
    #expect(throws: EncodingError.self) { try BinaryEncoder().encode(TwoKinds()) }
    #expect(throws: EncodingError.self) { try BinaryEncoder().encode([TwoValues()]) }
    #expect(throws: EncodingError.self) { try BinaryEncoder().encode(LateWrite()) }
  }

  /// `Int128` is beyond the format: the standard library's default throws.
  @Test func int128IsRefused() {
    #expect(throws: EncodingError.self) { try BinaryEncoder().encode(["v": Int128(1)]) }
  }
}
