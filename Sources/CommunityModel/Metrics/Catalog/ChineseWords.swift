/// The metric catalog's words in simplified Chinese, for Chinese reports: labels of the
/// metrics a report shows by default (the key metrics, the daily series, the governance
/// indicators, the per-community and per-facility families, money and staff time), and the
/// display units' words. Keyed by the English words, so a metric and its daily series share
/// a label where their English labels agree.
///
/// A label not listed here has no Chinese yet: reports fall back to the English label (and
/// say so once).
public enum ChineseWords {
  /// Chinese label by English label.
  static let labels: [String: String] = [
    // Key metrics (MetricCatalog.keyMetrics).
    "Satisfaction index": "满意度指数",
    "Residents satisfied": "满意居民占比",
    "Mean response time": "平均响应时间",
    "Response time that 90% of requests beat": "90%诉求的响应时间上限",
    "Urgent requests answered within 48 hours": "紧急诉求48小时内响应率",
    "Requests given up by residents": "居民放弃的诉求",
    "Staff time spent serving residents": "工作人员服务居民的时间占比",
    "Staff turnover": "人员流失率",
    "Project approval time": "项目审批时间",
    "Money spent": "资金支出",
    "Share of money from social capital": "社会资本资金占比",
    "Governance index": "治理指数",
    // The daily series (MetricCatalog.dailySeries).
    "Open requests (backlog)": "未办结诉求（积压）",
    "Needs arisen": "新产生的需求",
    "Requests resolved": "已办结诉求",
    "Mean response time of the day's resolved requests": "当日办结诉求的平均响应时间",
    "Casework staff on roll": "在岗社区工作者",
    "Money held": "结存资金",
    "Requests waiting for a project": "等待立项的诉求",
    "Staff utilization: share of paid working time busy": "人员利用率：带薪工作时间中忙碌的占比",
    // Governance indicators (GovernanceIndicator.all).
    "Facility utilization": "设施利用率",
    "Urgent requests answered within 48 h": "紧急诉求48小时内响应率",
    "Residents participating": "居民参与率",
    "Money reaching its use": "资金到位率",
    // Families the report shows: per community, per facility, money and staff time.
    "Government money received": "政府拨款",
    "Salaries paid": "工资支出",
    "Money received": "资金收入",
    "Visitors turned away": "被拒访客占比",
    "Staff hours serving residents": "服务居民工时",
    "Staff hours on administration": "行政事务工时",
    "Staff hours idle": "空闲工时",
  ]

  /// Chinese words of a display unit, by its English words.
  static let units: [String: String] = [
    "days": "天",
    "%": "%",
    "% of paid hours": "%（占带薪工时）",
    "% of paid time": "%（占带薪工作时间）",
    "% per year": "%/年",
    "% of open place-hours": "%（占开放位时）",
    "% of working server-hours": "%（占工作服务时）",
    "0–100": "0–100",
    "index 0–100": "0–100",
    "CNY": "元",
    "CNY per request": "元/件",
    "CNY per resident": "元/人",
    "requests": "件",
    "requests per day": "件/天",
    "needs": "项",
    "needs per day": "项/天",
    "workers": "人",
    "hours": "小时",
    "hours per week": "小时/周",
    "visits": "人次",
    "projects": "个",
    "per year": "/年",
    "hand-offs": "次转办",
    "incidents": "起",
    "communities": "个社区",
    "per 1,000 residents": "/千名居民",
    "share 0–1": "比例（0–1）",
  ]

  /// The Chinese label of English label `english`, if it has one.
  public static func label(_ english: String) -> String? { labels[english] }

  /// The Chinese words of display unit `english`, or `english` itself when it has none.
  public static func unit(_ english: String) -> String { units[english] ?? english }
}

extension Metric {
  /// The label in simplified Chinese, `nil` where the catalog has none yet (``ChineseWords``).
  public var chineseLabel: String? { ChineseWords.label(label) }
}

extension MetricFamily {
  /// The family's label in simplified Chinese, `nil` where the catalog has none yet.
  public var chineseLabel: String? { ChineseWords.label(label) }
}

extension GovernanceIndicator {
  /// The indicator's label in simplified Chinese, `nil` where the catalog has none yet.
  public var chineseLabel: String? { ChineseWords.label(label) }
}
