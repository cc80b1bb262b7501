extension DistrictTablesReader {
  /// Reads `occupancy.csv`: a known community, a facility of the base scenario (once per
  /// community) open round the clock there, and the places taken at the start, a whole number
  /// 0 … the community's places of the facility (`facilities.csv`'s, else the base's
  /// `capacity_per_1000` rule). O(rows × facilities).
  /// - Parameter communities: the communities by name with their stated facilities, to check
  ///   the hours and bound the places; a community not in it (rejected, or its facility rows
  ///   were) is checked by the scenario reader instead.
  func occupancy(_ references: CommunityReferences, communities: [String: DistrictCommunity])
    -> [DistrictInitialState.Occupancy]
  {
    guard let table = load(.occupancy) else { return [] }
    var repeated = RepeatedRows(what: "facility")
    return cleanRows(of: table) { row in
      let community = references.community(in: row)
      let facility = row.id(DistrictTable.facility, in: vocabulary.facilities, what: "facility")
      let occupied = row.integer(DistrictTable.occupied, DistrictLimits.places, required: true)
      guard let community, let facility else { return nil }
      repeated.check(row, community: community, id: facility, column: DistrictTable.facility)
      if let stated = communities[community] {
        if !vocabulary.isAlwaysOpen(facility, in: stated) {
          row.report(
            DistrictTable.facility,
            "\(facility) closes at night in \(community) (facilities.csv or the base's hours): only a facility open "
              + "round the clock has occupants when the run starts",
            allowed: "a facility open 0-24 every day")
        } else if let occupied, occupied > vocabulary.places(ofFacility: facility, in: stated) {
          let places = vocabulary.places(ofFacility: facility, in: stated)
          row.report(
            DistrictTable.occupied,
            "more than the \(places) places of \(facility) in \(community) (facilities.csv or the base's "
              + "capacity_per_1000)", allowed: "a whole number 0 ... \(places)")
        }
      }
      guard let occupied else { return nil }
      return DistrictInitialState.Occupancy(community: community, facility: facility, occupied: occupied)
    }
  }
}
