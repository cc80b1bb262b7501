import Testing
import TwinServer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Requests over real sockets on 127.0.0.1: good ones reach the handler decoded; malformed
/// and oversized ones get a 4xx JSON error and a closed connection, never the handler.
@Suite struct ServerRequestTests {
  @Test func getAndPostReachTheHandlerDecoded() throws {
    let recorder = Recorder()
    try withServer(recorder: recorder) { server in
      let client = try #require(RawClient(port: server.port))
      let get = try #require(client.exchange(get("/api/st%C3%A4te?round=2&name=Ann+Lee&round=3", "X-Team: Blue\r\n")))
      #expect(get.status == 200)
      #expect(get.text == "GET /api/stäte\n")
      #expect(get.headers["cache-control"] == "no-store")
      #expect(get.headers["x-content-type-options"] == "nosniff")
      #expect(get.headers["connection"] == "keep-alive")
      let post = try #require(
        client.exchange("POST /api/vote HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n{\"pick\":42}"))
      #expect(post.status == 200)
      #expect(post.text == "POST /api/vote\n{\"pick\":42}")
      #expect(post.headers["content-length"] == "\(post.body.count)")
      let seen = recorder.all
      #expect(seen.count == 2)
      #expect(seen.first?.query == ["round": "3", "name": "Ann Lee"])
      #expect(seen.first?.headers["x-team"] == "Blue")
      #expect(seen.first?.clientAddress == "127.0.0.1")
      #expect(seen.last?.body == Array("{\"pick\":42}".utf8))
    }
  }

  @Test func headGetsTheFieldsOnlyAndTheConnectionGoesOn() throws {
    try withServer { server in
      let client = try #require(RawClient(port: server.port))
      let head = try #require(client.exchange("HEAD /api/x HTTP/1.1\r\nHost: t\r\n\r\n", headOnly: true))
      #expect(head.status == 200)
      #expect(head.headers["content-length"] == "\("HEAD /api/x\n".utf8.count)")
      let next = try #require(client.exchange(get("/api/y")))
      #expect(next.text == "GET /api/y\n")
    }
  }

  @Test func pipelinedRequestsAreAnsweredInOrderAndConnectionCloseIsHonoured() throws {
    try withServer { server in
      let client = try #require(RawClient(port: server.port))
      client.send(get("/api/1") + get("/api/2") + get("/api/3", "Connection: close\r\n") + get("/api/4"))
      #expect(client.readResponse()?.text == "GET /api/1\n")
      #expect(client.readResponse()?.text == "GET /api/2\n")
      let last = client.readResponse()
      #expect(last?.text == "GET /api/3\n")
      #expect(last?.headers["connection"] == "close")
      #expect(client.closedByServer())
    }
  }

  @Test func http10ClosesUnlessAskedToKeepAlive() throws {
    try withServer { server in
      let client = try #require(RawClient(port: server.port))
      #expect(client.exchange("GET /api/a HTTP/1.0\r\n\r\n")?.headers["connection"] == "close")
      #expect(client.closedByServer())
    }
  }

  /// The path is a string for the handler's routing table: a traversal is an unknown route.
  @Test func aTraversalIsAnUnknownRouteNotAFile() throws {
    let recorder = Recorder()
    try withServer(recorder: recorder) { server in
      for target in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/echo/../../../etc/passwd"] {
        let client = try #require(RawClient(port: server.port))
        let response = try #require(client.exchange(get(target)))
        #expect(!response.text.contains("root:"))
        if target.hasPrefix("/echo") {
          #expect(response.text == "GET /echo/../../../etc/passwd\n")
        } else {
          #expect(response.status == 404)
        }
      }
      #expect(recorder.all.map(\.path) == ["/../../etc/passwd", "/../../etc/passwd", "/echo/../../../etc/passwd"])
    }
  }

  /// Each bad request gets its status as a JSON error, the connection is closed, and the
  /// handler never sees it.
  @Test(arguments: [
    ("garbage\r\n\r\n", 400),
    ("GET /\r\n\r\n", 400),
    ("GET / HTTP/1.1\r\n\r\n", 400),
    ("\u{0}\u{1}\u{2}\r\n\r\n", 400),
    ("GET / HTTP/9.9\r\nHost: t\r\n\r\n", 505),
    ("DELETE /api/x HTTP/1.1\r\nHost: t\r\n\r\n", 405),
    ("POST /api/x HTTP/1.1\r\nHost: t\r\nContent-Length: ten\r\n\r\n", 400),
    ("POST /api/x HTTP/1.1\r\nHost: t\r\nContent-Length: 70000\r\n\r\n", 413),
    ("POST /api/x HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 411),
  ])
  func badRequestsGetAJSONErrorAndAClosedConnection(request: String, status: Int) throws {
    try expectRefusal(request, status: status)
  }

  /// A request line over 8,192 bytes gets 414; header fields over 16,384 bytes get 431.
  @Test func oversizedRequestLinesAndHeadersGet414And431() throws {
    try expectRefusal("GET /" + String(repeating: "a", count: 9_000) + " HTTP/1.1\r\nHost: t\r\n\r\n", status: 414)
    let pad = "X-Pad: " + String(repeating: "p", count: 100) + "\r\n"
    try expectRefusal("GET / HTTP/1.1\r\nHost: t\r\n" + String(repeating: pad, count: 200) + "\r\n", status: 431)
  }

  private func expectRefusal(_ request: String, status: Int) throws {
    let recorder = Recorder()
    try withServer(recorder: recorder) { server in
      let client = try #require(RawClient(port: server.port))
      let response = try #require(client.exchange(request))
      #expect(response.status == status)
      #expect(response.headers["content-type"] == "application/json; charset=utf-8")
      #expect(response.text.hasPrefix("{\"error\":\""))
      #expect(response.headers["connection"] == "close")
      if status == 405 { #expect(response.headers["allow"] == "GET, HEAD, POST") }
      #expect(client.closedByServer())
      #expect(recorder.all.isEmpty)
    }
  }

  /// An endless request line is cut off at its limit, before its end arrives.
  @Test func anEndlessRequestLineIsRefusedAtItsLimit() throws {
    try withServer { server in
      let client = try #require(RawClient(port: server.port))
      client.send("GET /" + String(repeating: "a", count: 20_000))
      #expect(client.readResponse()?.status == 414)
    }
  }

  @Test func ipv6LoopbackServesWithThePeerAddress() throws {
    let recorder = Recorder()
    try withServer(HTTPServerConfiguration(host: "::1", port: 0), recorder: recorder) { server in
      let client = try #require(RawClient(port: server.port, host: "::1"))
      #expect(client.exchange(get("/api/six"))?.status == 200)
      #expect(recorder.all.map(\.clientAddress) == ["::1"])
    }
  }

  @Test func bindingProblemsAreClearErrors() throws {
    let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in .html("") }
    let first = try HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: handler)
    defer { first.stop() }
    #expect(throws: HTTPServerError.addressInUse(host: "127.0.0.1", port: first.port)) {
      _ = try HTTPServer(configuration: HTTPServerConfiguration(port: first.port), handler: handler)
    }
    #expect(throws: HTTPServerError.badHost("localhost:80")) {
      _ = try HTTPServer(configuration: HTTPServerConfiguration(host: "localhost:80", port: 0), handler: handler)
    }
    #expect(throws: HTTPServerError.invalidConfiguration("port 70000 is not in 0...65535")) {
      _ = try HTTPServer(configuration: HTTPServerConfiguration(port: 70_000), handler: handler)
    }
    #expect(HTTPServerError.addressInUse(host: "127.0.0.1", port: 8080).description.contains("in use"))
  }
}
