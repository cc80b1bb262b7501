/// Where the server listens and the limits it holds every client to. The defaults suit a
/// workshop room: loopback only, small requests, a 10-second budget per request.
public struct HTTPServerConfiguration: Sendable {
  /// The address to bind, an IPv4 or IPv6 literal: "127.0.0.1" (this machine only, the
  /// default), "0.0.0.0" (every interface, for laptops in the room), "::1" or "::".
  public var host: String = "127.0.0.1"
  /// The TCP port, 0 through 65535; 0 lets the system choose (read it back from
  /// ``HTTPServer/port``).
  public var port: Int = 8080
  /// When set, every request must carry this code, in the query (`code=`) or in the header
  /// `x-join-code`, compared without regard to ASCII case; otherwise 403.
  public var joinCode: String? = nil
  /// Longest request line, in bytes (without its line end); longer: 414.
  public var maxRequestLineBytes = 8_192
  /// Most bytes of header fields (their lines and line ends, after the request line); more: 431.
  public var maxHeaderBytes = 16_384
  /// Largest body (`Content-Length`), in bytes; larger: 413, before any of it is read.
  public var maxBodyBytes = 65_536
  /// Seconds a client has to deliver one whole request (request line, headers and body), and
  /// that an idle keep-alive connection stays open; also the limit on a blocked send. A client
  /// that runs out mid-request (e.g. slowloris) gets 408 and is closed.
  public var readTimeoutSeconds: Double = 10
  /// Most connections open at once; a connection beyond gets 503 and is closed.
  public var maxConnections = 64
  /// Requests a client IP may make per minute, as a token bucket of this many tokens that
  /// refills evenly over a minute (a full minute's requests may come in a burst); beyond: 429.
  public var requestsPerMinutePerClient = 600

  /// The defaults, with the address, port and join code given.
  public init(host: String = "127.0.0.1", port: Int = 8080, joinCode: String? = nil) {
    self.host = host
    self.port = port
    self.joinCode = joinCode
  }

  /// Why these values cannot run a server, or nil when they can. O(1).
  func problem() -> String? {
    if !(0...65_535).contains(port) { return "port \(port) is not in 0...65535" }
    if maxRequestLineBytes < 16 { return "maxRequestLineBytes \(maxRequestLineBytes) is below 16" }
    if maxHeaderBytes < 16 { return "maxHeaderBytes \(maxHeaderBytes) is below 16" }
    if maxBodyBytes < 0 { return "maxBodyBytes \(maxBodyBytes) is negative" }
    if !(readTimeoutSeconds > 0 && readTimeoutSeconds <= 86_400) {
      return "readTimeoutSeconds \(readTimeoutSeconds) is not in (0, 86400]"
    }
    if maxConnections < 1 { return "maxConnections \(maxConnections) is below 1" }
    if requestsPerMinutePerClient < 1 { return "requestsPerMinutePerClient \(requestsPerMinutePerClient) is below 1" }
    return nil
  }
}
