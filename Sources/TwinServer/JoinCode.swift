/// The characters of a join code: capital letters and digits that cannot be mistaken for one
/// another when read off a projector (no 0/O, 1/I/L), 31 of them.
let joinCodeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

/// A new join code of 6 characters from an unambiguous alphabet of 31 (about 8.9 × 10⁸ codes),
/// e.g. "K7QM3X", drawn from `generator`. O(1).
public func makeJoinCode(using generator: inout some RandomNumberGenerator) -> String {
  var code = ""
  for _ in 0..<6 { code.append(joinCodeAlphabet[Int.random(in: 0..<joinCodeAlphabet.count, using: &generator)]) }
  return code
}

/// Whether a request carries the join code `expected`: the query's `code` or the
/// `x-join-code` header equals it, ignoring ASCII case. O(code length).
func carriesJoinCode(_ expected: String, query: [String: String], headers: [String: String]) -> Bool {
  [query["code"], headers["x-join-code"]].contains { given in given.map { sameCode($0, expected) } ?? false }
}

/// Whether two codes are equal ignoring ASCII case, in a time that depends on their lengths
/// only, so timing tells a guesser nothing about how much of a code was right. O(length).
private func sameCode(_ given: String, _ expected: String) -> Bool {
  let a = Array(given.uppercased().utf8)
  let b = Array(expected.uppercased().utf8)
  guard a.count == b.count else { return false }
  var difference: UInt8 = 0
  for (x, y) in zip(a, b) { difference |= x ^ y }
  return difference == 0
}
