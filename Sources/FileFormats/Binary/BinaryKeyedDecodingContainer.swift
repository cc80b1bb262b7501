/// Reads the entries of a keyed container by key (see ``BinaryDecodingState`` for how keys are
/// found). An absent key throws `keyNotFound`; `decodeIfPresent` gives nil for an absent key
/// or a stored nil.
///
/// The primitive overloads are spelled out so that each calls the state with a concrete type,
/// which the optimiser specialises; a helper generic over both `Key` and the value's type
/// would not be.
struct BinaryKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let session: BinaryDecodingSession
  let frame: BinaryFrameHandle

  var codingPath: [any CodingKey] { session.state.codingPath(depth: frame.depth - 1) }

  /// The keys of `Key` stored in this container, in stream order. O(container size).
  var allKeys: [Key] {
    ((try? session.state.keys(in: frame)) ?? []).compactMap { $0.key(as: Key.self) }
  }

  func contains(_ key: Key) -> Bool {
    (try? session.state.valueOffset(forKey: BinaryKeyForm(key), in: frame)) != nil
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    try session.state.decodeNil(forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try session.state.readEntry(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let offset = try session.state.requiredOffset(forKey: BinaryKeyForm(key), in: frame, codingKey: key)
    return try session.decodeValue(type, at: offset, in: frame, key: key)
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
    try session.state.readEntryIfPresent(type, forKey: BinaryKeyForm(key), in: frame, codingKey: key)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let offset = try session.state.presentOffset(forKey: BinaryKeyForm(key), in: frame) else { return nil }
    return try session.decodeValue(type, at: offset, in: frame, key: key)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let offset = try session.state.requiredOffset(forKey: BinaryKeyForm(key), in: frame, codingKey: key)
    let nested = try session.state.container(
      keyed: true, at: offset, in: frame, nestedUnder: key, type: KeyedDecodingContainer<NestedKey>.self)
    return KeyedDecodingContainer(BinaryKeyedDecodingContainer<NestedKey>(session: session, frame: nested))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let offset = try session.state.requiredOffset(forKey: BinaryKeyForm(key), in: frame, codingKey: key)
    let nested = try session.state.container(
      keyed: false, at: offset, in: frame, nestedUnder: key, type: (any UnkeyedDecodingContainer).self)
    return BinaryUnkeyedDecodingContainer(session: session, frame: nested)
  }

  /// A decoder for the value under the key `super` (the text "super" if `Key` has no such key).
  func superDecoder() throws -> any Decoder {
    if let key = Key(stringValue: "super") { try superDecoder(key) } else { try superDecoder(BinarySuperKey()) }
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder(key) }

  private func superDecoder(_ key: some CodingKey) throws -> any Decoder {
    let offset = try session.state.superValueOffset(forKey: BinaryKeyForm(key), in: frame, codingKey: key)
    return BinaryValueDecoder(session: session, parent: frame, offset: offset)
  }
}
