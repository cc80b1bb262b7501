import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments

/// A department that ran at or above ``threshold`` of its working capacity, averaged over a
/// scenario's replications. At that load its queue is long and settles slowly, or grows
/// through the run when demand exceeds capacity (the utilization measured cannot tell the two
/// apart), so the response times of requests that need it may depend on how long the run is,
/// and the scenario gives it too few servers for the requests its levers capture
/// (`Docs/calibration.md`, "Data discovery without department capacity").
public struct SaturatedDepartment: Hashable, Sendable {
  /// The scenario's name.
  public var scenario: String
  /// The department's id.
  public var department: String
  /// Mean `departments.utilization.<department>` over the replications (0 … 1).
  public var utilization: Double

  /// Utilization at which a department counts as saturated: a queue at 0.95 of capacity
  /// waits some 20 service times on average (M/M/1), and more with fewer servers per arrival.
  public static let threshold = 0.95

  /// The saturated departments of every scenario in `result`, in scenario then department
  /// order. O(scenarios × departments × replications × metrics).
  public static func find(in result: ExperimentResult) -> [SaturatedDepartment] {
    var found: [SaturatedDepartment] = []
    for (s, scenario) in result.scenarios.enumerated() {
      for department in scenario.departments {
        let metric = MetricFamily.departmentUtilizationByDepartment[department.id].id
        let values = result.results[s].compactMap { $0[metric: metric] }.filter { !$0.isNaN }
        guard !values.isEmpty else { continue }
        let mean = values.reduce(0, +) / Double(values.count)
        if mean >= threshold {
          found.append(SaturatedDepartment(scenario: result.names[s], department: department.id, utilization: mean))
        }
      }
    }
    return found
  }

  /// One line for people in `language`, to standard error.
  public func note(in language: ReportLanguage = .en) -> String {
    let percent = NumberText.fixed(utilization * 100, decimals: 1, style: .plain)
    return language.words(
      "note: in \(scenario) the department \(department) ran at \(percent)% of its capacity: at that "
        + "load its queue is long and settles slowly, or grows, so response times may depend on the run's "
        + "length; give it more servers (departments.units[].servers) or capture fewer requests",
      "注意：在\(scenario)中，部门\(department)以其处理能力的\(percent)%运行：在此负荷下其队列很长且难以"
        + "稳定，甚至不断增长，因此响应时间可能取决于运行长度；请给它更多服务人员（departments.units[].servers）"
        + "或减少它承接的诉求")
  }
}
