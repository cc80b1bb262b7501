/// The `Encoder` handed to a value's `encode(to:)`: it fills one value slot of the container
/// at `depth` (0: the top-level value). Sixteen bytes, so passing it as `any Encoder` does not
/// allocate.
struct BinaryValueEncoder: Encoder {
  let session: BinaryEncodingSession
  let depth: Int32
  let slot: UInt32

  var codingPath: [any CodingKey] { session.state.codingPath(depth: depth) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let frame = session.state.container(keyed: true, depth: depth, slot: slot)
    return KeyedEncodingContainer(BinaryKeyedEncodingContainer<Key>(session: session, frame: frame))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    BinaryUnkeyedEncodingContainer(
      session: session, frame: session.state.container(keyed: false, depth: depth, slot: slot))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    BinarySingleValueEncodingContainer(session: session, depth: depth, slot: slot)
  }

  /// Has `value` fill this encoder's slot: by its own `encode(to:)`, or, for a set or
  /// dictionary of comparable elements or keys, in ascending order (``BinaryAscendingOrder``),
  /// so that one value has one encoding in every process. One cached conformance lookup.
  func write<T: Encodable>(_ value: T) throws {
    if let ordered = value as? any BinaryAscendingOrder {
      try ordered.encodeInAscendingOrder(to: self)
    } else {
      try value.encode(to: self)
    }
  }
}
