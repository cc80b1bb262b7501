/// Emergencies in the statistics window (``EmergencySpec``; `+Emergencies`).
struct EmergencyCounts: Codable {
  /// Communities struck in the window.
  var struck = 0
  /// Days from the strike to approval, and to the places' return, of each repair completed in
  /// the window.
  var approvalDays: [Double] = []
  var repairDays: [Double] = []
  /// Visits turned away or given up at a damaged facility while it awaited its repair: the
  /// residents' complaints (C2).
  var complaints = 0
}
