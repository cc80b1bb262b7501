import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server: a listening socket, an accept loop on its own Dispatch queue,
/// and each connection on a Dispatch queue of its own (a thread while it is open, at most
/// `maxConnections`), where requests are parsed within the configuration's limits, checked
/// (rate, join code) and passed to the handler.
///
/// The handler is called on those connection threads, so several calls may run at once: it
/// must be thread-safe (it is `@Sendable`; keep shared state behind a lock or a serial queue).
/// It is called only with complete, well-formed GET, HEAD and POST requests; everything else
/// the server answers itself (Docs/workshop.md, "The HTTP layer").
///
/// Lifecycle: `init` binds and listens (clients may queue), ``start()`` accepts, ``stop()``
/// closes. A started server is kept alive by its accept loop until ``stop()``.
public final class HTTPServer: Sendable {
  /// The bound port (the system's choice when the configuration asked for port 0).
  public let port: Int
  private let configuration: HTTPServerConfiguration
  private let handler: @Sendable (HTTPRequest) -> HTTPResponse
  private let listener: Int32
  private let wakePipe: (read: Int32, write: Int32)
  private let rateLimiter: RateLimiter
  private let state = Mutex(State())
  private let acceptLoopEnded = DispatchSemaphore(value: 0)

  private enum Phase {
    case bound
    case running
    case stopped
  }

  /// The phase, and the open connections' descriptors. A descriptor is closed only while
  /// holding the lock and after leaving the set, so ``stop()`` never shuts down a number the
  /// system has already handed to someone else.
  private struct State {
    var phase = Phase.bound
    var connections: Set<Int32> = []
  }

  /// Binds `configuration.host` and `configuration.port` and listens; call ``start()`` to
  /// serve with `handler`. Throws ``HTTPServerError`` for a bad host or configuration value, an
  /// address in use, or a failed socket call.
  public init(
    configuration: HTTPServerConfiguration, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
  ) throws {
    if let problem = configuration.problem() { throw HTTPServerError.invalidConfiguration(problem) }
    let (listener, port) = try Socket.openListener(host: configuration.host, port: configuration.port)
    do {
      wakePipe = try Socket.openWakePipe()
    } catch {
      Socket.close(listener)
      throw error
    }
    self.listener = listener
    self.port = port
    self.configuration = configuration
    self.handler = handler
    rateLimiter = RateLimiter(requestsPerMinute: configuration.requestsPerMinutePerClient)
  }

  deinit {
    if state.withLock({ $0.phase == .bound }) { closeListener() }
  }

  /// Starts accepting connections on a Dispatch queue of its own; returns at once. Does
  /// nothing if the server has started or stopped before.
  public func start() {
    let starting = state.withLock { state in
      guard state.phase == .bound else { return false }
      state.phase = .running
      return true
    }
    guard starting else { return }
    DispatchQueue(label: "TwinServer.accept").async { self.acceptLoop() }
  }

  /// Closes the listening socket (once this returns, new connections are refused) and shuts
  /// down every open connection (a handler already running finishes, but its response is not
  /// delivered). Idempotent; safe from any thread, a handler's included.
  public func stop() {
    let previous = state.withLock { state in
      defer { state.phase = .stopped }
      if state.phase != .stopped {
        for connection in state.connections { Socket.interrupt(connection) }
      }
      return state.phase
    }
    switch previous {
    case .bound:
      closeListener()
    case .running:
      Socket.wake(wakePipe.write)
      acceptLoopEnded.wait()
    case .stopped:
      break
    }
  }

  /// Accepts connections until ``stop()`` wakes it, then closes the listener.
  private func acceptLoop() {
    while Socket.waitForConnection(on: listener, orWake: wakePipe.read) {
      guard let (descriptor, peer) = Socket.accept(from: listener, sendTimeoutSeconds: configuration.readTimeoutSeconds)
      else { continue }
      let admitted: Bool? = state.withLock { state in
        guard state.phase == .running else { return nil }
        guard state.connections.count < configuration.maxConnections else { return false }
        state.connections.insert(descriptor)
        return true
      }
      switch admitted {
      case true?:
        let connection = Connection(
          descriptor: descriptor, peer: peer, configuration: configuration, rateLimiter: rateLimiter, handler: handler)
        DispatchQueue(label: "TwinServer.connection").async {
          connection.run()
          self.release(descriptor)
        }
      case false?:
        refuseBusy(descriptor)
      case nil:
        Socket.close(descriptor)
      }
    }
    closeListener()
    acceptLoopEnded.signal()
  }

  /// Answers a connection beyond `maxConnections` with 503 and closes it, without blocking
  /// the accept loop (the response fits in a new socket's buffer).
  private func refuseBusy(_ descriptor: Int32) {
    let response = RequestRejection(
      status: 503, message: "the server is busy (\(configuration.maxConnections) connections): try again",
      headers: ["Retry-After": "1"]
    ).response
    let bytes = ResponseWriter.encode(response, headOnly: false, keepAlive: false, unixTime: Int(time(nil)))
    if Socket.sendAll(descriptor, bytes, nonBlocking: true) { Socket.finish(descriptor, wait: false) }
    Socket.close(descriptor)
  }

  /// Forgets a finished connection and closes it.
  private func release(_ descriptor: Int32) {
    state.withLock { state in
      state.connections.remove(descriptor)
      Socket.close(descriptor)
    }
  }

  private func closeListener() {
    Socket.close(listener)
    Socket.close(wakePipe.read)
    Socket.close(wakePipe.write)
  }
}
