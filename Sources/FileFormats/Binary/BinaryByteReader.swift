/// Reads the tokens of the binary Codable format (see ``BinaryEncoder``) at given byte offsets.
///
/// Every bound is checked: a read past the end, a varint longer than 64 bits or a length beyond
/// the remaining bytes throws ``BinaryDecodingError``; nothing traps and nothing allocates more
/// than the bytes it returns. Each function is O(1) unless stated.
struct BinaryByteReader {
  let bytes: [UInt8]

  /// The byte at `offset`; `expected` names what should be there, for the error at the end of
  /// the input.
  func byte(at offset: Int, expected: @autoclosure () -> String) throws(BinaryDecodingError) -> UInt8 {
    guard offset < bytes.count else {
      throw BinaryDecodingError(offset: offset, expected: expected(), found: "the end of the input")
    }
    return bytes[offset]
  }

  /// The unsigned LEB128 varint at `offset` (at most 10 bytes, 64 bits) and the offset after it.
  func varint(at offset: Int) throws(BinaryDecodingError) -> (value: UInt64, next: Int) {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    var position = offset
    while true {
      let byte = try self.byte(at: position, expected: "the rest of a varint")
      position += 1
      if shift == 63, byte > 1 {
        throw BinaryDecodingError(offset: offset, expected: "a varint of at most 64 bits", found: "a longer one")
      }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return (value, position) }
      shift += 7
    }
  }

  /// The 4-byte little-endian word at `offset` and the offset after it.
  func uint32(at offset: Int) throws(BinaryDecodingError) -> (value: UInt32, next: Int) {
    try requireBytes(4, at: offset, for: "a Float")
    let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    return (UInt32(littleEndian: word), offset + 4)
  }

  /// The 8-byte little-endian word at `offset` and the offset after it.
  func uint64(at offset: Int) throws(BinaryDecodingError) -> (value: UInt64, next: Int) {
    try requireBytes(8, at: offset, for: "a Double")
    let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    return (UInt64(littleEndian: word), offset + 8)
  }

  /// The bytes of a varint-length-prefixed run (a string or a key's text) whose length starts at
  /// `offset`; the run's upper bound is the offset after it.
  func lengthPrefixed(at offset: Int) throws(BinaryDecodingError) -> Range<Int> {
    let (length, start) = try varint(at: offset)
    let remaining = bytes.count - start
    guard length <= UInt64(remaining) else {
      throw BinaryDecodingError(offset: start, expected: "\(length) bytes of UTF-8", found: "\(remaining) bytes left")
    }
    return start..<start + Int(length)
  }

  /// The tag at `offset` and the offset after its whole token (tag and payload).
  func token(at offset: Int) throws(BinaryDecodingError) -> (tag: UInt8, next: Int) {
    let tag = try byte(at: offset, expected: "a tag")
    let payload = offset + 1
    switch tag {
    case BinaryTag.negativeInteger, BinaryTag.nonNegativeInteger, BinaryTag.keyReference,
      BinaryTag.nonNegativeIntKey, BinaryTag.negativeIntKey:
      return (tag, try varint(at: payload).next)
    case BinaryTag.float: return (tag, try uint32(at: payload).next)
    case BinaryTag.double: return (tag, try uint64(at: payload).next)
    case BinaryTag.string, BinaryTag.keyDefinition: return (tag, try lengthPrefixed(at: payload).upperBound)
    case BinaryTag.unassigned:
      throw BinaryDecodingError(offset: offset, expected: "a tag", found: BinaryTag.describe(tag))
    default: return (tag, payload)
    }
  }

  /// The offset just after the value that starts at `offset`, a container with all its
  /// contents. O(size of the value); iterative, so deep nesting cannot overflow the stack.
  func valueEnd(at offset: Int) throws(BinaryDecodingError) -> Int {
    var depth = 0
    var position = offset
    repeat {
      let (tag, next) = try token(at: position)
      switch tag {
      case BinaryTag.keyedBegin, BinaryTag.unkeyedBegin: depth += 1
      case BinaryTag.end:
        guard depth > 0 else {
          throw BinaryDecodingError(offset: position, expected: "a value", found: BinaryTag.describe(tag))
        }
        depth -= 1
      default: break
      }
      position = next
    } while depth > 0
    return position
  }

  /// The offset of the `end` tag that closes the container whose next entry or element starts
  /// at `offset`. O(bytes skipped).
  func containerEnd(from offset: Int) throws(BinaryDecodingError) -> Int {
    var depth = 0
    var position = offset
    while true {
      let (tag, next) = try token(at: position)
      switch tag {
      case BinaryTag.keyedBegin, BinaryTag.unkeyedBegin: depth += 1
      case BinaryTag.end:
        if depth == 0 { return position }
        depth -= 1
      default: break
      }
      position = next
    }
  }

  /// The error for a value of the wrong kind at `offset` (which must be in bounds): the tag
  /// nil gives `valueNotFound`, any other `typeMismatch`.
  func mismatch(_ type: Any.Type, expected: String, at offset: Int, path: [any CodingKey]) -> DecodingError {
    let tag = bytes[offset]
    let context = DecodingError.Context(
      codingPath: path, debugDescription: "Expected \(expected), found \(BinaryTag.describe(tag)) at byte \(offset).")
    return tag == BinaryTag.null ? .valueNotFound(type, context) : .typeMismatch(type, context)
  }

  private func requireBytes(_ count: Int, at offset: Int, for what: String) throws(BinaryDecodingError) {
    guard bytes.count - offset >= count else {
      throw BinaryDecodingError(
        offset: offset, expected: "\(count) bytes of \(what)", found: "\(bytes.count - offset) bytes left")
    }
  }
}
