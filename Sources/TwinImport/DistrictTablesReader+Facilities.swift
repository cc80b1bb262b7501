import CommunityModel

extension DistrictTablesReader {
  /// Reads `facilities.csv`: a known community, a facility of the base scenario (once per
  /// community), and optional places (0 … 10,000,000), opening hour (0 … 23) and closing
  /// hour (1 … 24). The opening hour must come before the closing hour, the base's standing
  /// in for the one not stated. O(rows × facilities).
  func facilities(_ references: CommunityReferences) -> [(
    community: String, facility: String, statement: FacilityOverride
  )] {
    guard let table = load(.facilities) else { return [] }
    var repeated = RepeatedRows(what: "facility")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let facility = row.id(DistrictTable.facility, in: vocabulary.facilities, what: "facility")
      let before = log.count
      let statement = FacilityOverride(
        places: row.integer(DistrictTable.places, DistrictLimits.places, required: false),
        opensHour: row.integer(DistrictTable.opensHour, DistrictLimits.opensHour, required: false),
        closesHour: row.integer(DistrictTable.closesHour, DistrictLimits.closesHour, required: false))
      guard let community, let facility else { return nil }
      repeated.check(row, community: community, id: facility, column: DistrictTable.facility)
      if log.count == before, let base = vocabulary.facilityHours[facility] {
        checkHours(statement, base: base, in: row)
      }
      return (community, facility, statement)
    }
  }

  /// Reports hours that do not open before they close, at the cell the row states.
  private func checkHours(_ statement: FacilityOverride, base: DistrictVocabulary.OpeningHours, in row: TableRow) {
    let opens = statement.opensHour ?? base.opens
    let closes = statement.closesHour ?? base.closes
    guard opens >= closes else { return }
    let allowed = "\(DistrictTable.opensHour) < \(DistrictTable.closesHour)"
    if statement.closesHour == nil {
      row.report(
        DistrictTable.opensHour, "not before the base scenario's \(DistrictTable.closesHour) \(closes)",
        allowed: allowed)
    } else if statement.opensHour == nil {
      row.report(
        DistrictTable.closesHour, "not after the base scenario's \(DistrictTable.opensHour) \(opens)",
        allowed: allowed)
    } else {
      row.report(DistrictTable.closesHour, "not after \(DistrictTable.opensHour) \(opens)", allowed: allowed)
    }
  }
}
