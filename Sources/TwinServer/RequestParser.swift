/// A request as parsed from the bytes, before the server's own checks (rate limit, join
/// code) and before the peer's address is added.
struct ParsedRequest: Equatable, Sendable {
  var method: String
  var path: String
  var query: [String: String]
  var headers: [String: String]
  var body: [UInt8]
  /// Whether the connection may stay open after the response: HTTP/1.1 unless the request
  /// says `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
  var keepAlive: Bool
}

/// Turns the bytes a connection receives into requests, one at a time, holding every part to
/// its limit as soon as it arrives, so no client makes the server buffer more than
/// `maxRequestLineBytes + maxHeaderBytes + maxBodyBytes` (plus one read) for a request.
///
/// Feed it with ``receive(_:)`` and ask ``next()`` after each read. It accepts HTTP/1.1 and
/// 1.0 in origin form, lines ending in CRLF or LF, bodies framed by `Content-Length` only.
/// Bytes after a complete request (a pipelined next request) stay buffered for the next call.
/// Every byte is searched for a line end once, so a request costs O(its bytes) however it is
/// split into reads.
struct RequestParser {
  enum Step: Equatable {
    /// The request is not complete yet: read more bytes.
    case needMoreBytes
    /// A complete request (its bytes are consumed).
    case request(ParsedRequest)
    /// The request breaks a rule or a limit: answer with this and close the connection.
    case rejected(RequestRejection)
  }

  /// The methods the server passes to its handler; any other gets 405.
  static let allowedMethods = ["GET", "HEAD", "POST"]

  private let maxRequestLineBytes: Int
  private let maxHeaderBytes: Int
  private let maxBodyBytes: Int

  /// Bytes received and not yet consumed by a complete request.
  private var buffer: [UInt8] = []
  /// Bytes of `buffer` already searched for a line feed.
  private var scanned = 0
  /// Where the line being received begins in `buffer`.
  private var lineStart = 0
  /// The request line, once it is complete and valid.
  private var requestLine: RequestLine?
  /// The header lines so far (line ends excluded) and their bytes with line ends.
  private var headerLines: [Range<Int>] = []
  private var headerBytes = 0
  /// The head, complete and valid, while its body arrives.
  private var pending: (request: ParsedRequest, bodyStart: Int, bodyLength: Int)?

  private struct RequestLine {
    var method: String
    var path: String
    var query: [String: String]
    var isHTTP11: Bool
  }

  init(configuration: HTTPServerConfiguration) {
    maxRequestLineBytes = configuration.maxRequestLineBytes
    maxHeaderBytes = configuration.maxHeaderBytes
    maxBodyBytes = configuration.maxBodyBytes
  }

  /// Whether part of a request has arrived (bytes not yet consumed). O(1).
  var hasPartialRequest: Bool { !buffer.isEmpty }

  /// Appends received bytes. Amortised O(bytes).
  mutating func receive(_ bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
  }

  /// The next request if its bytes are all here, a rejection, or a request for more bytes.
  /// O(bytes received since the last call), plus O(request) when one completes.
  mutating func next() -> Step {
    do throws(RequestRejection) {
      if pending == nil {
        guard try scanHead() else { return .needMoreBytes }
      }
      guard let (request, bodyStart, bodyLength) = pending, buffer.count - bodyStart >= bodyLength else {
        return .needMoreBytes
      }
      var complete = request
      complete.body = Array(buffer[bodyStart..<(bodyStart + bodyLength)])
      buffer.removeFirst(bodyStart + bodyLength)
      scanned = 0
      lineStart = 0
      requestLine = nil
      headerLines = []
      headerBytes = 0
      pending = nil
      return .request(complete)
    } catch {
      return .rejected(error)
    }
  }

