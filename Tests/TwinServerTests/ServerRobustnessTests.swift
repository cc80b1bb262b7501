import Dispatch
import Synchronization
import Testing
import TwinServer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server under clients that misbehave or crowd it: slow, vanishing, too many, too fast,
/// without the join code, many at once; and after stop().
@Suite struct ServerRobustnessTests {
  /// A client sending a byte every 0.2 s never completes a request: it is cut off with 408
  /// once the read timeout (1 s) has passed since it connected, not after its last byte.
  @Test func aSlowClientIsCutOffWithinTheReadTimeout() throws {
    try withServer(configured { $0.readTimeoutSeconds = 1 }) { server in
      let client = try #require(RawClient(port: server.port))
      let start = ContinuousClock.now
      for byte in get("/api/slow").utf8 {
        if client.readable(within: 0.2) { break }
        #expect(client.send([byte]))
      }
      let response = client.readResponse()
      let elapsed = start.duration(to: .now)
      #expect(response?.status == 408)
      #expect(elapsed < .seconds(2))
      #expect(client.closedByServer())
    }
  }

  /// An idle keep-alive connection is closed after the timeout, without a response.
  @Test func anIdleConnectionIsClosedQuietly() throws {
    try withServer(configured { $0.readTimeoutSeconds = 0.3 }) { server in
      let client = try #require(RawClient(port: server.port))
      #expect(client.exchange(get("/api/a"))?.status == 200)
      #expect(client.readResponse() == nil)
      #expect(client.closedByServer())
    }
  }

  /// Clients that vanish mid-body, or reset the connection while a large response is being
  /// sent, cost the server nothing: the next client is answered (and the process, which
  /// would die of SIGPIPE, lives).
  @Test func clientsVanishingMidBodyOrMidResponseLeaveTheServerRunning() throws {
    let big = [UInt8](repeating: 120, count: 8 << 20)
    let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
      request.path == "/big"
        ? HTTPResponse(status: 200, contentType: "text/plain", body: big)
        : .json("{\"ok\":true}")
    }
    try withServer(handler: handler) { server in
      for _ in 0..<3 {
        let midBody = try #require(RawClient(port: server.port))
        midBody.send("POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\nonly a little")
        midBody.reset()
        let midResponse = try #require(RawClient(port: server.port))
        midResponse.send(get("/big"))
        #expect(midResponse.readable(within: 2))
        midResponse.reset()
        let closed = try #require(RawClient(port: server.port))
        closed.send(get("/big"))
        shutdown(closed.descriptor, Int32(SHUT_RDWR))
      }
      let next = try #require(RawClient(port: server.port))
      #expect(next.exchange(get("/ok"))?.text == "{\"ok\":true}")
    }
  }

  /// Beyond maxConnections, a connection gets 503 and is closed; the slot of a client that
  /// has left is used again.
  ///
  /// The slot is freed when the departing client closes its end: after a `Connection: close`
  /// response the server waits for that (at most `Socket.lingerSeconds`, 1 s) before it lets
  /// the connection go. The client here closes at once, as a browser does; the retries allow
  /// 10 s, ten times the longest linger, so a busy test machine cannot fail the test.
  @Test func tooManyConnectionsGet503() throws {
    try withServer(configured { $0.maxConnections = 3 }) { server in
      var held = try (0..<3).map { _ in try #require(RawClient(port: server.port)) }
      #expect(held[0].exchange(get("/api/held"))?.status == 200)
      let extra = try #require(RawClient(port: server.port))
      let refused = extra.readResponse()
      #expect(refused?.status == 503)
      #expect(refused?.headers["retry-after"] == "1")
      #expect(extra.closedByServer())
      held[1].send(get("/api/bye", "Connection: close\r\n"))
      #expect(held[1].readResponse()?.status == 200)
      #expect(held[1].closedByServer())
      held.remove(at: 1)  // the only reference: the client closes its socket here
      let deadline = ContinuousClock.now + .seconds(10)
      var answered = false
      while !answered && ContinuousClock.now < deadline {
        answered = RawClient(port: server.port)?.exchange(get("/api/again"))?.status == 200
        if !answered { usleep(20_000) }
      }
      #expect(answered)
      withExtendedLifetime(held) {}  // the other two hold their slots throughout
    }
  }

  @Test func aClientBeyondItsRateGets429() throws {
    try withServer(configured { $0.requestsPerMinutePerClient = 5 }) { server in
      let client = try #require(RawClient(port: server.port))
      for _ in 0..<5 { #expect(client.exchange(get("/api/a"))?.status == 200) }
      let limited = try #require(client.exchange(get("/api/a")))
      #expect(limited.status == 429)
      #expect(Int(limited.headers["retry-after"] ?? "") ?? 0 >= 1)
      #expect(try #require(RawClient(port: server.port)).exchange(get("/api/a"))?.status == 429)
    }
  }

  @Test func theJoinCodeIsRequiredWhenSet() throws {
    let recorder = Recorder()
    try withServer(configured { $0.joinCode = "K7QM3X" }, recorder: recorder) { server in
      let client = try #require(RawClient(port: server.port))
      #expect(client.exchange(get("/api/state"))?.status == 403)
      #expect(client.exchange(get("/api/state?code=WRONG1"))?.status == 403)
      #expect(client.exchange(get("/api/state", "X-Join-Code: K7QM3Y\r\n"))?.status == 403)
      #expect(recorder.all.isEmpty)
      #expect(client.exchange(get("/api/state?code=K7QM3X"))?.status == 200)
      #expect(client.exchange(get("/api/state?code=k7qm3x"))?.status == 200)
      #expect(client.exchange(get("/api/state", "X-Join-Code: K7QM3X\r\n"))?.status == 200)
      #expect(recorder.all.count == 3)
    }
  }

  /// 16 clients × 20 requests at once, each on a keep-alive connection renewed every fifth
  /// request: every response is the right one.
  @Test func concurrentClientsAreAllAnsweredCorrectly() throws {
    let recorder = Recorder()
    try withServer(recorder: recorder) { server in
      let wrong = Atomic(0)
      DispatchQueue.concurrentPerform(iterations: 16) { thread in
        var client = RawClient(port: server.port)
        for request in 0..<20 {
          let last = request % 5 == 4
          let body = "\(thread)-\(request)"
          let text =
            "POST /echo/\(thread)/\(request) HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.utf8.count)\r\n"
            + (last ? "Connection: close\r\n" : "") + "\r\n" + body
          let response = client?.exchange(text)
          if response?.status != 200 || response?.text != "POST /echo/\(thread)/\(request)\n\(body)" {
            wrong.add(1, ordering: .relaxed)
          }
          if last { client = RawClient(port: server.port) }
        }
      }
      #expect(wrong.load(ordering: .relaxed) == 0)
      #expect(recorder.all.count == 320)
    }
  }

  /// After stop(), new connections are refused and open ones are closed; stop() twice is fine.
  @Test func stopClosesTheListenerAndOpenConnections() throws {
    let server = try HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { _ in .json("{}") }
    server.start()
    let open = try #require(RawClient(port: server.port))
    #expect(open.exchange(get("/"))?.status == 200)
    server.stop()
    #expect(RawClient(port: server.port) == nil)
    #expect(open.closedByServer())
    server.stop()
    let neverStarted = try HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { _ in .json("{}") }
    neverStarted.stop()
    #expect(RawClient(port: neverStarted.port) == nil)
  }
}
