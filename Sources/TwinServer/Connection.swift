#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection, served on its own thread: requests are read, checked and answered
/// one at a time, in order.
///
/// Each request must arrive whole (request line, headers and body) within
/// `readTimeoutSeconds` of the previous response (or of the connection's start); a client
/// that runs out of time mid-request gets 408, an idle keep-alive connection is just closed.
/// A rejected request (the parser's 4xx or 5xx) is answered and the connection closed; so is
/// every request that asks for `Connection: close`. A rate-limited (429) or unauthorised (403)
/// request is well-formed, so its connection stays open.
struct Connection: Sendable {
  let descriptor: Int32
  /// The peer's IP address as text.
  let peer: String
  let configuration: HTTPServerConfiguration
  let rateLimiter: RateLimiter
  let handler: @Sendable (HTTPRequest) -> HTTPResponse

  /// Serves requests until the connection ends; the caller closes the descriptor. Blocks.
  func run() {
    var parser = RequestParser(configuration: configuration)
    var buffer = [UInt8](repeating: 0, count: 16_384)
    let timeout = Duration.seconds(configuration.readTimeoutSeconds)
    var deadline = ContinuousClock.now + timeout
    while true {
      switch parser.next() {
      case .request(let request):
        let response = respond(to: request)
        let bytes = ResponseWriter.encode(
          response, headOnly: request.method == "HEAD", keepAlive: request.keepAlive, unixTime: Int(time(nil)))
        guard Socket.sendAll(descriptor, bytes) else { return }
        guard request.keepAlive else { return Socket.finish(descriptor) }
        deadline = ContinuousClock.now + timeout
      case .rejected(let rejection):
        return refuse(rejection)
      case .needMoreBytes:
        switch Socket.waitReadable(descriptor, until: deadline) {
        case .timedOut:
          guard parser.hasPartialRequest else { return }
          return refuse(
            RequestRejection(
              status: 408, message: "the request did not arrive within \(configuration.readTimeoutSeconds) seconds"))
        case .failed:
          return
        case .readable:
          let count = Socket.receive(descriptor, into: &buffer)
          guard count > 0 else { return }
          parser.receive(buffer[..<count])
        }
      }
    }
  }

  /// The answer to a well-formed request: 429 past the client's rate, 403 without the join
  /// code, else the handler's.
  private func respond(to request: ParsedRequest) -> HTTPResponse {
    if case .limited(let seconds) = rateLimiter.admit(peer, at: .now) {
      return RequestRejection(
        status: 429, message: "too many requests from \(peer): wait \(seconds) s",
        headers: ["Retry-After": "\(seconds)"]
      ).response
    }
    if let code = configuration.joinCode, !carriesJoinCode(code, query: request.query, headers: request.headers) {
      return .error(403, "join code missing or wrong (add ?code=… to the address)")
    }
    return handler(
      HTTPRequest(
        method: request.method, path: request.path, query: request.query, headers: request.headers,
        body: request.body, clientAddress: peer))
  }

  /// Answers `rejection` and ends the connection.
  private func refuse(_ rejection: RequestRejection) {
    let bytes = ResponseWriter.encode(rejection.response, headOnly: false, keepAlive: false, unixTime: Int(time(nil)))
    if Socket.sendAll(descriptor, bytes) { Socket.finish(descriptor) }
  }
}
