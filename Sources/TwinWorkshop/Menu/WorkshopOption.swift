import FileFormats

/// One choice on the workshop's menu: a lever with plain labels in both languages, what it
/// does, and its price in the game's budget.
public struct WorkshopOption: Hashable, Sendable {
  /// Name in requests and in the debrief (`devolution`, `more_staff`).
  public var id: String
  public var label: LocalizedText
  /// What the lever changes, in a sentence or two (from `Docs/policies.md`).
  public var explanation: LocalizedText
  /// Its price [CNY per 1,000 residents per year]: the added public cost measured for the
  /// lever alone (`Docs/workshop.md` says how), charged against the team's budget for the
  /// days of the game left when it is chosen.
  public var costCNYPer1000PerYear: Double
  /// Where the price comes from, in words.
  public var costSource: String
  /// The lever object as a scenario file writes it, without `start_day` (the round's first
  /// day is set when a team chooses it).
  package var lever: JSONValue

  package init(
    id: String, label: LocalizedText, explanation: LocalizedText, costCNYPer1000PerYear: Double, costSource: String,
    lever: JSONValue
  ) {
    self.id = id
    self.label = label
    self.explanation = explanation
    self.costCNYPer1000PerYear = costCNYPer1000PerYear
    self.costSource = costSource
    self.lever = lever
  }

  /// The lever object starting on `day` of the run, for a scenario's `interventions`.
  package func intervention(startingOn day: Int) -> JSONValue {
    guard case .object(var fields) = lever else { return lever }
    fields["start_day"] = .number(Double(day))
    return .object(fields)
  }
}
