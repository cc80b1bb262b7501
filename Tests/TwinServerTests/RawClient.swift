import Foundation
import Synchronization
import TwinServer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A response as a raw client reads it.
struct RawResponse {
  var status: Int
  /// Header fields, names lowercased.
  var headers: [String: String]
  var body: [UInt8]
  var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking TCP client on the loopback for the tests: writes any bytes, reads responses by
/// their `Content-Length`. Every read gives up after `timeoutSeconds`, so no test can hang.
final class RawClient {
  let descriptor: Int32
  private var buffer: [UInt8] = []

  /// Connects to `host` (an IPv4 or IPv6 literal) at `port`; nil if the connection is refused.
  init?(port: Int, host: String = "127.0.0.1", timeoutSeconds: Double = 5) {
    let isIPv6 = host.contains(":")
    let descriptor = socket(isIPv6 ? AF_INET6 : AF_INET, streamType, 0)
    guard descriptor >= 0 else { return nil }
    var ipv4 = sockaddr_in()
    ipv4.sin_family = sa_family_t(AF_INET)
    ipv4.sin_port = in_port_t(UInt16(port)).bigEndian
    var ipv6 = sockaddr_in6()
    ipv6.sin6_family = sa_family_t(AF_INET6)
    ipv6.sin6_port = in_port_t(UInt16(port)).bigEndian
    let parsed = isIPv6 ? inet_pton(AF_INET6, host, &ipv6.sin6_addr) : inet_pton(AF_INET, host, &ipv4.sin_addr)
    guard parsed == 1, isIPv6 ? Self.connect(descriptor, ipv6) : Self.connect(descriptor, ipv4) else {
      close(descriptor)
      return nil
    }
    var timeout = timeval()
    timeout.tv_sec = .init(timeoutSeconds.rounded(.down))
    timeout.tv_usec = .init((timeoutSeconds - timeoutSeconds.rounded(.down)) * 1e6)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    #if canImport(Darwin)
    var one: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
    #endif
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  private static func connect<Address>(_ descriptor: Int32, _ address: Address) -> Bool {
    var address = address
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        systemConnect(descriptor, $0, socklen_t(MemoryLayout<Address>.size)) == 0
      }
    }
  }

  /// Sends all of `bytes`; false once the server has gone (no SIGPIPE).
  @discardableResult func send(_ bytes: [UInt8]) -> Bool {
    var sent = 0
    while sent < bytes.count {
      let count = bytes.withUnsafeBytes {
        systemSend(descriptor, $0.baseAddress! + sent, bytes.count - sent)
      }
      guard count > 0 else { return false }
      sent += count
    }
    return true
  }

  @discardableResult func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  /// Reads more bytes into the buffer; false at end of input, on a reset or after the timeout.
  private func fill() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return false }
    buffer += chunk[..<count]
    return true
  }

  /// The next response, or nil if the connection ends (or times out) before it is complete.
  /// `headOnly`: the response to a HEAD request (no body follows its fields).
  func readResponse(headOnly: Bool = false) -> RawResponse? {
    let end = Array("\r\n\r\n".utf8)
    var headEnd: Int?
    while true {
      if let index = buffer.indices.dropLast(3).first(where: { buffer[$0..<($0 + 4)].elementsEqual(end) }) {
        headEnd = index
        break
      }
      guard fill() else { return nil }
    }
    guard let headEnd else { return nil }
    let lines = String(decoding: buffer[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
    let statusParts = lines[0].split(separator: " ")
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let length = headOnly ? 0 : Int(headers["content-length"] ?? "0") ?? 0
    let bodyStart = headEnd + 4
    while buffer.count - bodyStart < length {
      guard fill() else { return nil }
    }
    let body = Array(buffer[bodyStart..<(bodyStart + length)])
    buffer.removeFirst(bodyStart + length)
    return RawResponse(status: status, headers: headers, body: body)
  }

  /// Sends a request and reads its response.
  func exchange(_ request: String, headOnly: Bool = false) -> RawResponse? {
    guard send(request) else { return nil }
    return readResponse(headOnly: headOnly)
  }

  /// Whether the server closes the connection (end of input or reset) within the timeout,
  /// after any bytes still to come.
  func closedByServer() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count > 0 { continue }
      return count == 0 || errno == ECONNRESET
    }
  }

  /// Whether input is waiting (or the connection ended) within `seconds`.
  func readable(within seconds: Double) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, Int32(seconds * 1000)) > 0
  }

  /// Closes the connection with a reset (SO_LINGER 0), as a vanishing client does.
  func reset() {
    var linger = linger(l_onoff: 1, l_linger: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
    shutdown(descriptor, Int32(SHUT_RDWR))
  }
}

/// The requests a handler has seen, from any thread.
final class Recorder: Sendable {
  private let requests = Mutex<[HTTPRequest]>([])
  func record(_ request: HTTPRequest) { requests.withLock { $0.append(request) } }
  var all: [HTTPRequest] { requests.withLock { $0 } }
}

/// A handler that records each request and answers 200 with "METHOD path" and the body, except
/// 404 for paths under "/missing" or outside "/api", "/echo" and "/".
func echoHandler(_ recorder: Recorder) -> @Sendable (HTTPRequest) -> HTTPResponse {
  { request in
    recorder.record(request)
    guard request.path == "/" || request.path.hasPrefix("/api/") || request.path.hasPrefix("/echo") else {
      return .error(404, "no such route")
    }
    return HTTPResponse(
      status: 200, contentType: "text/plain", body: Array("\(request.method) \(request.path)\n".utf8) + request.body)
  }
}

/// The default configuration on port 0 (the system chooses), changed by `change`.
func configured(_ change: (inout HTTPServerConfiguration) -> Void = { _ in }) -> HTTPServerConfiguration {
  var configuration = HTTPServerConfiguration(port: 0)
  change(&configuration)
  return configuration
}

/// Runs `body` with a started server on 127.0.0.1 and a system-chosen port, and stops it after.
func withServer(
  _ configuration: HTTPServerConfiguration = configured(), recorder: Recorder = Recorder(),
  handler: (@Sendable (HTTPRequest) -> HTTPResponse)? = nil, _ body: (HTTPServer) throws -> Void
) throws {
  let server = try HTTPServer(configuration: configuration, handler: handler ?? echoHandler(recorder))
  server.start()
  defer { server.stop() }
  try body(server)
}

/// "GET `target` HTTP/1.1" with a Host field and `extra` fields.
func get(_ target: String, _ extra: String = "") -> String {
  "GET \(target) HTTP/1.1\r\nHost: test\r\n\(extra)\r\n"
}

#if canImport(Glibc)
private let streamType = Int32(SOCK_STREAM.rawValue)
private func systemConnect(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
  Glibc.connect(descriptor, address, length)
}
private func systemSend(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
}
#elseif canImport(Darwin)
private let streamType = SOCK_STREAM
private func systemConnect(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
  Darwin.connect(descriptor, address, length)
}
private func systemSend(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  Darwin.send(descriptor, bytes, count, 0)
}
#endif
