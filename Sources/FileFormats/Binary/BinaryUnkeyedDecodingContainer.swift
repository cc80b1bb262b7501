/// Reads the elements of an unkeyed container in order. 24 bytes, so returning it as
/// `any UnkeyedDecodingContainer` does not allocate.
struct BinaryUnkeyedDecodingContainer: UnkeyedDecodingContainer {
  let session: BinaryDecodingSession
  let frame: BinaryFrameHandle
  private(set) var currentIndex = 0

  init(session: BinaryDecodingSession, frame: BinaryFrameHandle) {
    self.session = session
    self.frame = frame
  }

  var codingPath: [any CodingKey] { session.state.codingPath(depth: frame.depth - 1) }

  /// The number of elements: one scan of the container, then remembered; nil if it is closed.
  var count: Int? { try? session.state.count(in: frame) }

  /// False also when the container cannot be read (closed): the next `decode` then throws why.
  var isAtEnd: Bool {
    do {
      return try session.state.nextElement(in: frame) == nil
    } catch {
      return false
    }
  }

  mutating func decodeNil() throws -> Bool {
    let isNil = try session.state.decodeNilElement(in: frame, index: currentIndex)
    if isNil { currentIndex += 1 }
    return isNil
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try read(type) }
  mutating func decode(_ type: String.Type) throws -> String { try read(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try read(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try read(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try read(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try read(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try read(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try read(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try read(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try read(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try read(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try read(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try read(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try read(type) }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let offset = try session.state.element(type, in: frame, index: currentIndex)
    let value = try session.decodeValue(type, at: offset, in: frame, key: BinaryIndexKey(currentIndex))
    currentIndex += 1
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let nested = try nestedFrame(keyed: true, type: KeyedDecodingContainer<NestedKey>.self)
    return KeyedDecodingContainer(BinaryKeyedDecodingContainer<NestedKey>(session: session, frame: nested))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    BinaryUnkeyedDecodingContainer(
      session: session, frame: try nestedFrame(keyed: false, type: (any UnkeyedDecodingContainer).self))
  }

  /// A decoder for the next element, which this container steps past now.
  mutating func superDecoder() throws -> any Decoder {
    let offset = try session.state.superElementOffset(in: frame, index: currentIndex)
    currentIndex += 1
    return BinaryValueDecoder(session: session, parent: frame, offset: offset)
  }

  /// Reads the next element. The container is not generic, so each overload's call is
  /// specialised.
  private mutating func read<T: BinaryPrimitive>(_ type: T.Type) throws -> T {
    let value = try session.state.readElement(type, in: frame, index: currentIndex)
    currentIndex += 1
    return value
  }

  /// Opens the next element as a nested container (closing it later moves past it).
  private mutating func nestedFrame(keyed: Bool, type: Any.Type) throws -> BinaryFrameHandle {
    let offset = try session.state.element(type, in: frame, index: currentIndex)
    let nested = try session.state.container(
      keyed: keyed, at: offset, in: frame, nestedUnder: BinaryIndexKey(currentIndex), type: type)
    currentIndex += 1
    return nested
  }
}
