/// A metric's unit in the model's words, as the output files write it ("days", "share 0–1").
///
/// Declared once here, each with the ``Range`` of values its meaning allows; catalog entries
/// (``Metric``) refer to these constants.
public struct MetricUnit: Hashable, Sendable {
  /// The words, e.g. "share of paid hours".
  public var words: String
  /// The values a metric in this unit can take, by the unit's meaning [unit].
  public var range: Range

  /// The unit called `words`: the constant below with those words (and its range), or a unit
  /// without a range when no constant has them (a sweep summary's ""). O(1).
  public init(_ words: String) {
    self.init(words, Self.rangeByWords[words] ?? .unbounded)
  }

  private init(_ words: String, _ range: Range) {
    self.words = words
    self.range = range
  }

  /// The values a unit's metrics can take: a closed interval [``lower``, ``upper``], either
  /// bound absent (open). A mean of values in the range lies in it too, so a confidence
  /// interval for the mean intersected with it keeps its coverage (Docs/experiments.md).
  public struct Range: Hashable, Sendable {
    /// Smallest possible value [unit]; `nil`: none.
    public var lower: Double?
    /// Largest possible value [unit]; `nil`: none.
    public var upper: Double?

    /// [0, 1]: shares and attainments.
    public static let unitInterval = Range(lower: 0, upper: 1)
    /// [0, 100]: an index.
    public static let percent = Range(lower: 0, upper: 100)
    /// [0, ∞): counts, durations, rates.
    public static let nonNegative = Range(lower: 0, upper: nil)
    /// (−∞, ∞): money (balances, profits and net flows can be negative) and unknown units.
    public static let unbounded = Range(lower: nil, upper: nil)

    /// Whether `value` lies in the range (bounds included). O(1).
    public func contains(_ value: Double) -> Bool {
      value >= (lower ?? -.infinity) && value <= (upper ?? .infinity)
    }

    /// `value` moved to the nearest point of the range: itself, bit for bit, when inside. O(1).
    public func clamp(_ value: Double) -> Double {
      min(max(value, lower ?? -.infinity), upper ?? .infinity)
    }
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

  public static let index = MetricUnit("index 0–100", .percent)
  public static let share = MetricUnit("share 0–1", .unitInterval)
  public static let attainment = MetricUnit("attainment 0–1", .unitInterval)
  public static let shareOfPaidHours = MetricUnit("share of paid hours", .unitInterval)
  public static let shareOfOpenPlaceHours = MetricUnit("share of open place-hours", .unitInterval)
  public static let shareOfWorkingServerHours = MetricUnit("share of working server-hours", .unitInterval)
  public static let handoffs = MetricUnit("hand-offs", .nonNegative)
  public static let days = MetricUnit("days", .nonNegative)
  public static let communityDays = MetricUnit("community-days", .nonNegative)
  public static let postDays = MetricUnit("post-days", .nonNegative)
  public static let placeDays = MetricUnit("place-days", .nonNegative)
  public static let hours = MetricUnit("hours", .nonNegative)
  public static let hoursPerWeek = MetricUnit("hours per week", .nonNegative)
  public static let perYear = MetricUnit("per year", .nonNegative)
  public static let needs = MetricUnit("needs", .nonNegative)
  public static let needsPerDay = MetricUnit("needs per day", .nonNegative)
  public static let requests = MetricUnit("requests", .nonNegative)
  public static let requestsPerDay = MetricUnit("requests per day", .nonNegative)
  public static let workers = MetricUnit("workers", .nonNegative)
  public static let visits = MetricUnit("visits", .nonNegative)
  public static let tasks = MetricUnit("tasks", .nonNegative)
  public static let placesAtEnd = MetricUnit("places at the end", .nonNegative)
  public static let cny = MetricUnit("CNY", .unbounded)
  public static let cnyPerRequest = MetricUnit("CNY per request", .unbounded)
  public static let cnyPerResident = MetricUnit("CNY per resident", .unbounded)
  public static let projects = MetricUnit("projects", .nonNegative)
  public static let operators = MetricUnit("operators", .nonNegative)
  public static let communities = MetricUnit("communities", .nonNegative)
  public static let contracts = MetricUnit("contracts", .nonNegative)
  public static let incidents = MetricUnit("incidents", .nonNegative)
  public static let attempts = MetricUnit("attempts", .nonNegative)
  public static let incidentsPerThousandPerYear = MetricUnit("incidents per 1,000 residents per year", .nonNegative)
  public static let offenders = MetricUnit("offenders", .nonNegative)
  public static let cameras = MetricUnit("cameras", .nonNegative)

  /// Every unit above, in that order (``init(_:)`` finds a unit's range here).
  public static let all: [MetricUnit] = [
    .index, .share, .attainment, .shareOfPaidHours, .shareOfOpenPlaceHours, .shareOfWorkingServerHours, .handoffs,
    .days, .communityDays, .postDays, .placeDays, .hours, .hoursPerWeek, .perYear, .needs, .needsPerDay, .requests,
    .requestsPerDay, .workers, .visits, .tasks, .placesAtEnd, .cny, .cnyPerRequest, .cnyPerResident, .projects,
    .operators, .communities, .contracts, .incidents, .attempts, .incidentsPerThousandPerYear, .offenders, .cameras,
  ]
  /// The range of each unit above by its words.
  private static let rangeByWords = Dictionary(uniqueKeysWithValues: all.map { ($0.words, $0.range) })
}
