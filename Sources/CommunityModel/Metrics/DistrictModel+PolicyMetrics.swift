import SimKernel

extension DistrictModel {
  /// Money, project, PPP and governance metrics over the statistics window (names and
  /// units in `Docs/model.md` and `Docs/policies.md`). `core` are the metrics already
  /// computed (the governance index reads them).
  func policyMetrics(after core: [MetricValue]) -> [MetricValue] {
    var out: [MetricValue] = []
    func add(_ name: String, _ unit: String, _ value: Double) { out.append(MetricValue(name: name, unit: unit, value: value)) }
    func cny(_ fen: Int64) -> Double { Double(fen) / 100 }
    let end = money.audit()
    let start = moneyAtWindowStart.audit()
    let sources = FundingSource.allCases

    // Money in the window.
    let received = sources.map { end.received[$0.rawValue] - start.received[$0.rawValue] }
    let spent = SpendingUse.allCases.map { money.spent(on: $0) - moneyAtWindowStart.spent(on: $0) }
    let leaked = sources.reduce(Int64(0)) { $0 + end.leaked[$1.rawValue] - start.leaked[$1.rawValue] }
    let totalIn = received.reduce(0, +)
    let totalSpent = spent.reduce(0, +)
    add("budget.received_cny", "CNY", cny(totalIn))
    for source in sources { add("budget.by_source.\(source.name)_cny", "CNY", cny(received[source.rawValue])) }
    add("budget.spent_cny", "CNY", cny(totalSpent))
    for use in SpendingUse.allCases { add("budget.by_use.\(use.name)_cny", "CNY", cny(spent[use.rawValue])) }
    add("budget.leakage_cny", "CNY", cny(leaked))
    add("budget.held_cny", "CNY", cny(end.held.reduce(0, +)))
    let shortfall = SpendingUse.allCases.reduce(Int64(0)) { $0 + money.shortfall[$1.rawValue] - moneyAtWindowStart.shortfall[$1.rawValue] }
    add("budget.shortfall_cny", "CNY", cny(shortfall))
    let social = totalIn - received[FundingSource.government.rawValue]
    add("budget.social_capital_share", "share 0–1", totalIn > 0 ? Double(social) / Double(totalIn) : .nan)
    let reaching = totalSpent + leaked > 0 ? Double(totalSpent) / Double(totalSpent + leaked) : Double.nan
    add("budget.reaching_use_share", "share 0–1", reaching)
    add("budget.cost_per_resolved_request_cny", "CNY per request", counts.resolved > 0 ? cny(totalSpent) / Double(counts.resolved) : .nan)

    // Projects.
    add("projects.proposed", "projects", Double(projectCounts.proposed))
    add("projects.approved", "projects", Double(projectCounts.approved))
    add("projects.completed", "projects", Double(projectCounts.completed))
    let days = projectCounts.approvalDays.sorted()
    add("projects.approval_days.mean", "days", days.isEmpty ? .nan : days.reduce(0, +) / Double(days.count))
    add("projects.approval_days.p90", "days", days.isEmpty ? .nan : Self.quantile(days, 0.9))
    let small = projectCounts.smallApprovalDays
    add("projects.small.approval_days.mean", "days", small.isEmpty ? .nan : small.reduce(0, +) / Double(small.count))
    add("projects.locally_approved_share", "share 0–1", days.isEmpty ? .nan : Double(projectCounts.approvedLocally) / Double(days.count))
    add("projects.backlog_at_end", "requests", Double(backlogs.reduce(0) { $0 + $1.count }))

    // PPP.
    add("ppp.operators_active", "operators", Double(operators.filter(\.active).count))
    add("ppp.operator_exits", "operators", Double(operatorExits))

    // Governance efficiency index: six indicators, each its attainment of a threshold
    // (capped at 1), averaged, × 100 (Docs/policies.md).
    func metric(_ name: String) -> Double { core.first { $0.name == name }?.value ?? .nan }
    let utilizations = scenario.facilities.map { metric("utilization.facility.\($0.id)") }.filter { !$0.isNaN }
    let utilization = utilizations.isEmpty ? Double.nan : utilizations.reduce(0, +) / Double(utilizations.count)
    var participants = 0
    for resident in residents where resident.isParticipant { participants += 1 }
    let values: [String: Double] = [
      "response_within_5_days": metric("response.all.mean_days"),
      "satisfaction": metric("satisfaction.satisfied_share"),
      "facility_utilization": utilization,
      "urgent_within_48h": metric("response.urgent.within_48h_share"),
      "participation": Double(participants) / Double(residents.count),
      "budget_reaching_services": reaching,
    ]
    var sum = 0.0
    for indicator in GovernanceIndicator.all {
      guard let value = values[indicator.name] else { preconditionFailure("no value for indicator \(indicator.name)") }
      let score = indicator.attainment(of: value)
      add("governance.indicator.\(indicator.name)", "attainment 0–1", score)
      add("governance.value.\(indicator.name)", indicator.unit, value)
      sum += score
    }
    add("governance.index", "index 0–100", 100 * sum / Double(GovernanceIndicator.all.count))
    return out
  }

  /// The `q` quantile of sorted `values` (linear interpolation between order statistics).
  static func quantile(_ values: [Double], _ q: Double) -> Double {
    let position = q * Double(values.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(low + 1, values.count - 1)
    return values[low] + (position - Double(low)) * (values[high] - values[low])
  }
}
