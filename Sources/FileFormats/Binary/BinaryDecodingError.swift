/// A byte stream that is not a well-formed encoding of ``BinaryEncoder``'s format: where the
/// problem is, what the format requires there and what is there instead. Thrown by
/// ``BinaryDecoder`` before any value is decoded (the whole stream is checked first), so a
/// truncated or corrupted checkpoint is refused without building a partial state.
package struct BinaryDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Byte offset of the problem from the start of the stream [bytes].
  package var offset: Int
  /// What the format requires at `offset` ("a value", "a key or the end of a keyed container").
  package var expected: String
  /// What is there instead ("the end of the input", "an integer key").
  package var found: String

  package init(offset: Int, expected: String, found: String) {
    self.offset = offset
    self.expected = expected
    self.found = found
  }

  package var description: String { "byte \(offset): expected \(expected), found \(found)" }
}
