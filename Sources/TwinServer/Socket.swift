#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C socket calls the server makes, on file descriptors, each retried on EINTR. Sends
/// never raise SIGPIPE (MSG_NOSIGNAL on Linux, SO_NOSIGPIPE on macOS), so a client that
/// vanishes mid-response costs a failed send, not the process.
enum Socket {
  /// What waiting for input found.
  enum Readiness {
    case readable
    case timedOut
    case failed
  }

  /// At most this many bytes are read and discarded when closing after a final response.
  static let lingerBytes = 1 << 20
  /// For at most this long, in seconds.
  static let lingerSeconds = 1.0

  /// A listening TCP socket bound to `host` (an IPv4 or IPv6 literal) and `port` (0: the
  /// system chooses), with SO_REUSEADDR so a restarted server can take its port back at once;
  /// returns it and the bound port.
  static func openListener(host: String, port: Int) throws(HTTPServerError) -> (descriptor: Int32, port: Int) {
    var ipv4 = sockaddr_in()
    var ipv6 = sockaddr_in6()
    let family: Int32
    if inet_pton(AF_INET, host, &ipv4.sin_addr) == 1 {
      family = AF_INET
      ipv4.sin_family = sa_family_t(AF_INET)
      ipv4.sin_port = in_port_t(UInt16(port)).bigEndian
      #if canImport(Darwin)
      ipv4.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
      #endif
    } else if inet_pton(AF_INET6, host, &ipv6.sin6_addr) == 1 {
      family = AF_INET6
      ipv6.sin6_family = sa_family_t(AF_INET6)
      ipv6.sin6_port = in_port_t(UInt16(port)).bigEndian
      #if canImport(Darwin)
      ipv6.sin6_len = UInt8(MemoryLayout<sockaddr_in6>.size)
      #endif
    } else {
      throw .badHost(host)
    }
    let descriptor = socket(family, streamType, 0)
    guard descriptor >= 0 else { throw .socket(call: "socket", message: errorText()) }
    setFlag(descriptor, FD_CLOEXEC)
    var one: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    let bound = family == AF_INET ? bindSocket(descriptor, to: ipv4) : bindSocket(descriptor, to: ipv6)
    guard bound == 0 else {
      let code = errno
      let message = errorText()
      close(descriptor)
      throw code == EADDRINUSE ? .addressInUse(host: host, port: port) : .socket(call: "bind", message: message)
    }
    guard systemListen(descriptor, SOMAXCONN) == 0 else {
      let message = errorText()
      close(descriptor)
      throw .socket(call: "listen", message: message)
    }
    var address = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    return (descriptor, endpoint(of: address).port)
  }

