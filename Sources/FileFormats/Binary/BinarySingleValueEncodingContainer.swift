/// Writes the one value of a slot (see ``BinaryEncodingState``): a second value, or one after
/// the slot was closed, throws `EncodingError.invalidValue`.
struct BinarySingleValueEncodingContainer: SingleValueEncodingContainer {
  let state: BinaryEncodingState
  let depth: Int32
  let slot: UInt32

  var codingPath: [any CodingKey] { state.codingPath(depth: depth) }

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

  /// `value` fills this slot itself, through its own `encode(to:)`.
  mutating func encode<T: Encodable>(_ value: T) throws {
    try state.requirePending(slot, value: value, path: codingPath)
    try value.encode(to: BinaryValueEncoder(state: state, depth: depth, slot: slot))
  }

  private func write(_ value: (some BinaryPrimitive)?) throws {
    try state.writeSingleValue(value, slot: slot, path: codingPath)
  }
}
