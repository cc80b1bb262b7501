/// The `Encoder` handed to a value's `encode(to:)`: it fills one value slot of the container
/// at `depth` (0: the top-level value). Sixteen bytes, so passing it as `any Encoder` does not
/// allocate.
struct BinaryValueEncoder: Encoder {
  let state: BinaryEncodingState
  let depth: Int32
  let slot: UInt32

  var codingPath: [any CodingKey] { state.codingPath(depth: depth) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(
      BinaryKeyedEncodingContainer<Key>(state: state, frame: state.container(keyed: true, depth: depth, slot: slot)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    BinaryUnkeyedEncodingContainer(state: state, frame: state.container(keyed: false, depth: depth, slot: slot))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    BinarySingleValueEncodingContainer(state: state, depth: depth, slot: slot)
  }
}
