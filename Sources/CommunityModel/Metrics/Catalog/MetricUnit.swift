/// A metric's unit in the model's words, as the output files write it ("days", "share 0–1").
///
/// Declared once here; catalog entries (``Metric``) refer to these constants.
public struct MetricUnit: Hashable, Sendable {
  /// The words, e.g. "share of paid hours".
  public var words: String

  public init(_ words: String) {
    self.words = words
  }

  /// How a value in this unit is shown when its metric says nothing else: a share (words
  /// starting "share" or "attainment") in % (× 100), keeping what it is a share of
  /// ("share of paid hours" → "% of paid hours", "share 0–1" → "%"); anything else in its own
  /// words, unscaled.
  public var defaultDisplay: (unit: String, scale: Double) {
    guard words.hasPrefix("share") || words.hasPrefix("attainment") else { return (words, 1) }
    let rest = words.drop { $0 != " " }.drop { $0 == " " }
    let qualifier = rest == "0–1" || rest.isEmpty ? "" : " " + rest
    return ("%" + qualifier, 100)
  }

  public static let index = MetricUnit("index 0–100")
  public static let share = MetricUnit("share 0–1")
  public static let attainment = MetricUnit("attainment 0–1")
  public static let shareOfPaidHours = MetricUnit("share of paid hours")
  public static let shareOfOpenPlaceHours = MetricUnit("share of open place-hours")
  public static let shareOfWorkingServerHours = MetricUnit("share of working server-hours")
  public static let handoffs = MetricUnit("hand-offs")
  public static let days = MetricUnit("days")
  public static let communityDays = MetricUnit("community-days")
  public static let postDays = MetricUnit("post-days")
  public static let placeDays = MetricUnit("place-days")
  public static let hours = MetricUnit("hours")
  public static let hoursPerWeek = MetricUnit("hours per week")
  public static let perYear = MetricUnit("per year")
  public static let needs = MetricUnit("needs")
  public static let needsPerDay = MetricUnit("needs per day")
  public static let requests = MetricUnit("requests")
  public static let requestsPerDay = MetricUnit("requests per day")
  public static let workers = MetricUnit("workers")
  public static let visits = MetricUnit("visits")
  public static let tasks = MetricUnit("tasks")
  public static let placesAtEnd = MetricUnit("places at the end")
  public static let cny = MetricUnit("CNY")
  public static let cnyPerRequest = MetricUnit("CNY per request")
  public static let cnyPerResident = MetricUnit("CNY per resident")
  public static let projects = MetricUnit("projects")
  public static let operators = MetricUnit("operators")
  public static let communities = MetricUnit("communities")
  public static let contracts = MetricUnit("contracts")
  public static let incidents = MetricUnit("incidents")
  public static let attempts = MetricUnit("attempts")
  public static let incidentsPerThousandPerYear = MetricUnit("incidents per 1,000 residents per year")
  public static let offenders = MetricUnit("offenders")
  public static let cameras = MetricUnit("cameras")
}
