/// How the binary format stores a `CodingKey`: as an integer when its `stringValue` is the
/// decimal form of its `intValue` (the keys of `Dictionary<Int, V>`, and of
/// `Dictionary<String, V>` for a string such as "42"), otherwise as its `stringValue`.
///
/// The rule depends on the key alone, so the encoder and the decoder agree on it, and either
/// form gives the key back exactly: `Key(intValue:)` for an integer, `Key(stringValue:)` for a
/// text. (Keys with a different `intValue`, such as `CodingKeys: Int`, keep their names.)
enum BinaryKeyForm: Hashable {
  case text(String)
  case int(Int)

  /// O(1) for keys without an `intValue`; formats the integer otherwise.
  init(_ key: some CodingKey) {
    if let int = key.intValue, key.stringValue == String(int) {
      self = .int(int)
    } else {
      self = .text(key.stringValue)
    }
  }

  /// The key of type `Key` this form stands for, or nil if `Key` has no such key.
  func key<Key: CodingKey>(as type: Key.Type) -> Key? {
    switch self {
    case .text(let text): Key(stringValue: text)
    case .int(let int): Key(intValue: int)
    }
  }
}
