import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles

/// The levers a workshop offers and the budget teams spend on them (`Docs/workshop.md`, the
/// menu file's format). The standard menu (``standard``) is built into the tool; `--menu FILE`
/// replaces it.
public struct WorkshopMenu: Hashable, Sendable {
  /// Each team's budget for levers [CNY per 1,000 residents per year].
  public var budgetCNYPer1000PerYear: Double
  public var options: [WorkshopOption]

  /// The option named `id`, if any. O(options).
  public func option(_ id: String) -> WorkshopOption? { options.first { $0.id == id } }

  /// Most options a menu may hold.
  static let maximumOptions = 40

  /// Reads a menu file's bytes; `file` names it in problems.
  /// - Throws: ``ScenarioFileError`` with every problem (unknown keys, missing labels, prices
  ///   out of range, repeated ids) and the key path of each.
  public static func decode(_ data: Data, file: String) throws -> WorkshopMenu {
    let problems = ProblemCollector(file: file)
    let root = try JSONDocument.rootReader(data, problems: problems)
    _ = root.string("comment", default: "")
    let budget = root.number("budget_cny_per_1000_residents_year", .range(0, 1e9))
    var options: [WorkshopOption] = []
    var seen: Set<String> = []
    for item in root.objects("options", required: true, nonEmpty: true, maxCount: maximumOptions) {
      let id = item.identifier("id")
      if let id, !seen.insert(id).inserted {
        problems.report(item.path("id"), value: id, "option id given twice", allowed: "a different id for each option")
      }
      let label = localized(item, "label")
      let explanation = localized(item, "explanation")
      let cost = item.number("cost_cny_per_1000_residents_year", .range(0, 1e9))
      let source = item.string("cost_source", nonEmpty: true)
      let lever = item.value("lever")
      if lever == nil {
        item.reportMissing("lever", allowed: "a lever object as in a scenario's interventions")
      } else if let lever, !Self.isLeverObject(lever) {
        problems.report(
          item.path("lever"), value: lever.rendered, "expected a lever object without start_day",
          allowed: "{\"lever\": NAME, …parameters} as in a scenario's interventions (Docs/policies.md)")
      }
      item.finish()
      if let id, let lever {
        options.append(
          WorkshopOption(
            id: id, label: label, explanation: explanation, costCNYPer1000PerYear: cost, costSource: source,
            lever: lever))
      }
    }
    root.finish()
    try problems.throwIfAny()
    return WorkshopMenu(budgetCNYPer1000PerYear: budget, options: options)
  }

  /// Whether `value` is an object naming a lever and leaving its start day to the game.
  private static func isLeverObject(_ value: JSONValue) -> Bool {
    guard case .object(let fields) = value else { return false }
    return fields["lever"] != nil && fields["start_day"] == nil
  }

  private static func localized(_ item: ObjectReader, _ key: String) -> LocalizedText {
    let text = item.object(key, required: true)
    let en = text.string("en", nonEmpty: true)
    let zh = text.string("zh", nonEmpty: true)
    text.finish()
    return LocalizedText(en: en, zh: zh)
  }
}
