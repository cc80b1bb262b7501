/// A request the game cannot carry out, with the HTTP status that says why: 400 a malformed
/// request, 403 a facilitator's action without the facilitator's key, 404 an unknown team or
/// option, 409 an action the game's state forbids now (paused, ended, a round in play),
/// 422 a choice against the rules (over budget, chosen twice).
public struct WorkshopError: Error, Hashable, Sendable, CustomStringConvertible {
  public var status: Int
  public var message: String

  public init(_ status: Int, _ message: String) {
    self.status = status
    self.message = message
  }

  public var description: String { message }
}
