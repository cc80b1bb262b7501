/// Encodes an `Encodable` value as a compact, tagged byte stream — the format of simulation
/// checkpoints — that ``BinaryDecoder`` decodes back exactly: every integer, every `Float` and
/// `Double` bit pattern (NaN payloads, −0.0, infinities, subnormals), every string.
///
/// ```swift
/// let bytes = try BinaryEncoder().encode(state)
/// let again = try BinaryDecoder().decode(SimulationState.self, from: bytes)
/// ```
///
/// Time O(output size); the output is one `[UInt8]`, and the encoding allocates little beyond
/// it and the keyed containers Codable itself boxes.
///
/// ## Format, version 1
///
/// A stream is exactly one value. Every value and every key starts with a one-byte tag.
///
/// | Tag | Token | Payload |
/// |---|---|---|
/// | `0x00` | nil | — |
/// | `0x01`, `0x02` | false, true | — |
/// | `0x80`–`0xFF` | integer 0 … 127 (the tag − 0x80) | — |
/// | `0x04` | integer ≥ 0 (written for ≥ 128) | varint of the value |
/// | `0x03` | integer < 0 | varint of −1 − value |
/// | `0x05` | `Float` | its bit pattern, 4 bytes little-endian |
/// | `0x06` | `Double` | its bit pattern, 8 bytes little-endian |
/// | `0x07` | string | varint byte count, then that many bytes of UTF-8 |
/// | `0x08` | keyed container | entries — a key, then a value — then `0x0A` |
/// | `0x09` | unkeyed container | values, then `0x0A` |
/// | `0x0A` | end of the innermost open container | — |
/// | `0x0B` | string key, first use | varint byte count, then UTF-8; it gets the next key index |
/// | `0x10`–`0x7F` | string key with index 0 … 111 (the tag − 0x10) | — |
/// | `0x0C` | string key with any index | varint of the index |
/// | `0x0D` | integer key ≥ 0 | varint of the key |
/// | `0x0E` | integer key < 0 | varint of −1 − key |
///
/// `0x0F` is unassigned. Keys (`0x0B`–`0x0E`, `0x10`–`0x7F`) stand only where a keyed
/// container expects its next entry. A varint is unsigned LEB128: seven bits a byte, least
/// significant first, the high bit set on every byte but the last; at most 10 bytes, 64 bits.
///
/// - **Integers** have one encoding per value whatever the Swift type that wrote them, and
///   decode into any integer type that holds the value (`Int64.min` … `UInt64.max`); into one
///   that does not, they throw `typeMismatch`. `Int128` and `UInt128` are not supported (the
///   standard library's default `encode` throws `EncodingError.invalidValue`).
/// - **Keys.** A key whose `stringValue` is the decimal form of its `intValue` — the keys of
///   `Dictionary<Int, V>` — is an integer key; every other key is stored by its `stringValue`
///   (``BinaryKeyForm``). String keys are interned: key indices count the definitions (`0x0B`)
///   in stream order, and a key's text is written only at its first use, so a million structs
///   do not repeat their field names: each later use is one byte for the first 112 keys.
/// - **Lazy ends.** Codable never says when a container is finished, so its `end` is written
///   just before the next write to an enclosing container, or at the end of the stream.
/// - **Optionals.** `encodeNil(forKey:)` and `encodeIfPresent` of nil write the key with nil
///   (so reading fields in order never searches); decoding an absent key or nil with
///   `decodeIfPresent` gives nil. As with JSON, `Optional<Optional<T>>.some(nil)` is written as
///   nil and decodes as nil.
/// - **Empty values.** A value whose `encode(to:)` writes nothing is stored as an empty keyed
///   container.
/// - **Super.** `superEncoder()` of a keyed container writes the value under the key `super`
///   (`superEncoder(forKey:)`: under that key); of an unkeyed container, as the next element.
///   The returned encoder must write before the container is written to again (else the value
///   is an empty keyed container). A value's `encode(to:)` may ask its encoder for the same
///   keyed container twice, as `super.encode(to: encoder)` does; the entries join.
/// - **Keys twice.** Writing one key twice in a container stores both entries; decoding then
///   reads one of them.
/// - **Sets and dictionaries** of comparable elements or keys are written in ascending order,
///   in the containers their own `encode(to:)` uses (``BinaryAscendingOrder``): their own
///   order follows the hashing seed Swift draws afresh in every process, and one value must
///   have one encoding whatever the process. Others (keys that are not `Comparable`) are
///   written in iteration order; their bytes differ from run to run, their decoded values do
///   not.
///
/// There is no header: the checkpoint file around a stream (TwinOutputs' `CheckpointFile`)
/// carries the format version and a SHA-256 checksum; raise its version when this format
/// changes. The decoder checks the stream's structure, not its meaning: a flipped bit inside
/// a number decodes as another number.
///
/// **Errors.** Any error thrown while encoding fails the whole encoding, even if the value's
/// own code caught it; so does misuse that Codable gives no way to throw at (a second
/// container for one value, a container used after an enclosing container moved on).
package struct BinaryEncoder: Sendable {
  package init() {}

  /// The encoding of `value`. Throws `EncodingError` or the first error a value threw.
  package func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    try BinaryEncodingSession().encode(value)
  }
}
