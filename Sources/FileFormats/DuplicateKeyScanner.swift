import Foundation

/// Finds object keys that appear twice in the same object of a well-formed JSON text.
///
/// `JSONSerialization` keeps the last of two equal keys without a word, so a scenario file
/// with `"days": 30` pasted below `"days": 365` would quietly run 30 days. This scanner walks
/// the UTF-8 bytes once with a stack of open objects and arrays, tracking key paths, and
/// reports each repeat. It assumes the text already parsed (it does not validate) and skips
/// texts that are not UTF-8.
package enum DuplicateKeyScanner {
  /// A repeated key: its key path (`run.days`) and the byte offset of the repeat.
  package struct Duplicate: Hashable, Sendable {
    package var path: String
    package var offset: Int
  }

  /// An open object or array.
  private struct Frame {
    var isObject: Bool
    package var path: String
    /// Objects: keys seen so far, the current key, and whether a string now would be a key.
    var keys: Set<String> = []
    var key = ""
    var expectingKey = true
    /// Arrays: index of the current element.
    var index = 0
  }

  /// Every repeated key, in text order.
  /// - Complexity: O(bytes) expected (one hash-set insertion per key).
  package static func duplicates(in data: Data) -> [Duplicate] {
    guard String(data: data, encoding: .utf8) != nil else { return [] }
    let bytes = [UInt8](data)
    var stack: [Frame] = []
    var found: [Duplicate] = []
    /// Key path of the value that starts next.
    func nextValuePath() -> String {
      guard let top = stack.last else { return "" }
      return top.isObject ? JSONPath.child(top.path, top.key) : JSONPath.element(top.path, top.index)
    }
    var i = 0
    while i < bytes.count {
      switch bytes[i] {
      case UInt8(ascii: "{"):
        stack.append(Frame(isObject: true, path: nextValuePath()))
      case UInt8(ascii: "["):
        stack.append(Frame(isObject: false, path: nextValuePath()))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        _ = stack.popLast()
      case UInt8(ascii: ","):
        if !stack.isEmpty {
          stack[stack.count - 1].expectingKey = true
          stack[stack.count - 1].index += 1
        }
      case UInt8(ascii: "\""):
        let start = i
        i += 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
          i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
        }
        if let top = stack.last, top.isObject, top.expectingKey {
          let key = decodeKey(bytes[(start + 1)..<min(i, bytes.count)])
          if !stack[stack.count - 1].keys.insert(key).inserted {
            found.append(Duplicate(path: JSONPath.child(top.path, key), offset: start))
          }
          stack[stack.count - 1].key = key
          stack[stack.count - 1].expectingKey = false
        }
      default:
        break
      }
      i += 1
    }
    return found
  }

  /// The key's text, with JSON escapes resolved when there are any.
  private static func decodeKey(_ raw: ArraySlice<UInt8>) -> String {
    guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
    let quoted = Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])
    return (try? JSONSerialization.jsonObject(with: quoted, options: .fragmentsAllowed)) as? String
      ?? String(decoding: raw, as: UTF8.self)
  }
}
