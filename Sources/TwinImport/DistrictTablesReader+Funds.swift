extension DistrictTablesReader {
  /// Reads `funds.csv`: a known community, a funding source (once per community), and at
  /// least one of the appropriation (CNY per resident per year, 0 … 100,000) and the opening
  /// balance (CNY, 0 … 10¹²). O(rows × sources).
  func funds(_ references: CommunityReferences) -> [(
    community: String, source: String, funds: (annual: Double?, opening: Double?)
  )] {
    guard let table = load(.funds) else { return [] }
    var repeated = RepeatedRows(what: "source")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let source = row.id(DistrictTable.source, in: vocabulary.sources, what: "funding source")
      let before = log.count
      let annual = row.number(DistrictTable.annualCNYPerResident, DistrictLimits.annualCNYPerResident, required: false)
      let opening = row.number(DistrictTable.openingBalanceCNY, DistrictLimits.openingBalanceCNY, required: false)
      if log.count == before, annual == nil, opening == nil {
        row.reportRow(
          "states neither \(DistrictTable.annualCNYPerResident) nor \(DistrictTable.openingBalanceCNY)",
          allowed: "at least one of them")
      }
      guard let community, let source else { return nil }
      repeated.check(row, community: community, id: source, column: DistrictTable.source)
      return (community, source, (annual, opening))
    }
  }
}
