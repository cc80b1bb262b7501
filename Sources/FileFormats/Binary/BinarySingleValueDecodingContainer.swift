/// Reads the value at `offset` of the container `parent`. Reading does not move anything: the
/// container that handed out the value steps past it when the value's `init(from:)` returns.
struct BinarySingleValueDecodingContainer: SingleValueDecodingContainer {
  let state: BinaryDecodingState
  let parent: BinaryFrameHandle
  let offset: Int

  var codingPath: [any CodingKey] { state.codingPath(depth: parent.depth) }

  func decodeNil() -> Bool {
    (try? state.reader.byte(at: offset, expected: "a value")) == BinaryTag.null
  }

  func decode(_ type: Bool.Type) throws -> Bool { try read() }
  func decode(_ type: String.Type) throws -> String { try read() }
  func decode(_ type: Double.Type) throws -> Double { try read() }
  func decode(_ type: Float.Type) throws -> Float { try read() }
  func decode(_ type: Int.Type) throws -> Int { try read() }
  func decode(_ type: Int8.Type) throws -> Int8 { try read() }
  func decode(_ type: Int16.Type) throws -> Int16 { try read() }
  func decode(_ type: Int32.Type) throws -> Int32 { try read() }
  func decode(_ type: Int64.Type) throws -> Int64 { try read() }
  func decode(_ type: UInt.Type) throws -> UInt { try read() }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try read() }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try read() }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try read() }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try read() }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: BinaryValueDecoder(state: state, parent: parent, offset: offset))
  }

  private func read<T: BinaryPrimitive>() throws -> T {
    try T.read(from: state.reader, at: offset, path: codingPath).value
  }
}
