import FileFormats
import Foundation

/// Turns the bytes of a scenario file into its top-level JSON object, or one problem saying
/// why not (malformed JSON with its line and column when Foundation gives a position, or a
/// top level that is not an object). Also reports keys given twice in one object, which
/// `JSONSerialization` would otherwise resolve silently by keeping the last value.
package enum JSONDocument {
  /// The top-level object, or `nil` after reporting. Fragments are not allowed.
  /// - Complexity: O(bytes).
  package static func topLevelObject(_ data: Data, problems: ProblemCollector) -> [String: JSONValue]? {
    let wellFormed = "well-formed JSON (RFC 8259): one object {…}"
    if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      problems.report("", "malformed JSON: the file is empty", allowed: "a JSON object {…}")
      return nil
    }
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
      let foundation = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
      if let offset = byteOffset(in: error as NSError) {
        let (line, column) = lineAndColumn(ofByte: offset, in: data)
        problems.report("", "malformed JSON at line \(line), column \(column): \(foundation)", allowed: wellFormed)
      } else {
        problems.report("", "malformed JSON: \(foundation)", allowed: wellFormed)
      }
      return nil
    }
    guard case .object(let fields) = JSONValue(foundation: parsed) else {
      problems.report(
        "", "the top level must be a JSON object {…}, not \(JSONValue(foundation: parsed).kindName)",
        allowed: "a JSON object {…}")
      return nil
    }
    for duplicate in DuplicateKeyScanner.duplicates(in: data) {
      let (line, _) = lineAndColumn(ofByte: duplicate.offset, in: data)
      problems.report(
        duplicate.path,
        "key given twice in the same object (again at line \(line)); only the last value would count",
        allowed: "each key once per object")
    }
    return fields
  }

  /// A reader for the top-level object of `data`, reporting into `problems`.
  /// - Throws: ``ScenarioFileError`` when `data` is not a JSON object.
  package static func rootReader(_ data: Data, problems: ProblemCollector) throws -> ObjectReader {
    guard let fields = topLevelObject(data, problems: problems) else {
      try problems.throwIfAny()
      preconditionFailure("a rejected document is reported")
    }
    return ObjectReader(path: "", fields: fields, problems: problems)
  }

  /// The byte offset of a `JSONSerialization` error: from `NSJSONSerializationErrorIndex`
  /// if present, else from the message's "around character N" or "… at N." (Linux).
  package static func byteOffset(in error: NSError) -> Int? {
    if let index = error.userInfo["NSJSONSerializationErrorIndex"] as? Int { return index }
    guard let message = error.userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
    if let range = message.range(of: "around character ", options: .backwards) {
      return Int(message[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }
    // "Invalid hex encoded sequence in "…" at 9."
    if message.hasSuffix("."), let range = message.range(of: " at ", options: .backwards) {
      let tail = message[range.upperBound...].dropLast()
      if !tail.isEmpty, tail.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(tail) }
    }
    return nil
  }

  /// 1-based line and column (in characters) of byte `offset`.
  /// - Complexity: O(offset).
  package static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
    let bytes = [UInt8](data.prefix(max(0, min(offset, data.count))))
    let lineStart = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    let line = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    let column = 1 + String(decoding: bytes[lineStart...], as: UTF8.self).count
    return (line, column)
  }
}
