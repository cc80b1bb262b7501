/// Everything one ``BinaryDecoder/decode(_:from:)`` call keeps: the checked bytes, the key
/// table and the stack of open containers, each with its cursor. A struct inside one
/// ``BinaryDecodingSession``: each operation below is one mutating call, so one exclusivity
/// check, and none of them calls a value's own `init(from:)`.
///
/// Values are read at offsets. A container's **cursor** is the offset of its next unread
/// entry or element; reading advances it past the value read. A keyed container finds a key at
/// its cursor in O(1) when keys are read in the order they were written (as synthesized code
/// does); otherwise it scans its entries once, and from its second such miss on looks keys up
/// in a hash index built by one more scan, so any order of reads costs O(container size)
/// beyond the reads themselves.
///
/// **Lazy ends.** Codable never says when a container is finished: before a container reads,
/// every container opened inside it is closed — its unread entries skipped, its `end`
/// consumed — and a nested value's containers are closed as soon as its `init(from:)` returns.
/// A container used after it was closed throws `dataCorrupted`.
struct BinaryDecodingState {
  let reader: BinaryByteReader
  private let keys: BinaryKeyTable
  private var frames: [Frame] = []
  private var lastSerial: UInt32 = 0
  /// The key of the value each open container is reading now: `codingPath` without copies.
  private var currentKeys: [any CodingKey] = []

  /// An open container.
  private struct Frame {
    let serial: UInt32
    /// The container this one is a value of (`topLevel` for the top-level value).
    let parent: BinaryFrameHandle
    /// Offset of its begin tag.
    let offset: Int
    let isKeyed: Bool
    /// Opened by `nestedContainer`: closing it moves the parent's cursor past it. (A value's
    /// own containers are accounted for by the parent when `init(from:)` returns.)
    let movesParentCursor: Bool
    var cursor: Int
    /// Offset of its `end` tag, once a scan has found it.
    var end: Int?
    /// Keyed: whether a key was already looked for beyond the cursor.
    var hasMissed = false
    /// Keyed: value offsets by key (first entry of each key), built at the second miss.
    var valueOffsets: [BinaryKeyForm: Int]?
    /// Unkeyed: the number of elements, once counted.
    var count: Int?
  }

  /// Checks the whole stream (``BinaryStructureValidator``). O(n).
  init(bytes: [UInt8]) throws(BinaryDecodingError) {
    reader = BinaryByteReader(bytes: bytes)
    keys = try BinaryStructureValidator.keyTable(of: reader)
  }

  // MARK: Coding paths

  /// The coding path of a value read by the container at `depth` (0: the top-level value).
  func codingPath(depth: Int32) -> [any CodingKey] {
    Array(currentKeys.prefix(Int(depth)))
  }

  /// Records `key` as the key of the value the container at `depth` reads now.
  mutating func setCurrentKey(_ key: some CodingKey, depth: Int32) {
    let index = Int(depth) - 1
    if index < currentKeys.count {
      currentKeys[index] = key
    } else {
      currentKeys.append(key)  // index == count: enclosing containers set theirs before this one opened
    }
  }

  // MARK: Containers

  /// The container of the value at `offset` read by the container `parent`: its own (asked
  /// for by its decoder) or, with `codingKey`, nested (by `nestedContainer`, under that key). A
  /// value's decoder asking again for the keyed container it opened gets the same one (as
  /// `super.init(from: decoder)` does). Throws `typeMismatch` (`valueNotFound` for nil) if
  /// the value is not such a container.
  mutating func container(
    keyed: Bool, at offset: Int, in parent: BinaryFrameHandle, nestedUnder codingKey: (any CodingKey)?,
    type: Any.Type
  ) throws -> BinaryFrameHandle {
    let depth = Int(parent.depth)
    let nested = codingKey != nil
    if keyed, !nested, isOpen(parent), depth < frames.count {
      let frame = frames[depth]
      if frame.isKeyed, frame.offset == offset, frame.parent == parent, !frame.movesParentCursor {
        return BinaryFrameHandle(depth: parent.depth + 1, serial: frame.serial)
      }
    }
    try prepare(parent)
    if let codingKey { setCurrentKey(codingKey, depth: parent.depth) }
    let begin = keyed ? BinaryTag.keyedBegin : BinaryTag.unkeyedBegin
    guard try reader.byte(at: offset, expected: "a value") == begin else {
      throw reader.mismatch(
        type, expected: keyed ? "a keyed container" : "an unkeyed container", at: offset,
        path: codingPath(depth: parent.depth))
    }
    lastSerial &+= 1
    if lastSerial == 0 { lastSerial = 1 }
    frames.append(
      Frame(
        serial: lastSerial, parent: parent, offset: offset, isKeyed: keyed, movesParentCursor: nested,
        cursor: offset + 1))
    return BinaryFrameHandle(depth: Int32(frames.count), serial: lastSerial)
  }

