/// A value the binary format stores directly under its own tag — `Bool`, every standard
/// integer type of up to 64 bits, `Float`, `Double`, `String` — with how it is written and
/// read. The containers' many `encode`/`decode` overloads all go through these two functions.
protocol BinaryPrimitive {
  /// Appends the value's tag and payload. O(1), strings O(length).
  func write(to writer: inout BinaryByteWriter)

  /// The value at `offset` and the offset after it. Throws `typeMismatch` (another kind of
  /// value, or an integer this type cannot hold), `valueNotFound` (nil) or `dataCorrupted`
  /// (a string that is not UTF-8), each with `path`. O(1), strings O(length).
  static func read(
    from reader: BinaryByteReader, at offset: Int, path: @autoclosure () -> [any CodingKey]
  ) throws -> (value: Self, next: Int)
}

extension Bool: BinaryPrimitive {
  func write(to writer: inout BinaryByteWriter) {
    writer.append(self ? BinaryTag.trueValue : BinaryTag.falseValue)
  }

  static func read(
    from reader: BinaryByteReader, at offset: Int, path: @autoclosure () -> [any CodingKey]
  ) throws -> (value: Bool, next: Int) {
    switch try reader.byte(at: offset, expected: "a Bool") {
    case BinaryTag.falseValue: (false, offset + 1)
    case BinaryTag.trueValue: (true, offset + 1)
    default: throw reader.mismatch(Bool.self, expected: "a Bool", at: offset, path: path())
    }
  }
}

extension Float: BinaryPrimitive {
  func write(to writer: inout BinaryByteWriter) {
    writer.writeFloat(self)
  }

  /// Exactly the stored bit pattern: NaN payloads, −0.0, infinities and subnormals survive.
  static func read(
    from reader: BinaryByteReader, at offset: Int, path: @autoclosure () -> [any CodingKey]
  ) throws -> (value: Float, next: Int) {
    guard try reader.byte(at: offset, expected: "a Float") == BinaryTag.float else {
      throw reader.mismatch(Float.self, expected: "a Float", at: offset, path: path())
    }
    let (bits, next) = try reader.uint32(at: offset + 1)
    return (Float(bitPattern: bits), next)
  }
}

extension Double: BinaryPrimitive {
  func write(to writer: inout BinaryByteWriter) {
    writer.writeDouble(self)
  }

  /// Exactly the stored bit pattern: NaN payloads, −0.0, infinities and subnormals survive.
  static func read(
    from reader: BinaryByteReader, at offset: Int, path: @autoclosure () -> [any CodingKey]
  ) throws -> (value: Double, next: Int) {
    guard try reader.byte(at: offset, expected: "a Double") == BinaryTag.double else {
      throw reader.mismatch(Double.self, expected: "a Double", at: offset, path: path())
    }
    let (bits, next) = try reader.uint64(at: offset + 1)
    return (Double(bitPattern: bits), next)
  }
}

extension String: BinaryPrimitive {
  func write(to writer: inout BinaryByteWriter) {
    writer.writeText(self, tag: BinaryTag.string)
  }

  static func read(
    from reader: BinaryByteReader, at offset: Int, path: @autoclosure () -> [any CodingKey]
  ) throws -> (value: String, next: Int) {
    guard try reader.byte(at: offset, expected: "a string") == BinaryTag.string else {
      throw reader.mismatch(String.self, expected: "a string", at: offset, path: path())
    }
    let range = try reader.lengthPrefixed(at: offset + 1)
    guard let text = String(validating: reader.bytes[range], as: UTF8.self) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: path(), debugDescription: "The string at byte \(offset) is not valid UTF-8."))
    }
    return (text, range.upperBound)
  }
}

/// Integers: one encoding per value whatever the Swift type that wrote it, so a value decodes
/// into any integer type that can hold it, and into no other (`typeMismatch`, never a trap).
extension BinaryPrimitive where Self: FixedWidthInteger {
  func write(to writer: inout BinaryByteWriter) {
    writer.writeInteger(self)
  }

  static func read(
    from reader: BinaryByteReader, at offset: Int, path: @autoclosure () -> [any CodingKey]
  ) throws -> (value: Self, next: Int) {
    let tag = try reader.byte(at: offset, expected: "an integer")
    if tag >= BinaryTag.smallIntegerBase { return (Self(tag - BinaryTag.smallIntegerBase), offset + 1) }
    let stored: Int128
    switch tag {
    case BinaryTag.nonNegativeInteger:
      let (magnitude, next) = try reader.varint(at: offset + 1)
      if let value = Self(exactly: magnitude) { return (value, next) }
      stored = Int128(magnitude)
    case BinaryTag.negativeInteger:
      let (magnitude, next) = try reader.varint(at: offset + 1)
      if let int = Int64(exactly: magnitude), let value = Self(exactly: ~int) { return (value, next) }
      stored = -1 - Int128(magnitude)
    default: throw reader.mismatch(Self.self, expected: "an integer", at: offset, path: path())
    }
    throw DecodingError.typeMismatch(
      Self.self,
      .init(
        codingPath: path(), debugDescription: "The integer \(stored) at byte \(offset) does not fit in \(Self.self)."))
  }
}

extension Int: BinaryPrimitive {}
extension Int8: BinaryPrimitive {}
extension Int16: BinaryPrimitive {}
extension Int32: BinaryPrimitive {}
extension Int64: BinaryPrimitive {}
extension UInt: BinaryPrimitive {}
extension UInt8: BinaryPrimitive {}
extension UInt16: BinaryPrimitive {}
extension UInt32: BinaryPrimitive {}
extension UInt64: BinaryPrimitive {}
