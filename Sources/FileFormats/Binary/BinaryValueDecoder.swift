/// The `Decoder` handed to a value's `init(from:)`: it reads the value at `offset` of the
/// container `parent` (``BinaryFrameHandle/topLevel`` for the top-level value). 24 bytes, so
/// passing it as `any Decoder` does not allocate.
struct BinaryValueDecoder: Decoder {
  let session: BinaryDecodingSession
  let parent: BinaryFrameHandle
  let offset: Int

  var codingPath: [any CodingKey] { session.state.codingPath(depth: parent.depth) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let frame = try session.state.container(
      keyed: true, at: offset, in: parent, nestedUnder: nil, type: KeyedDecodingContainer<Key>.self)
    return KeyedDecodingContainer(BinaryKeyedDecodingContainer<Key>(session: session, frame: frame))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let frame = try session.state.container(
      keyed: false, at: offset, in: parent, nestedUnder: nil, type: (any UnkeyedDecodingContainer).self)
    return BinaryUnkeyedDecodingContainer(session: session, frame: frame)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    BinarySingleValueDecodingContainer(session: session, parent: parent, offset: offset)
  }
}
