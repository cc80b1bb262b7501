/// Writes the elements of an unkeyed container, in order. 24 bytes, so returning it as
/// `any UnkeyedEncodingContainer` does not allocate.
struct BinaryUnkeyedEncodingContainer: UnkeyedEncodingContainer {
  let session: BinaryEncodingSession
  let frame: BinaryFrameHandle
  /// Elements written so far, nested containers and super encoders included.
  private(set) var count = 0

  init(session: BinaryEncodingSession, frame: BinaryFrameHandle) {
    self.session = session
    self.frame = frame
  }

  var codingPath: [any CodingKey] { session.state.codingPath(depth: frame.depth - 1) }

  mutating func encodeNil() throws { try write(Bool?.none) }
  mutating func encode(_ value: Bool) throws { try write(value) }
  mutating func encode(_ value: String) throws { try write(value) }
  mutating func encode(_ value: Double) throws { try write(value) }
  mutating func encode(_ value: Float) throws { try write(value) }
  mutating func encode(_ value: Int) throws { try write(value) }
  mutating func encode(_ value: Int8) throws { try write(value) }
  mutating func encode(_ value: Int16) throws { try write(value) }
  mutating func encode(_ value: Int32) throws { try write(value) }
  mutating func encode(_ value: Int64) throws { try write(value) }
  mutating func encode(_ value: UInt) throws { try write(value) }
  mutating func encode(_ value: UInt8) throws { try write(value) }
  mutating func encode(_ value: UInt16) throws { try write(value) }
  mutating func encode(_ value: UInt32) throws { try write(value) }
  mutating func encode(_ value: UInt64) throws { try write(value) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let key = BinaryIndexKey(count)
    try session.state.prepare(frame, value: value, codingKey: key)
    try session.encodeNested(value, depth: frame.depth, key: key)
    count += 1
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = session.state.nestedContainer(keyed: true, in: frame, key: nil, codingKey: BinaryIndexKey(count))
    count += 1
    return KeyedEncodingContainer(BinaryKeyedEncodingContainer<NestedKey>(session: session, frame: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = session.state.nestedContainer(keyed: false, in: frame, key: nil, codingKey: BinaryIndexKey(count))
    count += 1
    return BinaryUnkeyedEncodingContainer(session: session, frame: nested)
  }

  /// An encoder for the next element; it must be written before anything else is written to
  /// this container, or the element is an empty keyed container.
  mutating func superEncoder() -> any Encoder {
    let key = BinaryIndexKey(count)
    count += 1
    do {
      try session.state.prepare(frame, value: key.index, codingKey: key)
    } catch {
      return BinaryValueEncoder(session: session, depth: frame.depth, slot: 0)
    }
    return BinaryValueEncoder(
      session: session, depth: frame.depth, slot: session.state.openSlot(depth: frame.depth, key: key))
  }

  /// Writes `value` (nil: nil) as the next element. The container is not generic, so each
  /// overload's call is specialised.
  private mutating func write<T: BinaryPrimitive>(_ value: T?) throws {
    try session.state.writeElement(value, in: frame, index: count)
    count += 1
  }
}
