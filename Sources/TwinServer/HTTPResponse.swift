/// What the handler answers. The server adds `Content-Length`, `Cache-Control: no-store`,
/// `X-Content-Type-Options: nosniff`, `Connection` and `Date` itself (``ResponseWriter``).
public struct HTTPResponse: Sendable {
  /// The status code, 200 through 599 (anything else is sent as a 500 error).
  public var status: Int
  /// The `Content-Type` header, e.g. "application/json; charset=utf-8".
  public var contentType: String
  /// The body bytes (not sent for HEAD requests, nor for 204 and 304).
  public var body: [UInt8]
  /// Further header fields, e.g. a `Content-Security-Policy`. Fields the server sets itself
  /// (listed in ``ResponseWriter``) are ignored here; CR, LF and NUL in a value become spaces.
  public var headers: [String: String]

  public init(status: Int, contentType: String, body: [UInt8], headers: [String: String] = [:]) {
    self.status = status
    self.contentType = contentType
    self.body = body
    self.headers = headers
  }

  /// A JSON response whose body is `text` (already JSON) in UTF-8.
  public static func json(_ text: String, status: Int = 200) -> HTTPResponse {
    HTTPResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
  }

  /// A 200 HTML page whose body is `text` in UTF-8.
  public static func html(_ text: String) -> HTTPResponse {
    HTTPResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(text.utf8))
  }

  /// An error as JSON, `{"error":"…"}`, with `message` escaped. O(message length).
  public static func error(_ status: Int, _ message: String) -> HTTPResponse {
    json("{\"error\":\(jsonString(message))}", status: status)
  }

  /// `text` as a JSON string literal, quotes included. O(text length).
  static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"  // harmless inside JSON, and never opens a tag if echoed into HTML
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
