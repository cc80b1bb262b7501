import FileFormats
import Foundation
import Testing

/// FIPS 180-4 example vectors (NIST CSRC "SHA256.pdf" and the long-message vector).
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func matchesTheStandardVectors(message: String, digest: String) {
    #expect(SHA256.hex(Array(message.utf8)) == digest)
    #expect(SHA256.hex(Data(message.utf8)) == digest)
  }

  @Test func oneMillionLetterAs() {
    #expect(
      SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding boundary (55, 56, 63, 64, 65 bytes) and split updates.
  @Test func incrementalUpdatesEqualOneShotHashing() {
    for length in [55, 56, 63, 64, 65, 129] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
      var hasher = SHA256()
      hasher.update(bytes.prefix(length / 3))
      hasher.update(bytes.dropFirst(length / 3))
      #expect(hasher.finalize() == SHA256.hash(bytes), "length \(length)")
    }
  }

  /// 56 bytes: the padding no longer fits the first block (a well-known off-by-one spot).
  @Test func fiftySixBytesOfA() {
    #expect(
      SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 56))
        == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
  }
}
