import SimKernel

extension DistrictModel {
  /// Recomputes the pay ratio and turnover hazard of every community's posts of every role
  /// from the parameters in force (``Scenario/payRatio(ofRole:in:)``,
  /// ``Scenario/annualTurnover(ofRole:in:)``): at the start, and when an intervention may
  /// have changed them. A holder whose post becomes paid or unpaid joins or leaves the paid
  /// staff on roll at `now`. O(communities × roles × turnover points + posts).
  mutating func refreshPay(at now: SimTime) {
    let old = payRatios
    payRatios = []
    turnovers = []
    for spec in scenario.communities {
      for r in scenario.roles.indices {
        payRatios.append(scenario.payRatio(ofRole: r, in: spec))
        turnovers.append(scenario.annualTurnover(ofRole: r, in: spec))
      }
    }
    guard old.count == payRatios.count else { return }  // the start: nobody on roll yet
    for w in workers.indices where workers[w].state != .vacant {
      let slot = paySlot(ofPost: w)
      if (old[slot] > 0) != (payRatios[slot] > 0) { paidOnRoll.add(payRatios[slot] > 0 ? 1 : -1, at: now) }
    }
  }

  /// The pay ratio of post `w` [× local average wage]: its community's for its role. O(1).
  @inline(__always)
  func payRatio(ofPost w: Int) -> Double { payRatios[paySlot(ofPost: w)] }

  /// The turnover hazard of post `w`'s holder [per year]: the role's curve at the post's pay
  /// ratio. O(1).
  func annualTurnover(ofPost w: Int) -> Double { turnovers[paySlot(ofPost: w)] }

  /// Post `w`'s index in ``payRatios`` and ``turnovers``: community × roles + role.
  @inline(__always)
  private func paySlot(ofPost w: Int) -> Int {
    Int(workers[w].community) * scenario.roles.count + Int(workers[w].role)
  }
}
