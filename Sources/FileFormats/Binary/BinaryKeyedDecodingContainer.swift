/// Reads the entries of a keyed container by key (see ``BinaryDecodingState`` for how keys are
/// found). An absent key throws `keyNotFound`; `decodeIfPresent` gives nil for an absent key
/// or a stored nil.
struct BinaryKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let state: BinaryDecodingState
  let frame: BinaryFrameHandle

  var codingPath: [any CodingKey] { state.codingPath(depth: frame.depth - 1) }

  /// The keys of `Key` stored in this container, in stream order. O(container size).
  var allKeys: [Key] {
    ((try? state.keys(in: frame)) ?? []).compactMap { $0.key(as: Key.self) }
  }

  func contains(_ key: Key) -> Bool {
    (try? state.valueOffset(for: key, in: frame)) != nil
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    let offset = try required(key)
    guard try state.reader.byte(at: offset, expected: "a value") == BinaryTag.null else { return false }
    state.setCursor(offset + 1, in: frame)
    return true
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(key) }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decodeValue(T.self, at: required(key), key: key)
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try readIfPresent(key) }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try readIfPresent(key) }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try readIfPresent(key) }
  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try readIfPresent(key) }
  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try readIfPresent(key) }
  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try readIfPresent(key) }
  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try readIfPresent(key) }
  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try readIfPresent(key) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let offset = try presentValue(key) else { return nil }
    return try decodeValue(T.self, at: offset, key: key)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let offset = try required(key)
    state.setCurrentKey(key, depth: frame.depth)
    let nested = try state.container(
      keyed: true, at: offset, in: frame, nested: true, type: KeyedDecodingContainer<NestedKey>.self)
    return KeyedDecodingContainer(BinaryKeyedDecodingContainer<NestedKey>(state: state, frame: nested))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let offset = try required(key)
    state.setCurrentKey(key, depth: frame.depth)
    let nested = try state.container(
      keyed: false, at: offset, in: frame, nested: true, type: (any UnkeyedDecodingContainer).self)
    return BinaryUnkeyedDecodingContainer(state: state, frame: nested)
  }

  /// A decoder for the value under the key `super` (the text "super" if `Key` has no such key).
  func superDecoder() throws -> any Decoder {
    if let key = Key(stringValue: "super") { try superDecoder(key) } else { try superDecoder(BinarySuperKey()) }
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder(key) }

  private func superDecoder(_ key: some CodingKey) throws -> any Decoder {
    let offset = try required(key)
    state.setCurrentKey(key, depth: frame.depth)
    state.setCursor(try state.reader.valueEnd(at: offset), in: frame)
    return BinaryValueDecoder(state: state, parent: frame, offset: offset)
  }

  /// The offset of the value under `key`; throws `keyNotFound` if there is none.
  private func required(_ key: some CodingKey) throws -> Int {
    guard let offset = try state.valueOffset(for: key, in: frame) else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "No value for the key \"\(key.stringValue)\"."))
    }
    return offset
  }

  /// The offset of the value under `key`, or nil if there is none or it is nil (then stepped
  /// past).
  private func presentValue(_ key: Key) throws -> Int? {
    guard let offset = try state.valueOffset(for: key, in: frame) else { return nil }
    guard try state.reader.byte(at: offset, expected: "a value") == BinaryTag.null else { return offset }
    state.setCursor(offset + 1, in: frame)
    return nil
  }

  private func read<T: BinaryPrimitive>(_ key: Key) throws -> T {
    try read(at: required(key), key: key)
  }

  private func readIfPresent<T: BinaryPrimitive>(_ key: Key) throws -> T? {
    guard let offset = try presentValue(key) else { return nil }
    return try read(at: offset, key: key)
  }

  private func read<T: BinaryPrimitive>(at offset: Int, key: Key) throws -> T {
    let (value, next) = try T.read(from: state.reader, at: offset, path: codingPath + [key])
    state.setCursor(next, in: frame)
    return value
  }

  /// Decodes the value at `offset` with its own decoder, then steps past it.
  private func decodeValue<T: Decodable>(_ type: T.Type, at offset: Int, key: Key) throws -> T {
    state.setCurrentKey(key, depth: frame.depth)
    let value = try T(from: BinaryValueDecoder(state: state, parent: frame, offset: offset))
    state.setCursor(try state.finishValue(at: offset, in: frame), in: frame)
    return value
  }
}
