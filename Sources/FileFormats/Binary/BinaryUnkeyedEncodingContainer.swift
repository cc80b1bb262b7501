/// Writes the elements of an unkeyed container, in order. 24 bytes, so returning it as
/// `any UnkeyedEncodingContainer` does not allocate.
struct BinaryUnkeyedEncodingContainer: UnkeyedEncodingContainer {
  let state: BinaryEncodingState
  let frame: BinaryFrameHandle
  /// Elements written so far, nested containers and super encoders included.
  private(set) var count = 0

  init(state: BinaryEncodingState, frame: BinaryFrameHandle) {
    self.state = state
    self.frame = frame
  }

  var codingPath: [any CodingKey] { state.codingPath(depth: frame.depth - 1) }

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
    try state.prepare(frame, value: value, path: codingPath + [key])
    try state.encodeNested(value, depth: frame.depth, key: key)
    count += 1
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = state.nestedContainer(keyed: true, in: frame, key: BinaryIndexKey(count), writingKey: false)
    count += 1
    return KeyedEncodingContainer(BinaryKeyedEncodingContainer<NestedKey>(state: state, frame: nested))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = state.nestedContainer(keyed: false, in: frame, key: BinaryIndexKey(count), writingKey: false)
    count += 1
    return BinaryUnkeyedEncodingContainer(state: state, frame: nested)
  }

  /// An encoder for the next element; it must be written before anything else is written to
  /// this container, or the element is an empty keyed container.
  mutating func superEncoder() -> any Encoder {
    let key = BinaryIndexKey(count)
    count += 1
    do {
      try state.prepare(frame, value: key.index, path: codingPath + [key])
    } catch {
      return BinaryValueEncoder(state: state, depth: frame.depth, slot: 0)
    }
    return BinaryValueEncoder(state: state, depth: frame.depth, slot: state.openSlot(depth: frame.depth, key: key))
  }

  private mutating func write(_ value: (some BinaryPrimitive)?) throws {
    try state.prepare(frame, value: value as Any, path: codingPath + [BinaryIndexKey(count)])
    if let value { state.write(value) } else { state.writeNil() }
    count += 1
  }
}
