import CommunityModel
import FileFormats

/// The scenario file `import` writes: its JSON Schema (when the base has one beside it), the
/// base, the name, a description, the communities and,
/// when the tables state any, the `initial_state`, in a fixed layout (keys in the order of `Docs/import.md`, maps in the base scenario's id
/// order, numbers in shortest form), so the same tables always give the same bytes.
///
///     {
///       "$schema": "../scenario.schema.json",
///       "base": "../baseline.json",
///       "name": "example",
///       "description": "6 communities imported from CSV tables (Docs/import.md).",
///       "communities": [
///         {
///           "name": "和平里社区",
///           "residents": 8000,
///           "cohort_shares": {"elderly": 0.38, "adults": 0.3, "families": 0.12, "youth": 0.2},
///           "staff": {"community_worker": 40, "grid_worker": {"posts": 8, "pay_ratio": 0.65}}
///         }
///       ],
///       "initial_state": {
///         "open_cases": [
///           {"community": "和平里社区", "category": "elderly_care", "tier": "improvement", "stage": "queue", "age_days": 5, "count": 12}
///         ],
///         "vacancies": [
///           {"community": "和平里社区", "role": "community_worker", "posts": 3}
///         ],
///         "recent_hires": [
///           {"community": "和平里社区", "role": "community_worker", "posts": 4, "tenure_days": 30}
///         ],
///         "satisfaction": [
///           {"community": "和平里社区", "index": 62.5}
///         ],
///         "projects": [
///           {"community": "和平里社区", "category": "repairs_infrastructure", "days_left": 45}
///         ],
///         "proposals": [
///           {"community": "和平里社区", "category": "elderly_care", "cost_cny": 280000, "waited_days": 20, "levels_left": 2}
///         ],
///         "occupancy": [
///           {"community": "安定门社区", "facility": "childcare", "occupied": 52}
///         ]
///       }
///     }
enum DistrictScenarioText {
  /// The file's text, ending with a line break. O(size of the result).
  /// - Parameters:
  ///   - schema: the `$schema` (``FileSchema/reference(besideBase:from:)``), left out when `nil`.
  ///   - base: the base scenario's path, relative to the folder of the file written.
  ///   - initialState: left out of the file when empty.
  static func text(
    schema: String?, base: String, name: String, description: String, communities: [DistrictCommunity],
    initialState: DistrictInitialState, vocabulary: DistrictVocabulary
  ) -> String {
    let entries = communities.map { community(of: $0, vocabulary: vocabulary) }
    var fields: [(key: String, value: String)] = schema.map { [("$schema", JSONText.string($0))] } ?? []
    fields += [
      ("base", JSONText.string(base)), ("name", JSONText.string(name)),
      ("description", JSONText.string(description)), ("communities", JSONText.array(entries, indent: "  ")),
    ]
    if !initialState.isEmpty { fields.append(("initial_state", Self.initialState(initialState))) }
    return JSONText.object(fields, indent: "") + "\n"
  }

  /// The `initial_state` object, indented as a top-level key: `open_cases`, `vacancies`,
  /// `recent_hires`, `satisfaction`, `projects`, `proposals` and `occupancy`, each left out
  /// when empty, one row per line
  /// in table order, cells not stated left out.
  private static func initialState(_ state: DistrictInitialState) -> String {
    var fields: [(key: String, value: String)] = []
    let openCases = state.openCases.map { row in
      inline(
        [
          ("community", JSONText.string(row.community)), ("category", JSONText.string(row.category)),
          ("tier", JSONText.string(row.tier)), ("stage", JSONText.string(row.stage)),
        ]
          + [
            ("department", row.department.map { JSONText.string($0) }), ("age_days", row.ageDays.map(number)),
            ("count", row.count.map(String.init)),
          ].compactMap { key, value in value.map { (key, $0) } })
    }
    if !openCases.isEmpty { fields.append(("open_cases", JSONText.array(openCases, indent: "    "))) }
    let vacancies = state.vacancies.map { row in
      inline([
        ("community", JSONText.string(row.community)), ("role", JSONText.string(row.role)),
        ("posts", String(row.posts)),
      ])
    }
    if !vacancies.isEmpty { fields.append(("vacancies", JSONText.array(vacancies, indent: "    "))) }
    let recentHires = state.recentHires.map { row in
      inline([
        ("community", JSONText.string(row.community)), ("role", JSONText.string(row.role)),
        ("posts", String(row.posts)), ("tenure_days", number(row.tenureDays)),
      ])
    }
    if !recentHires.isEmpty { fields.append(("recent_hires", JSONText.array(recentHires, indent: "    "))) }
    let satisfaction = state.satisfaction.map { row in
      inline([("community", JSONText.string(row.community)), ("index", number(row.index))])
    }
    if !satisfaction.isEmpty { fields.append(("satisfaction", JSONText.array(satisfaction, indent: "    "))) }
    let projects = state.projects.map { row in
      inline(
        [
          ("community", JSONText.string(row.community)), ("category", JSONText.string(row.category)),
          ("days_left", number(row.daysLeft)),
        ] + (row.scopeRequests.map { [("scope_requests", String($0))] } ?? []))
    }
    if !projects.isEmpty { fields.append(("projects", JSONText.array(projects, indent: "    "))) }
    let proposals = state.proposals.map { row in
      inline(
        [
          ("community", JSONText.string(row.community)), ("category", JSONText.string(row.category)),
          ("cost_cny", number(row.costCNY)), ("waited_days", number(row.waitedDays)),
          ("levels_left", String(row.levelsLeft)),
        ] + (row.scopeRequests.map { [("scope_requests", String($0))] } ?? []))
    }
    if !proposals.isEmpty { fields.append(("proposals", JSONText.array(proposals, indent: "    "))) }
    let occupancy = state.occupancy.map { row in
      inline([
        ("community", JSONText.string(row.community)), ("facility", JSONText.string(row.facility)),
        ("occupied", String(row.occupied)),
      ])
    }
    if !occupancy.isEmpty { fields.append(("occupancy", JSONText.array(occupancy, indent: "    "))) }
    return JSONText.object(fields, indent: "  ")
  }

  /// One community's object, indented as an element of the top-level `communities`; keys it
  /// does not state are left out.
  private static func community(of community: DistrictCommunity, vocabulary: DistrictVocabulary) -> String {
    var fields: [(key: String, value: String)] = [
      ("name", JSONText.string(community.name)), ("residents", String(community.residents)),
      ("cohort_shares", inline(zip(vocabulary.cohorts, community.cohortShares).map { ($0, number($1)) })),
    ]
    let staff = vocabulary.roles.compactMap { role in
      community.staff[role].map { posts in
        (
          role,
          community.payRatios[role].map { inline([("posts", String(posts)), ("pay_ratio", number($0))]) }
            ?? String(posts)
        )
      }
    }
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
  private static func statement(_ statement: FacilityOverride) -> [(String, String)] {
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
