/// Writes the entries of a keyed container: each a key (see ``BinaryKeyForm``) and a value.
/// `encodeIfPresent` of nil writes the key with nil, so a decoder reading fields in order
/// never has to search for a missing one.
///
/// The primitive overloads are spelled out so that each calls
/// ``BinaryEncodingState/writeEntry(_:forKey:in:codingKey:)`` with a concrete type, which the
/// optimiser specialises; a helper generic over both `Key` and the value's type would not be.
struct BinaryKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let session: BinaryEncodingSession
  let frame: BinaryFrameHandle

  var codingPath: [any CodingKey] { session.state.codingPath(depth: frame.depth - 1) }

  mutating func encodeNil(forKey key: Key) throws {
    try session.state.writeEntry(Bool?.none, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: String, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Double, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Float, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Int8, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Int16, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Int32, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: Int64, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: UInt, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: UInt8, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: UInt16, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: UInt32, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try session.state.beginEntry(forKey: BinaryKeyForm(key), in: frame, value: value, codingKey: key)
    try session.encodeNested(value, depth: frame.depth, key: key)
  }

  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
    try session.state.writeEntry(value, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = session.state.nestedContainer(keyed: true, in: frame, key: BinaryKeyForm(key), codingKey: key)
    return KeyedEncodingContainer(BinaryKeyedEncodingContainer<NestedKey>(session: session, frame: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = session.state.nestedContainer(keyed: false, in: frame, key: BinaryKeyForm(key), codingKey: key)
    return BinaryUnkeyedEncodingContainer(session: session, frame: nested)
  }

  /// An encoder for the value under the key `super` (the text "super" if `Key` has no such key).
  mutating func superEncoder() -> any Encoder {
    if let key = Key(stringValue: "super") { superEncoder(key) } else { superEncoder(BinarySuperKey()) }
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(key) }

  /// An encoder for the value under `key`; the value must be written before anything else is
  /// written to this container, or it is stored as an empty keyed container.
  private func superEncoder(_ key: some CodingKey) -> any Encoder {
    do {
      try session.state.beginEntry(forKey: BinaryKeyForm(key), in: frame, value: key.stringValue, codingKey: key)
    } catch {
      return BinaryValueEncoder(session: session, depth: frame.depth, slot: 0)
    }
    return BinaryValueEncoder(
      session: session, depth: frame.depth, slot: session.state.openSlot(depth: frame.depth, key: key))
  }
}
