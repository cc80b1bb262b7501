import Testing

@testable import TwinServer

/// The bytes of a response: the fields the server always sets, HEAD, bodiless statuses, and
/// handler fields that cannot split the response.
@Suite struct ResponseWriterTests {
  private static func text(_ response: HTTPResponse, headOnly: Bool = false, keepAlive: Bool = true) -> String {
    String(
      decoding: ResponseWriter.encode(response, headOnly: headOnly, keepAlive: keepAlive, unixTime: 784_111_777),
      as: UTF8.self)
  }

  @Test func everyResponseCarriesLengthCachingAndSniffingFields() {
    let text = Self.text(.json("{\"a\":1}"))
    #expect(
      text
        == "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: 7\r\n"
        + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n"
        + "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n{\"a\":1}")
  }

  @Test func headSendsTheFieldsOfTheFullResponseWithoutTheBody() {
    let text = Self.text(.html("<p>hi</p>"), headOnly: true, keepAlive: false)
    #expect(text.contains("Content-Length: 9\r\n"))
    #expect(text.contains("Connection: close\r\n"))
    #expect(text.hasSuffix("GMT\r\n\r\n"))
  }

  @Test func handlerFieldsCannotOverrideOrSplitTheResponse() {
    let response = HTTPResponse(
      status: 200, contentType: "text/plain\r\nX-Evil: 1", body: [65],
      headers: [
        "Content-Length": "999", "cache-control": "max-age=9", "X-Note": "a\r\nSet-Cookie: b", "Bad Name": "x",
        "Content-Security-Policy": "default-src 'self'",
      ])
    let text = Self.text(response)
    #expect(text.contains("Content-Length: 1\r\n"))
    #expect(!text.contains("999") && !text.contains("max-age") && !text.contains("Bad Name"))
    #expect(text.contains("X-Note: a  Set-Cookie: b\r\n"))
    #expect(text.contains("Content-Type: text/plain  X-Evil: 1\r\n"))
    #expect(text.contains("Content-Security-Policy: default-src 'self'\r\n"))
  }

  @Test func bodilessAndOutOfRangeStatuses() {
    let noContent = Self.text(HTTPResponse(status: 204, contentType: "text/plain", body: [1, 2]))
    #expect(!noContent.contains("Content-Length") && noContent.hasSuffix("\r\n\r\n"))
    let informational = Self.text(HTTPResponse(status: 101, contentType: "text/plain", body: []))
    #expect(informational.hasPrefix("HTTP/1.1 500 Internal Server Error\r\n"))
  }

  @Test func errorBodiesAreEscapedJSON() {
    let response = HTTPResponse.error(404, "no \"route\"\n<script>\u{1}")
    #expect(response.status == 404)
    #expect(String(decoding: response.body, as: UTF8.self) == #"{"error":"no \"route\"\n\u003cscript>\u0001"}"#)
  }

  @Test(arguments: [
    (0, "Thu, 01 Jan 1970 00:00:00 GMT"), (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
    (1_798_761_599, "Thu, 31 Dec 2026 23:59:59 GMT"), (-1, "Wed, 31 Dec 1969 23:59:59 GMT"),
  ])
  func httpDates(unixTime: Int, text: String) {
    #expect(ResponseWriter.httpDate(unixTime: unixTime) == text)
  }
}

/// The token bucket per client, on a clock the test moves, and the join code.
@Suite struct AdmissionTests {
  @Test func aClientMayBurstAMinutesRequestsThenRefillsEvenly() {
    let limiter = RateLimiter(requestsPerMinute: 6)
    let start = ContinuousClock.now
    for _ in 0..<6 { #expect(limiter.admit("a", at: start) == .admitted) }
    #expect(limiter.admit("a", at: start) == .limited(retryAfterSeconds: 10))
    #expect(limiter.admit("b", at: start) == .admitted)
    #expect(limiter.admit("a", at: start + .seconds(4)) == .limited(retryAfterSeconds: 6))
    #expect(limiter.admit("a", at: start + .seconds(10)) == .admitted)
    #expect(limiter.admit("a", at: start + .seconds(10)) == .limited(retryAfterSeconds: 10))
    for _ in 0..<6 { #expect(limiter.admit("a", at: start + .seconds(600)) == .admitted) }
  }

  @Test func joinCodesComeFromTheUnambiguousAlphabet() {
    var generator = SplitMix64(seed: 7)
    let codes = (0..<50).map { _ in makeJoinCode(using: &generator) }
    for code in codes {
      #expect(code.count == 6)
      #expect(code.allSatisfy { "ABCDEFGHJKMNPQRSTUVWXYZ23456789".contains($0) })
    }
    #expect(Set(codes).count == 50)
    var again = SplitMix64(seed: 7)
    #expect(makeJoinCode(using: &again) == codes[0])
  }

  @Test func theJoinCodeMayComeInTheQueryOrTheHeader() {
    #expect(carriesJoinCode("K7QM3X", query: ["code": "K7QM3X"], headers: [:]))
    #expect(carriesJoinCode("K7QM3X", query: ["code": "k7qm3x"], headers: [:]))
    #expect(carriesJoinCode("K7QM3X", query: ["code": "nope"], headers: ["x-join-code": "K7QM3X"]))
    #expect(!carriesJoinCode("K7QM3X", query: [:], headers: [:]))
    #expect(!carriesJoinCode("K7QM3X", query: ["code": "K7QM3"], headers: ["x-join-code": "K7QM3Y"]))
  }
}

/// A small seeded generator for repeatable draws.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
