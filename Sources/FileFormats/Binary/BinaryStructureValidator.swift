/// Checks that a byte stream is exactly one well-formed value of the binary Codable format
/// (see ``BinaryEncoder``) and collects its key definitions, before anything is decoded.
///
/// Checked: every tag is assigned and stands where the grammar allows it (values where values
/// go, keys only where a keyed container expects an entry, every key followed by a value);
/// varints fit in 64 bits; integer keys fit in `Int`; lengths lie within the input; key texts
/// are UTF-8; a key reference names a key defined earlier; containers are balanced; nothing
/// follows the top-level value. After this, decoding meets only type errors (a string where an
/// Int is asked for, a missing key), never a malformed stream.
///
/// One pass: O(n) time for n bytes; memory O(nesting depth + key text), a small multiple of
/// the input at worst. Iterative, so deep nesting cannot overflow the stack.
enum BinaryStructureValidator {
  /// The stream's key table; throws at the first malformation.
  static func keyTable(of reader: BinaryByteReader) throws(BinaryDecodingError) -> BinaryKeyTable {
    var keys = BinaryKeyTable()
    var openIsKeyed: [Bool] = []
    var expectingKey = false
    var position = 0
    repeat {
      let offset = position
      let expected =
        expectingKey
        ? "a key or the end of a keyed container"
        : openIsKeyed.last == false ? "a value or the end of an unkeyed container" : "a value"
      let tag = try reader.byte(at: offset, expected: expected)
      var completesValue = false
      if expectingKey {
        switch tag {
        case BinaryTag.end:
          openIsKeyed.removeLast()
          position += 1
          completesValue = true
        case BinaryTag.keyDefinition:
          let range = try reader.lengthPrefixed(at: offset + 1)
          guard let text = String(validating: reader.bytes[range], as: UTF8.self) else {
            throw BinaryDecodingError(offset: offset, expected: "a key in UTF-8", found: "invalid UTF-8")
          }
          keys.define(text, at: offset)
          position = range.upperBound
        case BinaryTag.shortKeyReferences:
          try requireDefined(UInt64(tag - BinaryTag.shortKeyBase), in: keys, at: offset)
          position += 1
        case BinaryTag.keyReference:
          let (index, next) = try reader.varint(at: offset + 1)
          try requireDefined(index, in: keys, at: offset)
          position = next
        case BinaryTag.nonNegativeIntKey, BinaryTag.negativeIntKey:
          let (magnitude, next) = try reader.varint(at: offset + 1)
          guard magnitude <= UInt64(Int.max) else {
            throw BinaryDecodingError(
              offset: offset, expected: "an integer key that fits in Int", found: "a larger one")
          }
          position = next
        default: throw BinaryDecodingError(offset: offset, expected: expected, found: BinaryTag.describe(tag))
        }
        if !completesValue { expectingKey = false }  // a key was read: its value comes next
      } else {
        switch tag {
        case BinaryTag.keyedBegin:
          openIsKeyed.append(true)
          expectingKey = true
          position += 1
        case BinaryTag.unkeyedBegin:
          openIsKeyed.append(false)
          position += 1
        case BinaryTag.end where openIsKeyed.last == false:
          openIsKeyed.removeLast()
          position += 1
          completesValue = true
        case BinaryTag.end, BinaryTag.keyDefinition, BinaryTag.keyReference, BinaryTag.shortKeyReferences,
          BinaryTag.nonNegativeIntKey, BinaryTag.negativeIntKey, BinaryTag.unassigned:
          throw BinaryDecodingError(offset: offset, expected: expected, found: BinaryTag.describe(tag))
        default:
          position = try reader.token(at: offset).next
          completesValue = true
        }
      }
      if completesValue { expectingKey = openIsKeyed.last ?? false }
    } while !openIsKeyed.isEmpty
    guard position == reader.bytes.count else {
      throw BinaryDecodingError(
        offset: position, expected: "the end of the input after the top-level value",
        found: "\(reader.bytes.count - position) more bytes")
    }
    return keys
  }

  private static func requireDefined(
    _ index: UInt64, in keys: BinaryKeyTable, at offset: Int
  ) throws(BinaryDecodingError) {
    guard index < UInt64(keys.texts.count) else {
      throw BinaryDecodingError(
        offset: offset, expected: "a key index below \(keys.texts.count) (the keys defined so far)",
        found: "key index \(index)")
    }
  }
}
