/// The one reference an encoding's encoders and containers share. Its ``state`` is a struct
/// changed only by single mutating calls — one exclusivity check each, where a class with
/// many properties would pay one per property touched — and never while a value's own
/// `encode(to:)` runs: the two functions here that call into values hold no access meanwhile.
final class BinaryEncodingSession {
  var state = BinaryEncodingState()

  /// The whole encoding of `value`. O(size of the output).
  func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let slot = state.openTopLevelSlot()
    do {
      try BinaryValueEncoder(session: self, depth: 0, slot: slot).write(value)
    } catch {
      throw state.firstError ?? error
    }
    return try state.finish()
  }

  /// Encodes `value` in a new slot of the container at `depth`, whose key is written; `key` is
  /// its coding-path key.
  func encodeNested<T: Encodable>(_ value: T, depth: Int32, key: some CodingKey) throws {
    let slot = state.openSlot(depth: depth, key: key)
    do {
      try BinaryValueEncoder(session: self, depth: depth, slot: slot).write(value)
    } catch {
      throw state.record(error)
    }
    state.closeSlot(slot)
  }
}
