/// The string keys defined in a stream, by index (their order of definition), with the offset
/// of each definition so that a definition token met again while decoding resolves to its
/// index. Built by ``BinaryStructureValidator``; memory O(key text).
struct BinaryKeyTable {
  private(set) var texts: [String] = []
  /// Offsets of the definitions, increasing (definitions are registered in stream order).
  private var definitionOffsets: [Int] = []

  /// Registers the key defined at `offset`, which lies after every earlier definition.
  mutating func define(_ text: String, at offset: Int) {
    texts.append(text)
    definitionOffsets.append(offset)
  }

  /// The index of the key defined at `offset`, or nil if no definition starts there.
  /// O(log keys).
  func index(ofDefinitionAt offset: Int) -> Int? {
    var low = 0
    var high = definitionOffsets.count
    while low < high {
      let middle = (low + high) / 2
      if definitionOffsets[middle] < offset { low = middle + 1 } else { high = middle }
    }
    return low < definitionOffsets.count && definitionOffsets[low] == offset ? low : nil
  }
}
