import FileFormats
import Foundation

/// The body of `POST /api/choices`: `{"team": 1, "options": ["devolution", …]}`, read strictly
/// (a body that is not this object is a 400 naming what is wrong).
struct WorkshopChoiceRequest {
  /// The team, from 0.
  var team: Int
  var options: [String]

  /// Most options one request may name.
  static let maximumOptions = 64

  /// - Throws: ``WorkshopError`` 400 for malformed JSON, a missing or extra key, a team that
  ///   is not a whole number ≥ 1, or options that are not a list of strings.
  init(json body: [UInt8]) throws(WorkshopError) {
    let expected = "expected {\"team\": N, \"options\": [\"id\", …]}"
    guard let parsed = try? JSONSerialization.jsonObject(with: Data(body)),
      case .object(let fields) = JSONValue(foundation: parsed)
    else { throw WorkshopError(400, "the body is not a JSON object: \(expected)") }
    let unknown = fields.keys.filter { $0 != "team" && $0 != "options" }.sorted()
    guard unknown.isEmpty else {
      throw WorkshopError(
        400, "unknown key\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")): \(expected)")
    }
    guard case .number(let team)? = fields["team"], team >= 1, team <= 1_000, team == team.rounded() else {
      throw WorkshopError(400, "team must be a whole number from 1: \(expected)")
    }
    guard case .array(let list)? = fields["options"], list.count <= Self.maximumOptions else {
      throw WorkshopError(400, "options must be a list of at most \(Self.maximumOptions) option ids: \(expected)")
    }
    var options: [String] = []
    for item in list {
      guard case .string(let id) = item else { throw WorkshopError(400, "options must be strings: \(expected)") }
      options.append(id)
    }
    self.team = Int(team) - 1
    self.options = options
  }
}
