/// One HTTP request as the handler sees it: already checked against the server's limits, its
/// target percent-decoded, its body complete (`Content-Length` bytes).
public struct HTTPRequest: Sendable {
  /// The method: "GET", "HEAD" or "POST" (the server answers every other method 405 itself).
  /// Route HEAD like GET: the server sends the headers of the response and drops its body.
  public var method: String
  /// The percent-decoded path without the query, e.g. "/api/state". Just a string: nothing in
  /// the server maps it to a file, and dot segments ("/../") are left as they came.
  public var path: String
  /// The decoded query parameters ("+" is a space); a repeated name keeps its last value, a
  /// name without "=" has the value "".
  public var query: [String: String]
  /// The header fields, names lowercased; a repeated field's values joined with ", ".
  public var headers: [String: String]
  /// The body, at most `maxBodyBytes` bytes; empty when the request has no `Content-Length`.
  public var body: [UInt8]
  /// The peer's IP address as text, e.g. "127.0.0.1" or "::1" (an IPv4 peer of an IPv6
  /// socket is shown as IPv4).
  public var clientAddress: String

  /// A request built by hand, e.g. to test a handler without sockets.
  public init(
    method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:],
    body: [UInt8] = [], clientAddress: String = "127.0.0.1"
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
    self.clientAddress = clientAddress
  }
}
