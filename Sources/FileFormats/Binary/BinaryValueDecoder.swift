/// The `Decoder` handed to a value's `init(from:)`: it reads the value at `offset` of the
/// container `parent` (``BinaryFrameHandle/topLevel`` for the top-level value). 24 bytes, so
/// passing it as `any Decoder` does not allocate.
struct BinaryValueDecoder: Decoder {
  let state: BinaryDecodingState
  let parent: BinaryFrameHandle
  let offset: Int

  var codingPath: [any CodingKey] { state.codingPath(depth: parent.depth) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let frame = try state.container(
      keyed: true, at: offset, in: parent, nested: false, type: KeyedDecodingContainer<Key>.self)
    return KeyedDecodingContainer(BinaryKeyedDecodingContainer<Key>(state: state, frame: frame))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let frame = try state.container(
      keyed: false, at: offset, in: parent, nested: false, type: (any UnkeyedDecodingContainer).self)
    return BinaryUnkeyedDecodingContainer(state: state, frame: frame)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    BinarySingleValueDecodingContainer(state: state, parent: parent, offset: offset)
  }
}
