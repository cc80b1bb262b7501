/// The state one ``BinaryEncoder/encode(_:)`` call shares among its encoders and containers:
/// the output, the key table, the stack of open containers and the pending value slot.
///
/// **Lazy ends.** Codable never says when a container is finished, so its `end` tag is written
/// when something is next written to an enclosing container (``prepare(_:value:path:)``), or at
/// the very end of ``encode(_:)``. A container used after that is refused with an error.
///
/// **Value slots.** A nested value (`encode(value, forKey:)`, an element, `superEncoder()`)
/// is given a slot, numbered like containers: its key is written, the slot is pending, and the
/// value's encoder fills it by opening one container or writing one single value. A slot still
/// pending when anything else is written, or when the value's `encode(to:)` returns, gets an
/// empty keyed container, so every key has a value. At most one slot is pending at a time.
///
/// **Errors.** The first error thrown anywhere in the encoding is kept and thrown by
/// ``encode(_:)``, even if the value's own code caught it: a stream whose writing failed midway
/// is never returned. Errors that cannot be thrown where they happen (container requests do
/// not throw) are kept the same way.
final class BinaryEncodingState {
  private var output = BinaryByteWriter(capacity: 1 << 16)
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
  private var firstError: (any Error)?

  /// An open container.
  private struct Frame {
    let serial: UInt32
    /// The slot whose encoder opened it (it may ask again for the same keyed container), or 0
    /// for a nested container.
    let openerSlot: UInt32
    let isKeyed: Bool
  }

  /// The whole encoding of `value`. O(size of the output).
  func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let slot = newSerial()
    pendingSlot = slot
    do {
      try value.encode(to: BinaryValueEncoder(state: self, depth: 0, slot: slot))
    } catch {
      throw firstError ?? error
    }
    fillPendingSlot()
    closeContainers(downTo: 0)
    if let firstError { throw firstError }
    return output.bytes
  }

  // MARK: Containers and slots

  /// The coding path of a value written by the container at `depth` (0: the top-level value).
  func codingPath(depth: Int32) -> [any CodingKey] {
    Array(currentKeys.prefix(Int(depth)))
  }

  /// Readies the container `frame` for a write: refuses it if it was closed, fills an abandoned
  /// slot, and closes (writes `end` for) every container opened inside it. O(containers closed).
  func prepare(
    _ frame: BinaryFrameHandle, value: @autoclosure () -> Any, path: @autoclosure () -> [any CodingKey]
  ) throws {
    let depth = Int(frame.depth)
    guard depth > 0, depth <= frames.count, frames[depth - 1].serial == frame.serial else {
      throw record(
        EncodingError.invalidValue(
          value(),
          .init(
            codingPath: path(),
            debugDescription:
              "This container is closed: a value was written to a container enclosing it after it was opened."
          )))
    }
    fillPendingSlot()
    closeContainers(downTo: depth)
  }

  /// A container for the value of `slot`, written by an encoder at `depth`: a new one if the
  /// slot is pending; the same one again if the slot's encoder already opened a keyed container
  /// that is still open (as `super.encode(to: encoder)` does); otherwise a closed handle, and
  /// the error is kept.
  func container(keyed: Bool, depth: Int32, slot: UInt32) -> BinaryFrameHandle {
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

  /// A container nested in `frame` (by `nestedContainer`), after its key: `key` is its
  /// coding-path key. A closed handle if `frame` is closed (the error is kept).
  func nestedContainer(keyed: Bool, in frame: BinaryFrameHandle, key: some CodingKey, writingKey: Bool)
    -> BinaryFrameHandle
  {
    do {
      try prepare(frame, value: key.stringValue, path: codingPath(depth: frame.depth - 1) + [key])
    } catch {
      return BinaryFrameHandle(depth: frame.depth + 1, serial: 0)
    }
    if writingKey { writeKey(key) }
    setCurrentKey(key, depth: frame.depth)
    return open(keyed: keyed, openerSlot: 0)
  }

  /// Opens a slot for a value of the container at `depth` (its key already written) and
  /// returns it. `key` is the value's coding-path key.
  func openSlot(depth: Int32, key: some CodingKey) -> UInt32 {
    setCurrentKey(key, depth: depth)
    pendingSlot = newSerial()
    return pendingSlot
  }

  /// Encodes `value` in a new slot of the container at `depth`, whose key is written.
  func encodeNested<T: Encodable>(_ value: T, depth: Int32, key: some CodingKey) throws {
    let slot = openSlot(depth: depth, key: key)
    do {
      try value.encode(to: BinaryValueEncoder(state: self, depth: depth, slot: slot))
    } catch {
      throw record(error)
    }
    if isPending(slot) { fillPendingSlot() }
  }

  /// Throws (and keeps the error) unless `slot` is waiting for its value.
  func requirePending(
    _ slot: UInt32, value: @autoclosure () -> Any, path: @autoclosure () -> [any CodingKey]
  ) throws {
    guard isPending(slot) else {
      throw record(
        EncodingError.invalidValue(
          value(),
          .init(
            codingPath: path(),
            debugDescription:
              "A single value container holds one value, and this one's value was already written (or its slot was closed)."
          )))
    }
  }

  /// Writes `value` as the value of `slot`, which must be pending; `nil` writes nil.
  func writeSingleValue(
    _ value: (some BinaryPrimitive)?, slot: UInt32, path: @autoclosure () -> [any CodingKey]
  ) throws {
    try requirePending(slot, value: value as Any, path: path())
    pendingSlot = 0
    if let value { value.write(to: &output) } else { output.append(BinaryTag.null) }
  }

  /// Keeps `error` if it is the first, and returns it.
  func record(_ error: any Error) -> any Error {
    if firstError == nil { firstError = error }
    return error
  }

  private func isPending(_ slot: UInt32) -> Bool { slot != 0 && slot == pendingSlot }

  private func newSerial() -> UInt32 {
    lastSerial &+= 1
    if lastSerial == 0 { lastSerial = 1 }
    return lastSerial
  }

  private func open(keyed: Bool, openerSlot: UInt32) -> BinaryFrameHandle {
    output.append(keyed ? BinaryTag.keyedBegin : BinaryTag.unkeyedBegin)
    let serial = newSerial()
    frames.append(Frame(serial: serial, openerSlot: openerSlot, isKeyed: keyed))
    return BinaryFrameHandle(depth: Int32(frames.count), serial: serial)
  }

  private func fillPendingSlot() {
    guard pendingSlot != 0 else { return }
    output.append(BinaryTag.keyedBegin)
    output.append(BinaryTag.end)
    pendingSlot = 0
  }

  private func closeContainers(downTo depth: Int) {
    while frames.count > depth {
      output.append(BinaryTag.end)
      frames.removeLast()
    }
  }

  /// Records `key` as the key of the value the container at `depth` writes now.
  private func setCurrentKey(_ key: some CodingKey, depth: Int32) {
    let index = Int(depth) - 1
    if index < currentKeys.count {
      currentKeys[index] = key
    } else {
      currentKeys.append(key)  // index == count: enclosing containers set theirs before this one opened
    }
  }

  // MARK: Writing

  func write(_ value: some BinaryPrimitive) {
    value.write(to: &output)
  }

  func writeNil() {
    output.append(BinaryTag.null)
  }

  /// Writes `key` (see ``BinaryKeyForm``); a string key's text only at its first use.
  /// O(1) expected: no hashing when the key is the one that followed the previous key last time.
  func writeKey(_ key: some CodingKey) {
    let text: String
    switch BinaryKeyForm(key) {
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
