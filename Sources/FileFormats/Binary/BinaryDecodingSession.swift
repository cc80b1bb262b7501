/// The one reference a decoding's decoders and containers share. Its ``state`` is a struct
/// changed only by single mutating calls — one exclusivity check each — and never while a
/// value's own `init(from:)` runs: the two functions here that call into values hold no
/// access meanwhile.
final class BinaryDecodingSession {
  var state: BinaryDecodingState

  /// Checks the whole stream. O(n).
  init(bytes: [UInt8]) throws(BinaryDecodingError) {
    state = try BinaryDecodingState(bytes: bytes)
  }

  /// The top-level value.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try T(from: BinaryValueDecoder(session: self, parent: .topLevel, offset: 0))
  }

  /// Decodes the value at `offset` of the container `frame`, under `key`, with its own decoder;
  /// then steps the container past it.
  func decodeValue<T: Decodable>(
    _ type: T.Type, at offset: Int, in frame: BinaryFrameHandle, key: some CodingKey
  ) throws -> T {
    state.setCurrentKey(key, depth: frame.depth)
    let value = try T(from: BinaryValueDecoder(session: self, parent: frame, offset: offset))
    try state.finishValue(at: offset, in: frame)
    return value
  }
}
