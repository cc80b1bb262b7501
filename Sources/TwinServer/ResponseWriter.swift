/// Turns a handler's ``HTTPResponse`` into the bytes sent: status line, header fields, body.
///
/// The server sets these fields itself, and ignores them among the handler's headers:
/// `Content-Type` (from ``HTTPResponse/contentType``), `Content-Length` (always, except for
/// 204), `Cache-Control: no-store`, `X-Content-Type-Options: nosniff`, `Connection`, `Date`
/// and `Transfer-Encoding`. The handler's other fields follow in name order, with names that
/// are not HTTP tokens dropped and CR, LF and NUL in values turned into spaces, so no header
/// text can split the response.
enum ResponseWriter {
  /// Field names (lowercased) only the server writes.
  static let serverFields: Set<String> = [
    "content-type", "content-length", "cache-control", "x-content-type-options", "connection", "date",
    "transfer-encoding",
  ]

  /// The response's bytes. `headOnly` (a HEAD request) sends the fields of the full response,
  /// `Content-Length` included, without the body; 204 and 304 never carry a body. A status
  /// outside 200...599 is replaced by a 500 error. `unixTime` is for the `Date` field, in
  /// seconds since 1970. O(header text + body bytes).
  static func encode(_ response: HTTPResponse, headOnly: Bool, keepAlive: Bool, unixTime: Int) -> [UInt8] {
    guard (200...599).contains(response.status) else {
      let replacement = HTTPResponse.error(500, "the handler answered with status \(response.status)")
      return encode(replacement, headOnly: headOnly, keepAlive: keepAlive, unixTime: unixTime)
    }
    let status = response.status
    var head = "HTTP/1.1 \(status) \(reasonPhrase(status))\r\n"
    head += "Content-Type: \(clean(response.contentType))\r\n"
    if status != 204 { head += "Content-Length: \(status == 304 ? 0 : response.body.count)\r\n" }
    for (name, value) in response.headers.sorted(by: { $0.key < $1.key })
    where !serverFields.contains(name.lowercased()) && !name.isEmpty && name.utf8.allSatisfy(RequestParser.isTokenByte)
    {
      head += "\(name): \(clean(value))\r\n"
    }
    head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
    head += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n"
    head += "Date: \(httpDate(unixTime: unixTime))\r\n\r\n"
    var bytes = Array(head.utf8)
    if !headOnly && status != 204 && status != 304 { bytes += response.body }
    return bytes
  }

  /// The standard reason phrase of `status`, or "Status" for codes without a common one. O(1).
  static func reasonPhrase(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 201: "Created"
    case 202: "Accepted"
    case 204: "No Content"
    case 301: "Moved Permanently"
    case 302: "Found"
    case 303: "See Other"
    case 304: "Not Modified"
    case 307: "Temporary Redirect"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 408: "Request Timeout"
    case 409: "Conflict"
    case 411: "Length Required"
    case 413: "Content Too Large"
    case 414: "URI Too Long"
    case 415: "Unsupported Media Type"
    case 422: "Unprocessable Content"
    case 429: "Too Many Requests"
    case 431: "Request Header Fields Too Large"
    case 500: "Internal Server Error"
    case 501: "Not Implemented"
    case 503: "Service Unavailable"
    case 505: "HTTP Version Not Supported"
    default: "Status"
    }
  }

  /// An IMF-fixdate (RFC 9110, 5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT", for `unixTime`
  /// seconds since 1970 (UTC). O(1).
  static func httpDate(unixTime: Int) -> String {
    let days = unixTime >= 0 ? unixTime / 86_400 : (unixTime - 86_399) / 86_400
    let seconds = unixTime - days * 86_400
    // Civil date from days since 1970-01-01 (H. Hinnant's days-to-civil algorithm).
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let weekday = ((days % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(weekdays[weekday]), \(twoDigits(day)) \(months[month - 1]) \(year) "
      + "\(twoDigits(seconds / 3_600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60)) GMT"
  }

  /// `value` with CR, LF and NUL turned into spaces. O(value).
  private static func clean(_ value: String) -> String {
    String(String.UnicodeScalarView(value.unicodeScalars.map { "\r\n\0".unicodeScalars.contains($0) ? " " : $0 }))
  }

}
