/// Everything one ``BinaryEncoder/encode(_:)`` call keeps: the output, the key table, the
/// stack of open containers, the pending value slot and the first error. A struct inside one
/// ``BinaryEncodingSession``: each operation below is one mutating call, so one exclusivity
/// check, and none of them calls a value's own `encode(to:)`.
///
/// **Lazy ends.** Codable never says when a container is finished, so its `end` tag is written
/// when something is next written to an enclosing container
/// (``prepare(_:value:codingKey:)``), or by ``finish()``. A container used after that is
/// refused with an error.
///
/// **Value slots.** A nested value (`encode(value, forKey:)`, an element, `superEncoder()`)
/// is given a slot, numbered like containers: its key is written, the slot is pending, and the
/// value's encoder fills it by opening one container or writing one single value. A slot still
/// pending when anything else is written, or when the value's `encode(to:)` returns, gets an
/// empty keyed container, so every key has a value. At most one slot is pending at a time.
///
/// **Errors.** The first error thrown anywhere in the encoding is kept and thrown by
/// ``finish()``, even if the value's own code caught it: a stream whose writing failed midway
/// is never returned. Errors that cannot be thrown where they happen (container requests do
/// not throw) are kept the same way.
struct BinaryEncodingState {
  /// Starts at 4 KiB and doubles as it fills (amortised O(1) a byte).
  private var output = BinaryByteWriter(capacity: 4096)
  /// String keys by text, and their texts by index (order of first use).
  private var keyIndices: [String: Int] = [:]
  private var keyTexts: [String] = []
  /// For each key index, the key written after it last time (or −1): field names come in the
  /// same order value after value, so this predicts the next key without hashing its text.
  private var keyAfter: [Int] = []
  private var previousKey = -1
  private var frames: [Frame] = []
  /// The slot whose key is written but whose value is not; 0 for none (slot 0 is never open:
  /// encoders of closed slots carry it).
  private var pendingSlot: UInt32 = 0
  private var lastSerial: UInt32 = 0
  /// The key of the value each open container is writing now: `codingPath` without copies.
  private var currentKeys: [any CodingKey] = []
  private(set) var firstError: (any Error)?

  /// An open container.
  private struct Frame {
    let serial: UInt32
    /// The slot whose encoder opened it (it may ask again for the same keyed container), or 0
    /// for a nested container.
    let openerSlot: UInt32
    let isKeyed: Bool
  }

  /// The slot of the top-level value, pending.
  mutating func openTopLevelSlot() -> UInt32 {
    pendingSlot = newSerial()
    return pendingSlot
  }

  /// The finished stream: fills a pending slot, closes every container; throws the first
  /// error kept.
  mutating func finish() throws -> [UInt8] {
    fillPendingSlot()
    closeContainers(downTo: 0)
    if let firstError { throw firstError }
    return output.bytes
  }

  /// The coding path of a value written by the container at `depth` (0: the top-level value).
  func codingPath(depth: Int32) -> [any CodingKey] {
    Array(currentKeys.prefix(Int(depth)))
  }

  // MARK: Entries and elements

  /// Writes `value` (nil: nil) under `key` in the keyed container `frame`; `codingKey` is the
  /// key, for errors.
  mutating func writeEntry<T: BinaryPrimitive>(
    _ value: T?, forKey key: BinaryKeyForm, in frame: BinaryFrameHandle, codingKey: @autoclosure () -> any CodingKey
  ) throws {
    try prepare(frame, value: value as Any, codingKey: codingKey())
    writeKey(key)
    write(value)
  }

  /// Writes `key` in the keyed container `frame`, for a value that follows (a nested value or
  /// `superEncoder`); `value` and `codingKey` are for errors.
  mutating func beginEntry(
    forKey key: BinaryKeyForm, in frame: BinaryFrameHandle, value: @autoclosure () -> Any,
    codingKey: @autoclosure () -> any CodingKey
  ) throws {
    try prepare(frame, value: value(), codingKey: codingKey())
    writeKey(key)
  }

  /// Writes `value` (nil: nil) as the element number `index` of the unkeyed container `frame`.
  mutating func writeElement<T: BinaryPrimitive>(_ value: T?, in frame: BinaryFrameHandle, index: Int) throws {
    try prepare(frame, value: value as Any, codingKey: BinaryIndexKey(index))
    write(value)
  }

  /// Readies the container `frame` for a write: refuses it if it was closed, fills an abandoned
  /// slot, and closes (writes `end` for) every container opened inside it. O(containers closed).
  /// `value` and `codingKey` (the key written under) are for the error.
  mutating func prepare(
    _ frame: BinaryFrameHandle, value: @autoclosure () -> Any, codingKey: @autoclosure () -> any CodingKey
  ) throws {
    let depth = Int(frame.depth)
    guard depth > 0, depth <= frames.count, frames[depth - 1].serial == frame.serial else {
      throw record(
        EncodingError.invalidValue(
          value(),
          .init(
            codingPath: codingPath(depth: frame.depth - 1) + [codingKey()],
            debugDescription:
              "This container is closed: a value was written to a container enclosing it after it was opened."
          )))
    }
    fillPendingSlot()
    closeContainers(downTo: depth)
  }

  // MARK: Containers and slots

