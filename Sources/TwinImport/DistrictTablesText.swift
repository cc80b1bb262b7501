import FileFormats

/// The four CSV tables `export` writes, in canonical form: the columns in ``DistrictTable``
/// order, one row per community in the district's order, then per id in the base scenario's
/// order; only what each community states (a table with nothing to say is its header alone);
/// fields through ``CSVText``, numbers in shortest form (`8000`, `0.38`), LF line ends, no
/// byte-order mark. Importing them gives the same communities back.
enum DistrictTablesText {
  /// Each table's file name and text. O(size of the result).
  static func tables(_ communities: [DistrictCommunity], vocabulary: DistrictVocabulary) -> [(
    name: String, text: String
  )] {
    DistrictTable.allCases.map { table in
      let header = table.columns(cohorts: vocabulary.cohorts)
      let body = communities.flatMap { rows(of: $0, in: table, vocabulary: vocabulary) }
      let lines = ([header] + body).map { $0.map(CSVText.field).joined(separator: ",") }
      return (table.fileName, lines.map { $0 + "\n" }.joined())
    }
  }

  /// The rows `community` has in `table`, as unquoted fields.
  private static func rows(of community: DistrictCommunity, in table: DistrictTable, vocabulary: DistrictVocabulary)
    -> [[String]]
  {
    let name = community.name
    switch table {
    case .communities:
      return [[name, String(community.residents)] + community.cohortShares.map(DistrictScenarioText.number)]
    case .staff:
      return vocabulary.roles.compactMap { role in community.staff[role].map { [name, role, String($0)] } }
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
    }
  }
}