  /// Scans the new bytes for line ends; true once the head is complete and `pending` is set.
  private mutating func scanHead() throws(RequestRejection) -> Bool {
    while let lineFeed = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
      scanned = lineFeed + 1
      let end = lineFeed > lineStart && buffer[lineFeed - 1] == UInt8(ascii: "\r") ? lineFeed - 1 : lineFeed
      let line = lineStart..<end
      let lineBytes = lineFeed + 1 - lineStart
      lineStart = lineFeed + 1
      guard !buffer[line].contains(UInt8(ascii: "\r")) else {
        throw RequestRejection(status: 400, message: "a carriage return inside a line")
      }
      if requestLine == nil {
        if line.isEmpty {  // empty lines before a request line are ignored (RFC 9112, 2.2), a few
          guard lineStart <= maxRequestLineBytes else {
            throw RequestRejection(status: 400, message: "too many empty lines before the request line")
          }
          continue
        }
        guard line.count <= maxRequestLineBytes else { throw requestLineTooLong }
        requestLine = try Self.parseRequestLine(buffer[line])
      } else if line.isEmpty {
        pending = try finishHead()
        return true
      } else {
        headerBytes += lineBytes
        guard headerBytes <= maxHeaderBytes else { throw headersTooLarge }
        headerLines.append(line)
      }
    }
    scanned = buffer.count
    let unfinishedLine = buffer.count - lineStart
    if requestLine == nil, unfinishedLine > maxRequestLineBytes + 1 { throw requestLineTooLong }
    if requestLine != nil, headerBytes + unfinishedLine > maxHeaderBytes { throw headersTooLarge }
    return false
  }

  private var requestLineTooLong: RequestRejection {
    RequestRejection(status: 414, message: "the request line is longer than \(maxRequestLineBytes) bytes")
  }

  private var headersTooLarge: RequestRejection {
    RequestRejection(status: 431, message: "the header fields are longer than \(maxHeaderBytes) bytes")
  }

  /// "METHOD SP target SP HTTP/1.x", checked and decoded. O(line).
  private static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(RequestRejection) -> RequestLine {
    let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
      let message =
        parts.count == 2 && parts.allSatisfy({ !$0.isEmpty })
        ? "the request line has no HTTP version (expected METHOD /path HTTP/1.1)"
        : "malformed request line (expected METHOD /path HTTP/1.1)"
      throw RequestRejection(status: 400, message: message)
    }
    let (method, target, version) = (parts[0], parts[1], parts[2])
    guard method.allSatisfy(isTokenByte) else { throw RequestRejection(status: 400, message: "malformed method") }
    let isHTTP11: Bool
    switch String(decoding: version, as: UTF8.self) {
    case "HTTP/1.1": isHTTP11 = true
    case "HTTP/1.0": isHTTP11 = false
    default:
      let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
      let isVersion =
        version.count == 8 && version.starts(with: "HTTP/".utf8) && digit.contains(version[version.startIndex + 5])
        && version[version.startIndex + 6] == UInt8(ascii: ".") && digit.contains(version[version.startIndex + 7])
      throw isVersion
        ? RequestRejection(status: 505, message: "HTTP version not supported (use HTTP/1.1)")
        : RequestRejection(status: 400, message: "malformed HTTP version (expected HTTP/1.1)")
    }
    guard target.allSatisfy({ (0x21...0x7E).contains($0) }) else {
      throw RequestRejection(status: 400, message: "control or non-ASCII characters in the request target")
    }
    let methodText = String(decoding: method, as: UTF8.self)
    guard allowedMethods.contains(methodText) else {
      throw RequestRejection(
        status: 405, message: "method not allowed (use GET, HEAD or POST)",
        headers: ["Allow": allowedMethods.joined(separator: ", ")])
    }
    let (path, query) = try RequestTarget.decode(target)
    return RequestLine(method: methodText, path: path, query: query, isHTTP11: isHTTP11)
  }

  /// The header fields checked and collected, the body's framing decided. O(header bytes).
  private func finishHead() throws(RequestRejection) -> (ParsedRequest, bodyStart: Int, bodyLength: Int) {
    guard let requestLine else { throw RequestRejection(status: 400, message: "no request line") }
    var headers: [String: String] = [:]
    for range in headerLines {
      let line = buffer[range]
      guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else {
        throw RequestRejection(status: 400, message: "folded header lines are not supported")
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
        line[..<colon].allSatisfy(Self.isTokenByte)
      else {
        throw RequestRejection(status: 400, message: "malformed header line (expected Name: value)")
      }
      var value = line[(colon + 1)...]
      while let byte = value.first, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { value.removeFirst() }
      while let byte = value.last, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { value.removeLast() }
      guard value.allSatisfy({ $0 == UInt8(ascii: "\t") || ($0 >= 0x20 && $0 != 0x7F) }) else {
        throw RequestRejection(status: 400, message: "control characters in a header value")
      }
      let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
      let text = String(decoding: value, as: UTF8.self)
      if let existing = headers[name] {
        guard name != "content-length", name != "host" else {
          guard existing == text else { throw RequestRejection(status: 400, message: "conflicting \(name) headers") }
          continue
        }
        headers[name] = existing + ", " + text
      } else {
        headers[name] = text
      }
    }
    if requestLine.isHTTP11, headers["host"] == nil {
      throw RequestRejection(status: 400, message: "missing Host header (HTTP/1.1 requires it)")
    }
    if let coding = headers["transfer-encoding"] {
      throw coding.lowercased().contains("chunked")
        ? RequestRejection(status: 411, message: "chunked request bodies are not supported: send Content-Length")
        : RequestRejection(status: 501, message: "Transfer-Encoding is not supported: send Content-Length")
    }
    var bodyLength = 0
    if let length = headers["content-length"] {
      guard !length.isEmpty, length.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
        throw RequestRejection(status: 400, message: "bad Content-Length (expected a decimal number of bytes)")
      }
      guard length.utf8.count <= 18, let value = Int(length), value <= maxBodyBytes else {
        throw RequestRejection(status: 413, message: "the body is larger than \(maxBodyBytes) bytes")
      }
      bodyLength = value
    }
    let connection = (headers["connection"] ?? "").lowercased().split(separator: ",").map {
      String($0.filter { $0 != " " && $0 != "\t" })
    }
    let keepAlive = requestLine.isHTTP11 ? !connection.contains("close") : connection.contains("keep-alive")
    let request = ParsedRequest(
      method: requestLine.method, path: requestLine.path, query: requestLine.query, headers: headers, body: [],
      keepAlive: keepAlive)
    return (request, lineStart, bodyLength)
  }

  /// A byte of an HTTP token (RFC 9110, 5.6.2): letters, digits and !#$%&'*+-.^_`|~.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }
  }
}
