/// The one-byte tags of the binary Codable format (the table is in ``BinaryEncoder``'s
/// documentation). Every value and every key starts with one of them.
enum BinaryTag {
  static let null: UInt8 = 0x00
  static let falseValue: UInt8 = 0x01
  static let trueValue: UInt8 = 0x02
  /// An integer below zero; a varint of −1 − value follows.
  static let negativeInteger: UInt8 = 0x03
  /// An integer of 128 or more (any integer ≥ 0 is accepted); a varint of the value follows.
  static let nonNegativeInteger: UInt8 = 0x04
  /// A `Float`; its bit pattern follows, 4 bytes little-endian.
  static let float: UInt8 = 0x05
  /// A `Double`; its bit pattern follows, 8 bytes little-endian.
  static let double: UInt8 = 0x06
  /// A string; a varint byte count and that many bytes of UTF-8 follow.
  static let string: UInt8 = 0x07
  static let keyedBegin: UInt8 = 0x08
  static let unkeyedBegin: UInt8 = 0x09
  /// Closes the innermost open container.
  static let end: UInt8 = 0x0A
  /// A string key used for the first time; a varint byte count and its UTF-8 follow. It gets
  /// the next key index (0, 1, 2, … in stream order).
  static let keyDefinition: UInt8 = 0x0B
  /// A string key defined earlier; a varint of its index follows.
  static let keyReference: UInt8 = 0x0C
  /// An integer key ≥ 0; a varint of it follows.
  static let nonNegativeIntKey: UInt8 = 0x0D
  /// An integer key < 0; a varint of −1 − key follows.
  static let negativeIntKey: UInt8 = 0x0E
  /// Reserved: no token has this tag.
  static let unassigned: UInt8 = 0x0F
  /// String keys with index 0 … 111, one byte each: the tag is `shortKeyBase` + index.
  static let shortKeyReferences: ClosedRange<UInt8> = 0x10...0x7F
  static let shortKeyBase: UInt8 = 0x10
  /// The integers 0 … 127, one byte each: the tag is `smallIntegerBase` + value.
  static let smallIntegerBase: UInt8 = 0x80

  /// What `tag` stands for, for error messages ("a string", "the end of a container").
  static func describe(_ tag: UInt8) -> String {
    switch tag {
    case null: "nil"
    case falseValue, trueValue: "a Bool"
    case negativeInteger, nonNegativeInteger, smallIntegerBase...UInt8.max: "an integer"
    case float: "a Float"
    case double: "a Double"
    case string: "a string"
    case keyedBegin: "a keyed container"
    case unkeyedBegin: "an unkeyed container"
    case end: "the end of a container"
    case keyDefinition, keyReference, shortKeyReferences: "a string key"
    case nonNegativeIntKey, negativeIntKey: "an integer key"
    default: "the unassigned tag 0x0F"  // the only tag left
    }
  }
}