  /// Steps the container `parent` past the value at `offset` it handed to a decoder whose
  /// `init(from:)` has returned: closes the containers the value opened (skipping what it left
  /// unread), or skips the value if it opened none. O(bytes skipped).
  mutating func finishValue(at offset: Int, in parent: BinaryFrameHandle) throws {
    let depth = Int(parent.depth)
    var after: Int?
    if frames.count > depth {
      let ownContainer = frames[depth].offset == offset && frames[depth].parent == parent
      var closed = 0
      while frames.count > depth { closed = try closeInnermost() }
      if ownContainer { after = closed }
    }
    setCursor(try after ?? reader.valueEnd(at: offset), in: parent)
  }

  /// Whether `frame` is the top level or a container still open.
  private func isOpen(_ frame: BinaryFrameHandle) -> Bool {
    let depth = Int(frame.depth)
    return depth == 0 || (depth <= frames.count && frames[depth - 1].serial == frame.serial)
  }

  /// Readies the container `frame` (or the top level) for a read: refuses it if it was closed,
  /// and closes every container opened inside it. O(bytes skipped).
  private mutating func prepare(_ frame: BinaryFrameHandle) throws {
    guard isOpen(frame) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: codingPath(depth: max(frame.depth - 1, 0)),
          debugDescription:
            "This decoding container is closed: a container enclosing it read another value after it was opened."))
    }
    while frames.count > Int(frame.depth) { _ = try closeInnermost() }
  }

  /// Moves the cursor of the container `frame` to `offset` (if it is still open).
  private mutating func setCursor(_ offset: Int, in frame: BinaryFrameHandle) {
    if frame.depth > 0, isOpen(frame) { frames[Int(frame.depth) - 1].cursor = offset }
  }

  /// Closes the innermost open container; returns the offset after its `end`.
  private mutating func closeInnermost() throws(BinaryDecodingError) -> Int {
    let frame = frames.removeLast()
    let after: Int
    if let end = frame.end { after = end + 1 } else { after = try reader.containerEnd(from: frame.cursor) + 1 }
    if frame.movesParentCursor { setCursor(after, in: frame.parent) }
    return after
  }

  // MARK: Keyed containers

  /// Reads the primitive under `key` in the keyed container `frame` and steps past it;
  /// `codingKey` is the key, for errors.
  mutating func readEntry<T: BinaryPrimitive>(
    _ type: T.Type, forKey key: BinaryKeyForm, in frame: BinaryFrameHandle,
    codingKey: @autoclosure () -> any CodingKey
  ) throws -> T {
    let offset = try requiredOffset(forKey: key, in: frame, codingKey: codingKey())
    return try read(T.self, at: offset, in: frame, codingKey: codingKey())
  }

  /// As ``readEntry(_:forKey:in:codingKey:)``, but nil for an absent key or a stored nil.
  mutating func readEntryIfPresent<T: BinaryPrimitive>(
    _ type: T.Type, forKey key: BinaryKeyForm, in frame: BinaryFrameHandle,
    codingKey: @autoclosure () -> any CodingKey
  ) throws -> T? {
    guard let offset = try presentOffset(forKey: key, in: frame) else { return nil }
    return try read(T.self, at: offset, in: frame, codingKey: codingKey())
  }

  /// Whether the value under `key` is nil (then stepped past); throws `keyNotFound` if absent.
  mutating func decodeNil(
    forKey key: BinaryKeyForm, in frame: BinaryFrameHandle, codingKey: @autoclosure () -> any CodingKey
  ) throws -> Bool {
    let offset = try requiredOffset(forKey: key, in: frame, codingKey: codingKey())
    guard try reader.byte(at: offset, expected: "a value") == BinaryTag.null else { return false }
    setCursor(offset + 1, in: frame)
    return true
  }

  /// The offset of the value under `key`; throws `keyNotFound` (with `codingKey`) if absent.
  mutating func requiredOffset(
    forKey key: BinaryKeyForm, in frame: BinaryFrameHandle, codingKey: @autoclosure () -> any CodingKey
  ) throws -> Int {
    guard let offset = try valueOffset(forKey: key, in: frame) else {
      let codingKey = codingKey()
      throw DecodingError.keyNotFound(
        codingKey,
        .init(
          codingPath: codingPath(depth: frame.depth - 1),
          debugDescription: "No value for the key \"\(codingKey.stringValue)\"."))
    }
    return offset
  }

  /// The offset of the value under `key`, or nil if it is absent or nil (then stepped past).
  mutating func presentOffset(forKey key: BinaryKeyForm, in frame: BinaryFrameHandle) throws -> Int? {
    guard let offset = try valueOffset(forKey: key, in: frame) else { return nil }
    guard try reader.byte(at: offset, expected: "a value") == BinaryTag.null else { return offset }
    setCursor(offset + 1, in: frame)
    return nil
  }

  /// The offset of the value under `key` for `superDecoder`, with the cursor stepped past it
  /// now (the decoder may be used later); `codingKey` becomes the current key.
  mutating func superValueOffset(
    forKey key: BinaryKeyForm, in frame: BinaryFrameHandle, codingKey: some CodingKey
  ) throws -> Int {
    let offset = try requiredOffset(forKey: key, in: frame, codingKey: codingKey)
    setCurrentKey(codingKey, depth: frame.depth)
    setCursor(try reader.valueEnd(at: offset), in: frame)
    return offset
  }

  /// The keys of the keyed container `frame`, in stream order. O(container size).
  mutating func keys(in frame: BinaryFrameHandle) throws -> [BinaryKeyForm] {
    try prepare(frame)
    var found: [BinaryKeyForm] = []
    try forEachEntry(ofFrame: Int(frame.depth) - 1) { key, _ in
      found.append(key)
      return true
    }
    return found
  }

  /// The offset of the value stored under `key` in the keyed container `frame`, or nil if it
  /// has none. O(1) if `key` is at the cursor; else a scan, or a hash lookup from the
  /// container's second miss on.
  mutating func valueOffset(forKey key: BinaryKeyForm, in frame: BinaryFrameHandle) throws -> Int? {
    try prepare(frame)
    let index = Int(frame.depth) - 1
    let cursor = frames[index].cursor
    if try reader.byte(at: cursor, expected: "an entry") != BinaryTag.end {
      let (found, offset) = try keyForm(at: cursor)
      if found == key { return offset }
    }
    if let valueOffsets = frames[index].valueOffsets { return valueOffsets[key] }
    if !frames[index].hasMissed {
      frames[index].hasMissed = true
      var match: Int?
      try forEachEntry(ofFrame: index) { found, offset in
        if found == key { match = offset }
        return match == nil
      }
      return match
    }
    var valueOffsets: [BinaryKeyForm: Int] = [:]
    try forEachEntry(ofFrame: index) { found, offset in
      if valueOffsets[found] == nil { valueOffsets[found] = offset }
      return true
    }
    frames[index].valueOffsets = valueOffsets
    return valueOffsets[key]
  }

  /// Calls `body` with each entry's key and value offset, in order, while it returns true;
  /// records the container's end if it reaches it.
  private mutating func forEachEntry(
    ofFrame index: Int, _ body: (BinaryKeyForm, Int) throws -> Bool
  ) throws {
    var position = frames[index].offset + 1
    while try reader.byte(at: position, expected: "an entry") != BinaryTag.end {
      let (key, offset) = try keyForm(at: position)
      guard try body(key, offset) else { return }
      position = try reader.valueEnd(at: offset)
    }
    frames[index].end = position
  }

  /// The key at `offset` and the offset of its value.
  private func keyForm(at offset: Int) throws(BinaryDecodingError) -> (BinaryKeyForm, Int) {
    let tag = try reader.byte(at: offset, expected: "a key")
    switch tag {
    case BinaryTag.shortKeyReferences:
      return (.text(try keyText(UInt64(tag - BinaryTag.shortKeyBase), at: offset)), offset + 1)
    case BinaryTag.keyReference:
      let (index, next) = try reader.varint(at: offset + 1)
      return (.text(try keyText(index, at: offset)), next)
    case BinaryTag.keyDefinition:
      guard let index = keys.index(ofDefinitionAt: offset) else { break }
      return (.text(keys.texts[index]), try reader.lengthPrefixed(at: offset + 1).upperBound)
    case BinaryTag.nonNegativeIntKey, BinaryTag.negativeIntKey:
      let (magnitude, next) = try reader.varint(at: offset + 1)
      guard let int = Int(exactly: magnitude) else { break }
      return (.int(tag == BinaryTag.negativeIntKey ? ~int : int), next)
    default: break
    }
    throw BinaryDecodingError(offset: offset, expected: "a key", found: BinaryTag.describe(tag))
  }

  private func keyText(_ index: UInt64, at offset: Int) throws(BinaryDecodingError) -> String {
    guard index < UInt64(keys.texts.count) else {
      throw BinaryDecodingError(offset: offset, expected: "a defined key", found: "key index \(index)")
    }
    return keys.texts[Int(index)]
  }

  // MARK: Unkeyed containers

  /// Reads the primitive that is element number `index` of the unkeyed container `frame`, and
  /// steps past it.
  mutating func readElement<T: BinaryPrimitive>(_ type: T.Type, in frame: BinaryFrameHandle, index: Int) throws -> T {
    let offset = try element(T.self, in: frame, index: index)
    return try read(T.self, at: offset, in: frame, codingKey: BinaryIndexKey(index))
  }

  /// Whether element number `index` of `frame` is nil (then stepped past).
  mutating func decodeNilElement(in frame: BinaryFrameHandle, index: Int) throws -> Bool {
    let offset = try element(Any?.self, in: frame, index: index)
    guard try reader.byte(at: offset, expected: "a value") == BinaryTag.null else { return false }
    setCursor(offset + 1, in: frame)
    return true
  }

  /// The offset of element number `index` of the unkeyed container `frame`; throws
  /// `valueNotFound` (`type`) at the end.
  mutating func element(_ type: Any.Type, in frame: BinaryFrameHandle, index: Int) throws -> Int {
    guard let offset = try nextElement(in: frame) else {
      throw DecodingError.valueNotFound(
        type,
        .init(
          codingPath: codingPath(depth: frame.depth - 1) + [BinaryIndexKey(index)],
          debugDescription: "The unkeyed container has no more elements."))
    }
    return offset
  }

  /// The offset of element number `index` for `superDecoder`, with the cursor stepped past it
  /// now (the decoder may be used later).
  mutating func superElementOffset(in frame: BinaryFrameHandle, index: Int) throws -> Int {
    let offset = try element((any Decoder).self, in: frame, index: index)
    setCurrentKey(BinaryIndexKey(index), depth: frame.depth)
    setCursor(try reader.valueEnd(at: offset), in: frame)
    return offset
  }

  /// The offset of the next element of the unkeyed container `frame`, or nil at its end.
  mutating func nextElement(in frame: BinaryFrameHandle) throws -> Int? {
    try prepare(frame)
    let cursor = frames[Int(frame.depth) - 1].cursor
    return try reader.byte(at: cursor, expected: "an element") == BinaryTag.end ? nil : cursor
  }

  /// The number of elements of the unkeyed container `frame`: one scan, then remembered.
  mutating func count(in frame: BinaryFrameHandle) throws -> Int {
    try prepare(frame)
    let index = Int(frame.depth) - 1
    if let count = frames[index].count { return count }
    var count = 0
    var position = frames[index].offset + 1
    while try reader.byte(at: position, expected: "an element") != BinaryTag.end {
      position = try reader.valueEnd(at: position)
      count += 1
    }
    frames[index].end = position
    frames[index].count = count
    return count
  }

  // MARK: Values

  /// The primitive at `offset`, a single value read by a decoder at `depth`.
  func read<T: BinaryPrimitive>(_ type: T.Type, at offset: Int, depth: Int32) throws -> T {
    try T.read(from: reader, at: offset, path: codingPath(depth: depth)).value
  }

  /// Whether the value at `offset` is nil.
  func isNil(at offset: Int) -> Bool {
    (try? reader.byte(at: offset, expected: "a value")) == BinaryTag.null
  }

  /// Reads the primitive at `offset` in the container `frame` under `codingKey`, and steps
  /// past it.
  private mutating func read<T: BinaryPrimitive>(
    _ type: T.Type, at offset: Int, in frame: BinaryFrameHandle, codingKey: @autoclosure () -> any CodingKey
  ) throws -> T {
    let (value, next) = try T.read(
      from: reader, at: offset, path: codingPath(depth: frame.depth - 1) + [codingKey()])
    setCursor(next, in: frame)
    return value
  }
}
