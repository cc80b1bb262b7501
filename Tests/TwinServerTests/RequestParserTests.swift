import Testing

@testable import TwinServer

/// The parser on bytes alone: what it accepts, how it decodes, and the status of every kind
/// of malformed or oversized request.
@Suite struct RequestParserTests {
  private static func parser(_ configure: (inout HTTPServerConfiguration) -> Void = { _ in }) -> RequestParser {
    var configuration = HTTPServerConfiguration()
    configure(&configuration)
    return RequestParser(configuration: configuration)
  }

  private static func step(_ text: String, _ configure: (inout HTTPServerConfiguration) -> Void = { _ in })
    -> RequestParser.Step
  {
    var parser = parser(configure)
    parser.receive(Array(text.utf8))
    return parser.next()
  }

  @Test func decodesTheTargetHeadersAndBody() throws {
    let text =
      "POST /api/v%C3%B6te%20now?a=1&b=x+y%2Bz&a=2&flag HTTP/1.1\r\nHost: room\r\nX-Test:  Two  \r\n"
      + "x-test: three\r\nContent-Length: 5\r\n\r\nhello"
    guard case .request(let request) = Self.step(text) else {
      Issue.record("not a request")
      return
    }
    #expect(request.method == "POST")
    #expect(request.path == "/api/vöte now")
    #expect(request.query == ["a": "2", "b": "x y+z", "flag": ""])
    #expect(request.headers["x-test"] == "Two, three")
    #expect(request.headers["host"] == "room")
    #expect(request.body == Array("hello".utf8))
    #expect(request.keepAlive)
  }

  @Test func acceptsBareLineFeedsLeadingEmptyLinesAndHTTP10() {
    guard case .request(let request) = Self.step("\r\n\nGET /x HTTP/1.0\nConnection: Keep-Alive\n\n") else {
      Issue.record("not a request")
      return
    }
    #expect(request.path == "/x")
    #expect(request.keepAlive)
    guard case .request(let closing) = Self.step("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") else {
      Issue.record("not a request")
      return
    }
    #expect(!closing.keepAlive)
  }

  /// Fed one byte at a time, the request comes out once, when its last byte arrives, and the
  /// pipelined second request follows.
  @Test func byteByByteAndPipelined() {
    var parser = Self.parser()
    let text = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\nHost: h\r\n\r\n"
    var paths: [String] = []
    for byte in text.utf8 {
      parser.receive([byte])
      while case .request(let request) = parser.next() { paths.append(request.path) }
    }
    #expect(paths == ["/a", "/b"])
    #expect(!parser.hasPartialRequest)
  }

  /// Each malformed request and the status it gets (the path stays a string: "/../" is no error).
  @Test(arguments: [
    ("garbage\r\n\r\n", 400),
    ("GET /\r\n\r\n", 400),
    ("GET / HTTP/1.1 extra\r\n\r\n", 400),
    ("GET  / HTTP/1.1\r\n\r\n", 400),
    ("GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505),
    ("GET / HTTX/1.1\r\nHost: h\r\n\r\n", 400),
    ("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("DELETE / HTTP/1.1\r\nHost: h\r\n\r\n", 405),
    ("get / HTTP/1.1\r\nHost: h\r\n\r\n", 405),
    ("GET http://example.com/ HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("GET /%FF HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("GET /a%00b HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("GET /?q=%4 HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("GET /\u{7F} HTTP/1.1\r\nHost: h\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\n\r\n", 400),
    ("GET / HTTP/1.1\rHost: h\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: h\r\nNo colon here\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: h\r\n : x\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{1}b\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +5\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1 2\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", 400),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 65537\r\n\r\n", 413),
    ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n", 413),
    ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", 411),
    ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
  ])
  func malformedRequestsAreRejected(text: String, status: Int) {
    guard case .rejected(let rejection) = Self.step(text) else {
      Issue.record("\(text.debugDescription) was not rejected")
      return
    }
    #expect(rejection.status == status, "\(text.debugDescription): \(rejection.message)")
  }

  @Test func aPathIsJustAString() {
    guard case .request(let request) = Self.step("GET /../../etc/passwd HTTP/1.1\r\nHost: h\r\n\r\n") else {
      Issue.record("not a request")
      return
    }
    #expect(request.path == "/../../etc/passwd")
    guard case .request(let encoded) = Self.step("GET /%2e%2e/%2E%2E/etc/passwd HTTP/1.1\r\nHost: h\r\n\r\n") else {
      Issue.record("not a request")
      return
    }
    #expect(encoded.path == "/../../etc/passwd")
  }

  /// Limits apply before the line or the head is complete, so an endless line is cut off at
  /// its limit, not buffered.
  @Test func limitsApplyAsBytesArrive() {
    let small: (inout HTTPServerConfiguration) -> Void = {
      $0.maxRequestLineBytes = 32
      $0.maxHeaderBytes = 64
      $0.maxBodyBytes = 10
    }
    #expect(Self.step("GET /" + String(repeating: "a", count: 40), small).rejectionStatus == 414)
    #expect(Self.step("GET /" + String(repeating: "a", count: 40) + " HTTP/1.1\r\n", small).rejectionStatus == 414)
    #expect(Self.step("GET /" + String(repeating: "a", count: 18) + " HTTP/1.1\r\n", small) == .needMoreBytes)
    let longHeaders = "GET / HTTP/1.1\r\nHost: h\r\nX-A: " + String(repeating: "b", count: 60)
    #expect(Self.step(longHeaders, small).rejectionStatus == 431)
    let manyHeaders = "GET / HTTP/1.1\r\n" + String(repeating: "A: b\r\n", count: 20)
    #expect(Self.step(manyHeaders, small).rejectionStatus == 431)
    #expect(Self.step("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", small).rejectionStatus == 413)
    #expect(Self.step("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n", small) == .needMoreBytes)
    #expect(Self.step(String(repeating: "\r\n", count: 40), small).rejectionStatus == 400)
  }
}

extension RequestParser.Step {
  fileprivate var rejectionStatus: Int? {
    if case .rejected(let rejection) = self { rejection.status } else { nil }
  }
}
