/// Decodes a `Decodable` value from the byte stream of ``BinaryEncoder`` (its documentation
/// describes the format), exactly as it was encoded.
///
/// The whole stream is checked first (``BinaryStructureValidator``): truncated or corrupted
/// input — an unknown or misplaced tag, a varint over 64 bits, a length beyond the input,
/// unbalanced containers, an undefined key, trailing bytes — throws ``BinaryDecodingError``
/// before any value is built. Decoding then throws `DecodingError` with the coding path:
/// `typeMismatch` for a value of another kind or an integer the type cannot hold,
/// `valueNotFound` for nil, `keyNotFound` for a missing key, `dataCorrupted` for a string
/// that is not UTF-8. Nothing traps, loops forever, or allocates more than a small multiple of
/// the input.
///
/// Unread entries and elements are skipped, so a type may read fewer fields than were written.
/// Time O(n) for n bytes when keys are read in the order they were written (synthesized
/// `Codable` does), O(n) more at worst otherwise.
package struct BinaryDecoder: Sendable {
  package init() {}

  /// The value of type `type` encoded in `bytes`.
  package func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    try BinaryDecodingSession(bytes: bytes).decode(T.self)
  }
}