  /// A pipe (read end, write end) whose write end wakes a thread polling the read end.
  static func openWakePipe() throws(HTTPServerError) -> (read: Int32, write: Int32) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw .socket(call: "pipe", message: errorText()) }
    for end in ends { setFlag(end, FD_CLOEXEC) }
    return (ends[0], ends[1])
  }

  /// Waits until `listener` has a connection (true) or `wake` has input (false). Blocks. A
  /// failed poll is retried after 50 ms, so only the wake pipe ends the wait.
  static func waitForConnection(on listener: Int32, orWake wake: Int32) -> Bool {
    var descriptors = [
      pollfd(fd: listener, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
    ]
    while true {
      if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
        if errno != EINTR { usleep(50_000) }
        continue
      }
      if descriptors[1].revents != 0 { return false }
      if descriptors[0].revents != 0 { return true }
    }
  }

  /// The next connection on `listener` and its peer's IP address as text, or nil when accept
  /// fails (the caller polls again; on running out of descriptors it first waits 50 ms so a
  /// full table does not spin the thread). The connection's sends time out after
  /// `sendTimeoutSeconds`.
  static func accept(from listener: Int32, sendTimeoutSeconds: Double) -> (descriptor: Int32, peer: String)? {
    var address = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    let descriptor = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemAccept(listener, $0, &length) }
    }
    guard descriptor >= 0 else {
      if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM { usleep(50_000) }
      return nil
    }
    setFlag(descriptor, FD_CLOEXEC)
    #if canImport(Darwin)
    var one: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
    #endif
    let whole = sendTimeoutSeconds.rounded(.down)
    var timeout = timeval()
    timeout.tv_sec = .init(whole)
    timeout.tv_usec = .init((sendTimeoutSeconds - whole) * 1_000_000)
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    return (descriptor, endpoint(of: address).host)
  }

  /// Waits until `descriptor` has input (or end of input) or `deadline` passes. Blocks.
  static func waitReadable(_ descriptor: Int32, until deadline: ContinuousClock.Instant) -> Readiness {
    while true {
      let remaining = ContinuousClock.now.duration(to: deadline)
      guard remaining > .zero else { return .timedOut }
      let milliseconds = remaining.components.seconds * 1_000 + remaining.components.attoseconds / 1_000_000_000_000_000
      var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&entry, 1, Int32(clamping: milliseconds + 1))
      if ready > 0 { return .readable }
      if ready < 0 && errno != EINTR { return .failed }
    }
  }

  /// Reads what has arrived into `buffer`: the byte count, 0 at end of input, -1 on error.
  static func receive(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count < 0 && errno == EINTR { continue }
      return count
    }
  }

  /// Sends all of `bytes`; false if the peer is gone or a send blocks past the send timeout.
  /// `nonBlocking` sends only what fits in the socket's buffer now.
  static func sendAll(_ descriptor: Int32, _ bytes: [UInt8], nonBlocking: Bool = false) -> Bool {
    let flags = sendFlags | (nonBlocking ? Int32(MSG_DONTWAIT) : 0)
    var sent = 0
    while sent < bytes.count {
      let count = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + sent, bytes.count - sent, flags) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      sent += count
    }
    return true
  }

  /// Ends a connection after its last response: shuts down sending (the peer sees the end
  /// after the response), then reads and discards what the peer still sends, up to
  /// ``lingerBytes`` bytes or ``lingerSeconds`` seconds or until it closes, so that closing
  /// with unread input does not reset the connection and destroy the response before the
  /// peer has read it. The caller closes the descriptor. `wait: false` discards only what has
  /// already arrived. Blocks for at most ``lingerSeconds``.
  static func finish(_ descriptor: Int32, wait: Bool = true) {
    shutdown(descriptor, shutdownWrite)
    let deadline = ContinuousClock.now + .seconds(wait ? lingerSeconds : 0)
    var scratch = [UInt8](repeating: 0, count: 16_384)
    var discarded = 0
    while discarded < lingerBytes {
      if wait {
        guard waitReadable(descriptor, until: deadline) == .readable else { return }
      }
      let count = scratch.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return }
      discarded += count
    }
  }

  /// Shuts a connection down both ways, waking a thread blocked on it (it sees end of input);
  /// the descriptor stays open until its owner closes it.
  static func interrupt(_ descriptor: Int32) {
    shutdown(descriptor, shutdownBoth)
  }

  /// Writes one byte to a wake pipe.
  static func wake(_ descriptor: Int32) {
    var byte: UInt8 = 1
    _ = write(descriptor, &byte, 1)
  }

  /// Closes a descriptor.
  static func close(_ descriptor: Int32) {
    _ = systemClose(descriptor)
  }

  /// The IP address as text and the port of a socket address. O(1).
  private static func endpoint(of storage: sockaddr_storage) -> (host: String, port: Int) {
    var storage = storage
    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
    switch Int32(storage.ss_family) {
    case AF_INET:
      var address = withUnsafePointer(to: &storage) {
        $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee }
      }
      inet_ntop(AF_INET, &address.sin_addr, &text, socklen_t(text.count))
      return (
        String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
        Int(UInt16(bigEndian: address.sin_port))
      )
    case AF_INET6:
      var address = withUnsafePointer(to: &storage) {
        $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee }
      }
      inet_ntop(AF_INET6, &address.sin6_addr, &text, socklen_t(text.count))
      var host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if host.hasPrefix("::ffff:") && host.contains(".") { host.removeFirst(7) }  // an IPv4 peer
      return (host, Int(UInt16(bigEndian: address.sin6_port)))
    default:
      return ("unknown", 0)
    }
  }

  private static func bindSocket<Address>(_ descriptor: Int32, to address: Address) -> Int32 {
    var address = address
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<Address>.size))
      }
    }
  }

  private static func setFlag(_ descriptor: Int32, _ flag: Int32) {
    _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | flag)
  }

  /// The system's message for the current `errno`.
  private static func errorText() -> String {
    String(cString: strerror(errno))
  }
}

#if canImport(Glibc)
private let streamType = Int32(SOCK_STREAM.rawValue)
private let sendFlags = Int32(MSG_NOSIGNAL)
private let shutdownWrite = Int32(SHUT_WR)
private let shutdownBoth = Int32(SHUT_RDWR)
private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 { Glibc.listen(descriptor, backlog) }
private func systemAccept(_ descriptor: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: inout socklen_t)
  -> Int32
{ Glibc.accept(descriptor, address, &length) }
private func systemClose(_ descriptor: Int32) -> Int32 { Glibc.close(descriptor) }
#elseif canImport(Darwin)
private let streamType = SOCK_STREAM
private let sendFlags: Int32 = 0
private let shutdownWrite = SHUT_WR
private let shutdownBoth = SHUT_RDWR
private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 { Darwin.listen(descriptor, backlog) }
private func systemAccept(_ descriptor: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: inout socklen_t)
  -> Int32
{ Darwin.accept(descriptor, address, &length) }
private func systemClose(_ descriptor: Int32) -> Int32 { Darwin.close(descriptor) }
#endif
