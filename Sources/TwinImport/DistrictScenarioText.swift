import FileFormats

/// The scenario file `import` writes: the base, the name, a description and the communities,
/// in a fixed layout (keys in the order of `Docs/import.md`, maps in the base scenario's id
/// order, numbers in shortest form), so the same tables always give the same bytes.
///
///     {
///       "base": "../baseline.json",
///       "name": "example",
///       "description": "6 communities imported from CSV tables (Docs/import.md).",
///       "communities": [
///         {
///           "name": "和平里社区",
///           "residents": 8000,
///           "cohort_shares": {"elderly": 0.38, "adults": 0.3, "families": 0.12, "youth": 0.2},
///           "staff": {"community_worker": 40, "grid_worker": 8}
///         }
///       ]
///     }
enum DistrictScenarioText {
  /// The file's text, ending with a line break. O(size of the result).
  /// - Parameters:
  ///   - base: the base scenario's path, relative to the folder of the file written.
  static func text(
    base: String, name: String, description: String, communities: [DistrictCommunity], vocabulary: DistrictVocabulary
  ) -> String {
    let entries = communities.map { community(of: $0, vocabulary: vocabulary) }
    return JSONText.object(
      [
        ("base", JSONText.string(base)), ("name", JSONText.string(name)),
        ("description", JSONText.string(description)), ("communities", JSONText.array(entries, indent: "  ")),
      ], indent: "") + "\n"
  }

  /// One community's object, indented as an element of the top-level `communities`; keys it
  /// does not state are left out.
  private static func community(of community: DistrictCommunity, vocabulary: DistrictVocabulary) -> String {
    var fields: [(key: String, value: String)] = [
      ("name", JSONText.string(community.name)), ("residents", String(community.residents)),
      ("cohort_shares", inline(zip(vocabulary.cohorts, community.cohortShares).map { ($0, number($1)) })),
    ]
    let staff = vocabulary.roles.compactMap { role in community.staff[role].map { (role, String($0)) } }
    if !staff.isEmpty { fields.append(("staff", inline(staff))) }
    let facilities = vocabulary.facilities.compactMap { id in
      community.facilities[id].map { (id, inline(statement($0))) }
    }
    if !facilities.isEmpty { fields.append(("facilities", inline(facilities))) }
    for (key, amounts) in [
      ("annual_cny_per_resident", community.annualCNYPerResident), ("opening_balance_cny", community.openingBalanceCNY),
    ] {
      let stated = vocabulary.sources.compactMap { source in amounts[source].map { (source, number($0)) } }
      if !stated.isEmpty { fields.append((key, inline(stated))) }
    }
    return JSONText.object(fields, indent: "    ")
  }

  /// The keys a facility statement states, in the order of `facilities.csv`.
  private static func statement(_ statement: FacilityStatement) -> [(String, String)] {
    [("places", statement.places), ("opens_hour", statement.opensHour), ("closes_hour", statement.closesHour)]
      .compactMap { key, value in value.map { (key, String($0)) } }
  }

  /// A JSON object on one line: `{"a": 1, "b": 2}`.
  private static func inline(_ fields: [(String, String)]) -> String {
    "{" + fields.map { JSONText.string($0) + ": " + $1 }.joined(separator: ", ") + "}"
  }

  /// A number as the tables and scenario files write it: `8000`, `0.38`.
  static func number(_ value: Double) -> String { JSONValue.format(value) }
}
