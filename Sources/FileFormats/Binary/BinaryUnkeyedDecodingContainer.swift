/// Reads the elements of an unkeyed container in order. 24 bytes, so returning it as
/// `any UnkeyedDecodingContainer` does not allocate.
struct BinaryUnkeyedDecodingContainer: UnkeyedDecodingContainer {
  let state: BinaryDecodingState
  let frame: BinaryFrameHandle
  private(set) var currentIndex = 0

  init(state: BinaryDecodingState, frame: BinaryFrameHandle) {
    self.state = state
    self.frame = frame
  }

  var codingPath: [any CodingKey] { state.codingPath(depth: frame.depth - 1) }

  /// The number of elements: one scan of the container, then remembered; nil if it is closed.
  var count: Int? { try? state.count(in: frame) }

  /// False also when the container cannot be read (closed): the next `decode` then throws why.
  var isAtEnd: Bool {
    do {
      return try state.nextElement(in: frame) == nil
    } catch {
      return false
    }
  }

  mutating func decodeNil() throws -> Bool {
    let offset = try element(Any?.self)
    guard try state.reader.byte(at: offset, expected: "a value") == BinaryTag.null else { return false }
    state.setCursor(offset + 1, in: frame)
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try read() }
  mutating func decode(_ type: String.Type) throws -> String { try read() }
  mutating func decode(_ type: Double.Type) throws -> Double { try read() }
  mutating func decode(_ type: Float.Type) throws -> Float { try read() }
  mutating func decode(_ type: Int.Type) throws -> Int { try read() }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try read() }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try read() }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try read() }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try read() }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try read() }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try read() }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try read() }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try read() }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try read() }

  /// Decodes the next element with its own decoder, then steps past it.
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let offset = try element(T.self)
    state.setCurrentKey(BinaryIndexKey(currentIndex), depth: frame.depth)
    let value = try T(from: BinaryValueDecoder(state: state, parent: frame, offset: offset))
    state.setCursor(try state.finishValue(at: offset, in: frame), in: frame)
    currentIndex += 1
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let nested = try nestedFrame(keyed: true, type: KeyedDecodingContainer<NestedKey>.self)
    return KeyedDecodingContainer(BinaryKeyedDecodingContainer<NestedKey>(state: state, frame: nested))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    BinaryUnkeyedDecodingContainer(
      state: state, frame: try nestedFrame(keyed: false, type: (any UnkeyedDecodingContainer).self))
  }

  /// A decoder for the next element, which this container steps past now.
  mutating func superDecoder() throws -> any Decoder {
    let offset = try element((any Decoder).self)
    state.setCurrentKey(BinaryIndexKey(currentIndex), depth: frame.depth)
    state.setCursor(try state.reader.valueEnd(at: offset), in: frame)
    currentIndex += 1
    return BinaryValueDecoder(state: state, parent: frame, offset: offset)
  }

  /// The offset of the next element; throws `valueNotFound` (`type`) at the end.
  private func element(_ type: Any.Type) throws -> Int {
    guard let offset = try state.nextElement(in: frame) else {
      throw DecodingError.valueNotFound(
        type,
        .init(
          codingPath: codingPath + [BinaryIndexKey(currentIndex)],
          debugDescription: "The unkeyed container has no more elements."))
    }
    return offset
  }

  private mutating func read<T: BinaryPrimitive>() throws -> T {
    let offset = try element(T.self)
    let (value, next) = try T.read(from: state.reader, at: offset, path: codingPath + [BinaryIndexKey(currentIndex)])
    state.setCursor(next, in: frame)
    currentIndex += 1
    return value
  }

  /// Opens the next element as a nested container (closing it later moves past it).
  private mutating func nestedFrame(keyed: Bool, type: Any.Type) throws -> BinaryFrameHandle {
    let offset = try element(type)
    state.setCurrentKey(BinaryIndexKey(currentIndex), depth: frame.depth)
    let nested = try state.container(keyed: keyed, at: offset, in: frame, nested: true, type: type)
    currentIndex += 1
    return nested
  }
}
