extension Scenario {
  /// What keeps `fork` from continuing a run of this scenario stopped at midnight `day` (a
  /// fork of a checkpoint), in words; empty when it can.
  ///
  /// Up to that midnight the run is what happened, so a fork may change only what has not
  /// happened yet: the interventions that start on day `day` or later (added, removed or
  /// changed), and what names and seeds runs (``name``, ``description``, ``seed``,
  /// ``replications``, which the checkpoint overrides). Everything else, the interventions
  /// that started earlier among it, must be as the run had it: a fork of an unchanged
  /// scenario continues the run exactly, and a fork that changes later interventions gives
  /// what a run of `fork` from day 0 would have (their histories up to `day` are the same).
  /// O(scenario size).
  public func forkProblems(_ fork: Scenario, atDay day: Int) -> [String] {
    let (mine, theirs) = (comparableForFork(atDay: day), fork.comparableForFork(atDay: day))
    guard mine != theirs else { return [] }
    var differing: [String] = []
    for (a, b) in zip(Mirror(reflecting: mine).children, Mirror(reflecting: theirs).children) {
      if let label = a.label, a.value as? AnyHashable != b.value as? AnyHashable { differing.append(label) }
    }
    let keys = differing.map { $0 == "interventions" ? "interventions starting before day \(day)" : $0 }
    return [
      "differs from the checkpoint's scenario in \(keys.joined(separator: ", ")): a fork at day \(day) may change "
        + "only interventions starting on day \(day) or later (and its name, description, seed and replications)"
    ]
  }

  /// This scenario with what a fork at `day` may change set aside: day-0 interventions
  /// applied, later ones before `day` kept, and the name, description, seed and replications
  /// cleared.
  private func comparableForFork(atDay day: Int) -> Scenario {
    var comparable = inForceAtStart
    comparable.interventions.removeAll { $0.startDay >= day }
    comparable.name = ""
    comparable.description = ""
    comparable.seed = 0
    comparable.replications = 0
    return comparable
  }
}
