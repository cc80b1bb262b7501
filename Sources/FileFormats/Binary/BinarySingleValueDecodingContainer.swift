/// Reads the value at `offset` of the container `parent`. Reading does not move anything: the
/// container that handed out the value steps past it when the value's `init(from:)` returns.
struct BinarySingleValueDecodingContainer: SingleValueDecodingContainer {
  let session: BinaryDecodingSession
  let parent: BinaryFrameHandle
  let offset: Int

  var codingPath: [any CodingKey] { session.state.codingPath(depth: parent.depth) }

  func decodeNil() -> Bool { session.state.isNil(at: offset) }
  func decode(_ type: Bool.Type) throws -> Bool { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: String.Type) throws -> String { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Double.Type) throws -> Double { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Float.Type) throws -> Float { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Int.Type) throws -> Int { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Int8.Type) throws -> Int8 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Int16.Type) throws -> Int16 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Int32.Type) throws -> Int32 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: Int64.Type) throws -> Int64 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: UInt.Type) throws -> UInt { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try session.state.read(type, at: offset, depth: parent.depth) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try session.state.read(type, at: offset, depth: parent.depth) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: BinaryValueDecoder(session: session, parent: parent, offset: offset))
  }
}