  /// A container for the value of `slot`, written by an encoder at `depth`: a new one if the
  /// slot is pending; the same one again if the slot's encoder already opened a keyed container
  /// that is still open (as `super.encode(to: encoder)` does); otherwise a closed handle, and
  /// the error is kept.
  mutating func container(keyed: Bool, depth: Int32, slot: UInt32) -> BinaryFrameHandle {
    if isPending(slot) {
      pendingSlot = 0
      return open(keyed: keyed, openerSlot: slot)
    }
    let index = Int(depth)
    if keyed, slot != 0, index < frames.count, frames[index].openerSlot == slot, frames[index].isKeyed {
      return BinaryFrameHandle(depth: depth + 1, serial: frames[index].serial)
    }
    _ = record(
      EncodingError.invalidValue(
        keyed ? "keyed container" : "unkeyed container",
        .init(
          codingPath: codingPath(depth: depth),
          debugDescription:
            "A value asked for a container after it had already encoded a single value or a container of the other kind, or after its slot was closed."
        )))
    return BinaryFrameHandle(depth: depth + 1, serial: 0)
  }

  /// A container nested in `frame` (by `nestedContainer`) under `key` (nil in an unkeyed
  /// container); `codingKey` is its coding-path key. A closed handle if `frame` is closed (the
  /// error is kept).
  mutating func nestedContainer(
    keyed: Bool, in frame: BinaryFrameHandle, key: BinaryKeyForm?, codingKey: any CodingKey
  ) -> BinaryFrameHandle {
    do {
      try prepare(frame, value: codingKey.stringValue, codingKey: codingKey)
    } catch {
      return BinaryFrameHandle(depth: frame.depth + 1, serial: 0)
    }
    if let key { writeKey(key) }
    setCurrentKey(codingKey, depth: frame.depth)
    return open(keyed: keyed, openerSlot: 0)
  }

  /// Opens a slot for a value of the container at `depth` (its key already written) and
  /// returns it. `key` is the value's coding-path key.
  mutating func openSlot(depth: Int32, key: some CodingKey) -> UInt32 {
    setCurrentKey(key, depth: depth)
    pendingSlot = newSerial()
    return pendingSlot
  }

  /// Ends a nested value's `encode(to:)`: a slot it left empty gets an empty keyed container.
  mutating func closeSlot(_ slot: UInt32) {
    if isPending(slot) { fillPendingSlot() }
  }

  /// Throws (and keeps the error) unless `slot`, of a value at `depth`, is waiting for its
  /// value; `value` is for the error.
  mutating func requirePending(_ slot: UInt32, depth: Int32, value: @autoclosure () -> Any) throws {
    guard isPending(slot) else {
      throw record(
        EncodingError.invalidValue(
          value(),
          .init(
            codingPath: codingPath(depth: depth),
            debugDescription:
              "A single value container holds one value, and this one's value was already written (or its slot was closed)."
          )))
    }
  }

  /// Writes `value` (nil: nil) as the value of `slot`, which must be pending.
  mutating func writeSingleValue<T: BinaryPrimitive>(_ value: T?, slot: UInt32, depth: Int32) throws {
    try requirePending(slot, depth: depth, value: value as Any)
    pendingSlot = 0
    write(value)
  }

  /// Keeps `error` if it is the first, and returns it.
  mutating func record(_ error: any Error) -> any Error {
    if firstError == nil { firstError = error }
    return error
  }

  private func isPending(_ slot: UInt32) -> Bool { slot != 0 && slot == pendingSlot }

  private mutating func newSerial() -> UInt32 {
    lastSerial &+= 1
    if lastSerial == 0 { lastSerial = 1 }
    return lastSerial
  }

  private mutating func open(keyed: Bool, openerSlot: UInt32) -> BinaryFrameHandle {
    output.append(keyed ? BinaryTag.keyedBegin : BinaryTag.unkeyedBegin)
    let serial = newSerial()
    frames.append(Frame(serial: serial, openerSlot: openerSlot, isKeyed: keyed))
    return BinaryFrameHandle(depth: Int32(frames.count), serial: serial)
  }

  private mutating func fillPendingSlot() {
    guard pendingSlot != 0 else { return }
    output.append(BinaryTag.keyedBegin)
    output.append(BinaryTag.end)
    pendingSlot = 0
  }

  private mutating func closeContainers(downTo depth: Int) {
    while frames.count > depth {
      output.append(BinaryTag.end)
      frames.removeLast()
    }
  }

  /// Records `key` as the key of the value the container at `depth` writes now.
  private mutating func setCurrentKey(_ key: some CodingKey, depth: Int32) {
    let index = Int(depth) - 1
    if index < currentKeys.count {
      currentKeys[index] = key
    } else {
      currentKeys.append(key)  // index == count: enclosing containers set theirs before this one opened
    }
  }

  // MARK: Writing

  private mutating func write<T: BinaryPrimitive>(_ value: T?) {
    if let value { value.write(to: &output) } else { output.append(BinaryTag.null) }
  }

  /// Writes `key`; a string key's text only at its first use. O(1) expected: no hashing when
  /// the key is the one that followed the previous key last time.
  private mutating func writeKey(_ key: BinaryKeyForm) {
    let text: String
    switch key {
    case .int(let int):
      output.writeIntKey(int)
      return
    case .text(let keyText): text = keyText
    }
    if previousKey >= 0 {
      let predicted = keyAfter[previousKey]
      if predicted >= 0, keyTexts[predicted] == text {
        output.writeKeyReference(predicted)
        previousKey = predicted
        return
      }
    }
    let index: Int
    if let known = keyIndices[text] {
      index = known
      output.writeKeyReference(index)
    } else {
      index = keyTexts.count
      keyIndices[text] = index
      keyTexts.append(text)
      keyAfter.append(-1)
      output.writeText(text, tag: BinaryTag.keyDefinition)
    }
    if previousKey >= 0 { keyAfter[previousKey] = index }
    previousKey = index
  }
}
