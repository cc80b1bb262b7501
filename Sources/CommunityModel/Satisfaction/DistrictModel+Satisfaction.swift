import SimKernel

extension DistrictModel {
  /// Resident `i` has an experience with score `e` (0 … 1) and weight `w` at `now`: its
  /// satisfaction, relaxed toward its baseline since the last update, moves a share `w`
  /// of the way toward `e`; the group ledger follows. Participation may switch off (below
  /// the dropout level) or on (above the rejoin level). O(1), one exponential.
  mutating func experience(resident i: Int, score e: Double, weight w: Double, at now: SimTime) {
    experience(resident: i, record: residents[i], score: e, weight: w, at: now)
  }

  /// ``experience(resident:score:weight:at:)`` with resident `i`'s current record already
  /// read (see ``visitArrives(_:_:)``: an early read can hide a cache miss).
  mutating func experience(resident i: Int, record: Resident, score e: Double, weight w: Double, at now: SimTime) {
    let decay = ledger.decay(atDay: now.days)
    var resident = record
    let baseline = Double(resident.baseline)
    let stored = Double(resident.deviation)
    let before = baseline + stored * decay
    let after = before + w * (e - before)
    resident.deviation = Float((after - baseline) / decay)
    ledger.deviationSum[resident.group(cohorts: ledger.cohorts)] += Double(resident.deviation) - stored

    let s = scenario.satisfaction
    if resident.isParticipant {
      if after < s.participationDropoutBelow { resident.flags &= ~Resident.participant }
    } else if after > s.participationRejoinAbove {
      resident.flags |= Resident.participant
    }
    residents[i] = resident
  }

  /// Resident `i`'s satisfaction when the ledger's decay factor is `decay`.
  func satisfaction(of i: Int, decay: Double) -> Double {
    Double(residents[i].baseline) + Double(residents[i].deviation) * decay
  }
}
