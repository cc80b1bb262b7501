/// Why a server could not start listening.
public enum HTTPServerError: Error, Equatable, CustomStringConvertible {
  /// The host is not an IPv4 or IPv6 address literal.
  case badHost(String)
  /// Another socket already listens on this address and port.
  case addressInUse(host: String, port: Int)
  /// A configuration value is out of range (the message names it).
  case invalidConfiguration(String)
  /// A socket call failed: the call, and the system's message for its error number.
  case socket(call: String, message: String)

  public var description: String {
    switch self {
    case .badHost(let host):
      "cannot listen on \"\(host)\": not an IPv4 or IPv6 address (e.g. 127.0.0.1, 0.0.0.0 or ::1)"
    case .addressInUse(let host, let port):
      "cannot listen on \(host) port \(port): the address is in use (another server runs there; choose another port)"
    case .invalidConfiguration(let message): "bad server configuration: \(message)"
    case .socket(let call, let message): "cannot listen: \(call) failed: \(message)"
    }
  }
}
