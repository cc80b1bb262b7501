/// One cohort's use of the facilities PPP operators run, counted since the start of the run
/// (the window's share is the difference from a copy taken when the warm-up ends).
struct PPPCohortUse: Codable {
  /// Residents who came to an operated facility (arrivals at its fee).
  var came = 0
  /// Residents who would have come but stayed away because of the fee.
  var declined = 0
  /// Fees paid [fen], charged as each visit starts.
  var paid: Int64 = 0

  static func - (a: PPPCohortUse, b: PPPCohortUse) -> PPPCohortUse {
    PPPCohortUse(came: a.came - b.came, declined: a.declined - b.declined, paid: a.paid - b.paid)
  }
}
