/// Catalog entries: the department stage of cross-department requests (`Docs/metrics.md`).
extension Metric {
  public static let departmentHandoffs = Metric(
    "departments.handoffs", .handoffs, label: "Hand-offs to departments", direction: .lower,
    definition: "hand-off delays started in the window: one per department a request needs, or one per request "
      + "with a shared intake")
  public static let departmentRequestsHandedOff = Metric(
    "departments.requests_handed_off", .requests, label: "Requests handed off to departments",
    definition: "requests whose first hand-off to a department started in the window")
  public static let departmentRequestsCompleted = Metric(
    "departments.requests_completed", .requests, label: "Cross-department requests completed", direction: .higher,
    definition: "of the requests handed off in the window, those whose last department finished by the end")
  public static let departmentRequestsOpenAtEnd = Metric(
    "departments.open_at_end", .requests, label: "Requests still with departments at the end", direction: .lower,
    definition: "of the requests handed off in the window, those still with a department at the horizon "
      + "(completed + open = handed off)")
  public static let departmentCompletionShare = Metric(
    "departments.completion_within_standard_share", .share, label: "Cross-department requests completed in time",
    direction: .higher,
    definition: "of the requests handed off in the window at least the completion standard before the horizon, "
      + "those whose departments all finished within the standard of their first hand-off")
  public static let departmentStageMeanDays = Metric(
    "departments.stage.mean_days", .days, label: "Time with departments", direction: .lower,
    definition: "first hand-off to the last department's reply, mean over the requests handed off in the window "
      + "and completed")
  public static let departmentUtilization = Metric(
    "departments.utilization", .shareOfWorkingServerHours, label: "Department utilization",
    definition: "∫ busy servers ÷ ∫ servers over the departments' working hours, all departments")
  public static let departmentUrgentWaitDays = Metric(
    "departments.urgent.wait_mean_days", .days, label: "Urgent requests' wait for a department", direction: .lower,
    definition: "arrival in a department's queue to the start of its work (in its working hours), mean over "
      + "urgent cases started in the window")
  public static let departmentOtherWaitDays = Metric(
    "departments.other.wait_mean_days", .days, label: "Other requests' wait for a department", direction: .lower,
    definition: "arrival in a department's queue to the start of its work (in its working hours), mean over "
      + "improvement and innovation cases started in the window")
}

extension MetricFamily {
  public static let departmentUtilizationByDepartment = MetricFamily(
    "departments.utilization.", .departments, unit: .shareOfWorkingServerHours, label: "Department utilization",
    definition: "∫ busy servers ÷ ∫ servers over the department's working hours")
}
