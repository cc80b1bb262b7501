/// A set or dictionary that the binary encoding writes in ascending order. Their own
/// `encode(to:)` writes elements in iteration order, which follows the hashing seed Swift
/// draws afresh in every process, so one value would give different bytes in two processes.
/// The encoder calls ``encodeInAscendingOrder(to:)`` instead, which writes the same
/// containers and keys as their own `encode(to:)` (so any decoder reads them as before), in
/// ascending order of element or key.
protocol BinaryAscendingOrder {
  /// Writes `self` as its own `encode(to:)` would, in ascending order. O(n log n).
  func encodeInAscendingOrder(to encoder: any Encoder) throws
}

extension Set: BinaryAscendingOrder where Element: Encodable & Comparable {
  func encodeInAscendingOrder(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    for element in sorted() { try container.encode(element) }
  }
}

extension Dictionary: BinaryAscendingOrder where Key: Encodable & Comparable, Value: Encodable {
  /// The standard library's choice of container: keyed by the key's coding key for keys
  /// that are `CodingKeyRepresentable` (`String` and `Int` among them); otherwise unkeyed, key
  /// and value alternating.
  func encodeInAscendingOrder(to encoder: any Encoder) throws {
    let entries = sorted { $0.key < $1.key }
    if Key.self is any CodingKeyRepresentable.Type {
      var container = encoder.container(keyedBy: EntryKey.self)
      for (key, value) in entries {
        // Every key is CodingKeyRepresentable, as its type is.
        try container.encode(value, forKey: EntryKey((key as! any CodingKeyRepresentable).codingKey))
      }
    } else {
      var container = encoder.unkeyedContainer()
      for (key, value) in entries {
        try container.encode(key)
        try container.encode(value)
      }
    }
  }
}

/// A dictionary entry's key: the key's own coding key, as the standard library's
/// dictionary coding writes it.
private struct EntryKey: CodingKey {
  let stringValue: String
  let intValue: Int?

  init(_ key: any CodingKey) {
    stringValue = key.stringValue
    intValue = key.intValue
  }

  init(stringValue: String) {
    self.stringValue = stringValue
    intValue = Int(stringValue)
  }

  init(intValue: Int) {
    stringValue = "\(intValue)"
    self.intValue = intValue
  }
}
