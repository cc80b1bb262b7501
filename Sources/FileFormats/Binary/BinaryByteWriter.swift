/// Appends the tokens of the binary Codable format (see ``BinaryEncoder``) to one growing byte
/// buffer. Each function is amortised O(bytes appended) and allocates only when the buffer
/// grows.
struct BinaryByteWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  mutating func append(_ tag: UInt8) {
    bytes.append(tag)
  }

  /// Any integer of at most 64 bits: one byte for 0 … 127, else a tag and a varint.
  mutating func writeInteger<T: FixedWidthInteger>(_ value: T) {
    if value < 0 {
      // −1 − value, i.e. ~value, fits in 63 bits for every 64-bit-or-narrower type.
      bytes.append(BinaryTag.negativeInteger)
      writeVarint(UInt64(truncatingIfNeeded: ~Int64(truncatingIfNeeded: value)))
    } else if value < 128 {
      bytes.append(BinaryTag.smallIntegerBase | UInt8(truncatingIfNeeded: value))
    } else {
      bytes.append(BinaryTag.nonNegativeInteger)
      writeVarint(UInt64(truncatingIfNeeded: value))
    }
  }

  mutating func writeFloat(_ value: Float) {
    bytes.append(BinaryTag.float)
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func writeDouble(_ value: Double) {
    bytes.append(BinaryTag.double)
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A string value, or a key's text when `tag` is `keyDefinition`.
  mutating func writeText(_ text: String, tag: UInt8) {
    bytes.append(tag)
    let utf8 = text.utf8
    writeVarint(UInt64(utf8.count))
    bytes.append(contentsOf: utf8)
  }

  /// A reference to the string key with index `index`: one byte below 112.
  mutating func writeKeyReference(_ index: Int) {
    if index < BinaryTag.shortKeyReferences.count {
      bytes.append(BinaryTag.shortKeyBase + UInt8(index))
    } else {
      bytes.append(BinaryTag.keyReference)
      writeVarint(UInt64(index))
    }
  }

  mutating func writeIntKey(_ key: Int) {
    if key < 0 {
      bytes.append(BinaryTag.negativeIntKey)
      writeVarint(UInt64(~key))
    } else {
      bytes.append(BinaryTag.nonNegativeIntKey)
      writeVarint(UInt64(key))
    }
  }

  /// Unsigned LEB128: 7 bits a byte, least significant first, the high bit on all but the last.
  private mutating func writeVarint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }
}
