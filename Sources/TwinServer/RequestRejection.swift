/// Why the server answers a request itself instead of passing it to the handler: the status,
/// the message of the JSON error body, and any header the status calls for (`Allow` with 405,
/// `Retry-After` with 429).
struct RequestRejection: Error, Equatable, Sendable {
  let status: Int
  let message: String
  var headers: [String: String] = [:]

  /// The error response to send.
  var response: HTTPResponse {
    var response = HTTPResponse.error(status, message)
    response.headers = headers
    return response
  }
}
