/// Writes the one value of a slot (see ``BinaryEncodingState``): a second value, or one after
/// the slot was closed, throws `EncodingError.invalidValue`.
struct BinarySingleValueEncodingContainer: SingleValueEncodingContainer {
  let session: BinaryEncodingSession
  let depth: Int32
  let slot: UInt32

  var codingPath: [any CodingKey] { session.state.codingPath(depth: depth) }

  mutating func encodeNil() throws { try session.state.writeSingleValue(Bool?.none, slot: slot, depth: depth) }
  mutating func encode(_ value: Bool) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: String) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Double) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Float) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Int) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Int8) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Int16) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Int32) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: Int64) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: UInt) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: UInt8) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: UInt16) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: UInt32) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }
  mutating func encode(_ value: UInt64) throws { try session.state.writeSingleValue(value, slot: slot, depth: depth) }

  /// `value` fills this slot itself, through its own `encode(to:)`.
  mutating func encode<T: Encodable>(_ value: T) throws {
    try session.state.requirePending(slot, depth: depth, value: value)
    try BinaryValueEncoder(session: session, depth: depth, slot: slot).write(value)
  }
}
