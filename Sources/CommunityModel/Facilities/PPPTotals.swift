/// What every PPP operator of the district did since the start of the run: their summed
/// profit and loss, the social capital they put in, and residents' use and fees by cohort
/// (the window's share is the difference from a copy taken when the warm-up ends).
struct PPPTotals: Codable {
  /// Fees, subsidy and cost of every operator [fen].
  var accounts = PPPAccounts()
  /// Capital invested in added places [fen].
  var capital: Int64 = 0
  /// Operators' net outlay: what they put into running their facilities from their own
  /// money when fees and subsidy fell short [fen] (``DistrictModel/settleOperatorDay(_:)``).
  var outlay: Int64 = 0
  /// Use and fees by cohort, indexed like ``Scenario/cohorts``.
  var byCohort: [PPPCohortUse]

  init(cohorts: Int) {
    byCohort = Array(repeating: PPPCohortUse(), count: cohorts)
  }
}
