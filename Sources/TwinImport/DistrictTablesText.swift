import FileFormats

/// The eleven CSV tables `export` writes, in canonical form: the columns in ``DistrictTable``
/// order, one row per community in the district's order, then per id in the base scenario's
/// order (the warm start's rows in their file order); only what each community states (a
/// table with nothing to say is its header alone);
/// fields through ``CSVText``, numbers in shortest form (`8000`, `0.38`), LF line ends, no
/// byte-order mark. Importing them gives the same communities back.
enum DistrictTablesText {
  /// Each table's file name and text. O(size of the result).
  static func tables(
    _ communities: [DistrictCommunity], initialState: DistrictInitialState, vocabulary: DistrictVocabulary
  ) -> [(name: String, text: String)] {
    DistrictTable.allCases.map { table in
      let header = table.columns(cohorts: vocabulary.cohorts)
      let body: [[String]]
      switch table {
      case .openCases: body = initialState.openCases.map(row)
      case .vacancies: body = initialState.vacancies.map { [$0.community, $0.role, String($0.posts)] }
      case .recentHires:
        body = initialState.recentHires.map {
          [$0.community, $0.role, String($0.posts), DistrictScenarioText.number($0.tenureDays)]
        }
      case .satisfaction:
        body = initialState.satisfaction.map { [$0.community, DistrictScenarioText.number($0.index)] }
      case .projects:
        body = initialState.projects.map {
          [
            $0.community, $0.category, DistrictScenarioText.number($0.daysLeft),
            $0.scopeRequests.map(String.init) ?? "",
          ]
        }
      case .proposals:
        body = initialState.proposals.map {
          [
            $0.community, $0.category, DistrictScenarioText.number($0.costCNY),
            DistrictScenarioText.number($0.waitedDays), String($0.levelsLeft), $0.scopeRequests.map(String.init) ?? "",
          ]
        }
      case .occupancy: body = initialState.occupancy.map { [$0.community, $0.facility, String($0.occupied)] }
      default: body = communities.flatMap { rows(of: $0, in: table, vocabulary: vocabulary) }
      }
      let lines = ([header] + body).map { $0.map(CSVText.field).joined(separator: ",") }
      return (table.fileName, lines.map { $0 + "\n" }.joined())
    }
  }

  /// One row of `open_cases.csv`, a cell not stated left empty.
  private static func row(_ cases: DistrictInitialState.OpenCases) -> [String] {
    [cases.community, cases.category, cases.tier, cases.stage, cases.department ?? ""]
      + [cases.ageDays.map(DistrictScenarioText.number), cases.count.map(String.init)].map { $0 ?? "" }
  }

  /// The rows `community` has in `table` (one of the tables of communities), as unquoted
  /// fields.
  private static func rows(of community: DistrictCommunity, in table: DistrictTable, vocabulary: DistrictVocabulary)
    -> [[String]]
  {
    let name = community.name
    switch table {
    case .communities:
      return [[name, String(community.residents)] + community.cohortShares.map(DistrictScenarioText.number)]
    case .staff:
      return vocabulary.roles.compactMap { role in
        community.staff[role].map {
          [name, role, String($0), community.payRatios[role].map(DistrictScenarioText.number) ?? ""]
        }
      }
    case .facilities:
      return vocabulary.facilities.compactMap { id in
        community.facilities[id].map { statement in
          [name, id] + [statement.places, statement.opensHour, statement.closesHour].map { $0.map(String.init) ?? "" }
        }
      }
    case .funds:
      return vocabulary.sources.compactMap { source in
        let annual = community.annualCNYPerResident[source]
        let opening = community.openingBalanceCNY[source]
        guard annual != nil || opening != nil else { return nil }
        return [name, source] + [annual, opening].map { $0.map(DistrictScenarioText.number) ?? "" }
      }
    case .openCases, .vacancies, .recentHires, .satisfaction, .projects, .proposals, .occupancy:
      return []
    }
  }
}
