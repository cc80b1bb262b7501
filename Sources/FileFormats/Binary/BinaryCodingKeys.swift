/// The coding key of an element of an unkeyed container, in coding paths: its index.
/// (One word, so it fits an existential's inline buffer.)
struct BinaryIndexKey: CodingKey {
  let index: Int

  init(_ index: Int) {
    self.index = index
  }

  init?(stringValue: String) {
    return nil
  }

  init?(intValue: Int) {
    index = intValue
  }

  var stringValue: String { "Index \(index)" }
  var intValue: Int? { index }
}

/// The key `super`, under which `superEncoder()` and `superDecoder()` store the value when the
/// container's own key type has no such key.
struct BinarySuperKey: CodingKey {
  init() {}

  init?(stringValue: String) {
    guard stringValue == "super" else { return nil }
  }

  init?(intValue: Int) {
    return nil
  }

  var stringValue: String { "super" }
  var intValue: Int? { nil }
}
