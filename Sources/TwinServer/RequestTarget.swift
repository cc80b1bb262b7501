/// A request target in origin form ("/path?query") decoded into the path and the query
/// parameters. Nothing here touches the file system: the path stays a string.
enum RequestTarget {
  /// Decodes `target`, whose bytes the request-line parser has already checked are visible
  /// ASCII. The path is percent-decoded ("+" stays "+") and must be UTF-8 without control
  /// characters; query names and values are percent-decoded with "+" as a space, the last of a
  /// repeated name wins. Throws 400 otherwise. O(target length).
  static func decode(_ target: ArraySlice<UInt8>) throws(RequestRejection) -> (path: String, query: [String: String]) {
    guard target.first == UInt8(ascii: "/") else {
      throw RequestRejection(status: 400, message: "the request target must start with \"/\"")
    }
    let questionMark = target.firstIndex(of: UInt8(ascii: "?"))
    let pathBytes = target[..<(questionMark ?? target.endIndex)]
    guard let path = decodeComponent(pathBytes, plusIsSpace: false),
      !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    else {
      throw RequestRejection(status: 400, message: "the path is not percent-encoded UTF-8 text")
    }
    var query: [String: String] = [:]
    if let questionMark {
      for pair in target[(questionMark + 1)...].split(separator: UInt8(ascii: "&")) {
        let equals = pair.firstIndex(of: UInt8(ascii: "="))
        let nameBytes = pair[..<(equals ?? pair.endIndex)]
        let valueBytes = equals.map { pair[($0 + 1)...] } ?? pair[pair.endIndex...]
        guard let name = decodeComponent(nameBytes, plusIsSpace: true),
          let value = decodeComponent(valueBytes, plusIsSpace: true)
        else {
          throw RequestRejection(status: 400, message: "the query is not percent-encoded UTF-8 text")
        }
        query[name] = value
      }
    }
    return (path, query)
  }

  /// `bytes` percent-decoded as UTF-8 text, or nil for a bad escape ("%4", "%zz") or bytes
  /// that are not UTF-8. O(bytes).
  static func decodeComponent(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) -> String? {
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "%") {
        guard bytes.endIndex - index >= 3, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
        else { return nil }
        decoded.append(high << 4 | low)
        index += 3
      } else {
        decoded.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
        index += 1
      }
    }
    return String(validating: decoded, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
