import CommunityModel
import Foundation
import SimKernel

/// Small inputs shared by the test suites.
public enum Fixtures {
  /// A tiny but complete district (one community of 200 residents, one cohort, one need, one
  /// casework role, one facility, two departments) that any version of the model runs in moments.
  public static func tinyScenario(days: Int = 10, warmupDays: Int = 2) throws -> Scenario {
    let tier = { (days: Double) throws -> TierPolicy in
      TierPolicy(expectedDays: days, patienceDays: try .exponential(mean: 4 * days))
    }
    return Scenario(
      name: "tiny", description: "test fixture", days: days, warmupDays: warmupDays, replications: 3, seed: 42,
      workingCalendar: try WorkingCalendar(),
      cohorts: [
        Cohort(
          id: "all", digitalAccess: 0.6, participation: 0.4, satisfactionBaseline: try .uniform(min: 0.5, max: 0.8))
      ],
      tiers: [try tier(2), try tier(5), try tier(30)],
      needs: [
        NeedCategory(
          id: "repairs", ratePerResidentPerYear: [2], tierShares: [0.3, 0.6, 0.1],
          workHours: try .gamma(mean: 2, sd: 1),
          crossDepartmentProbability: 0.1, departmentWeights: [2, 1], departmentCountShares: [0.7, 0.3],
          lifetimeDays: try .exponential(mean: 20))
      ],
      capture: CaptureParameters(
        onlineReportProbability: 0.5, offlineReportProbability: 0.2, nonparticipantFactor: 0.3,
        reportDelayHours: try .exponential(mean: 12)),
      roles: [
        WorkerRole(
          id: "community_worker", duty: .casework, perThousandResidents: 5, payRatio: 0.68,
          turnoverCurve: [TurnoverPoint(payRatio: 0.68, annualRate: 0.18)], hiringLagDays: try .fixed(30),
          rampUpDays: 30, initialProductivity: 0.5)
      ],
      adminTasks: [AdminTaskType(id: "reports", perYear: 600, hours: try .exponential(mean: 1))],
      facilities: [
        FacilitySpec(
          id: "station", type: "elderly station", capacityPerThousand: 5, opensHour: 8, closesHour: 18,
          visitsPerResidentPerDay: [0.01], visitHours: try .fixed(1), whenFull: .turnAway)
      ],
      communities: [CommunitySpec(name: "A", residents: 200, cohortShares: [1])],
      departments: [
        DepartmentSpec(
          id: "housing", servers: 1, workingCalendar: try WorkingCalendar(), serviceHours: try .exponential(mean: 4)),
        DepartmentSpec(
          id: "civil_affairs", servers: 2, workingCalendar: try WorkingCalendar(),
          serviceHours: try .exponential(mean: 6)),
      ],
      coordination: CoordinationParameters(handoffDays: try .exponential(mean: 1)))
  }

  public static let noMoney = MoneyAudit(received: [0], spent: [0], leaked: [0], held: [0])

  /// Two hand-made replications: metrics `a.count` (10, 14) and `b.share` (0.5, 0.75), daily
  /// series `x`, `y` over days −1 and 0 with one NaN in each replication.
  public static let results: [ReplicationResult] = [
    ReplicationResult(
      replication: 0,
      metrics: [
        MetricValue(name: "a.count", unit: "requests", value: 10),
        MetricValue(name: "b.share", unit: "share 0–1", value: 0.5),
      ],
      daily: DailySeries(
        names: ["x", "y"], units: ["requests", "share 0–1"], firstDay: -1, values: [[1, .nan], [2, 0.25]]),
      events: 100, money: noMoney),
    ReplicationResult(
      replication: 1,
      metrics: [
        MetricValue(name: "a.count", unit: "requests", value: 14),
        MetricValue(name: "b.share", unit: "share 0–1", value: 0.75),
      ],
      daily: DailySeries(
        names: ["x", "y"], units: ["requests", "share 0–1"], firstDay: -1, values: [[3, 4], [.nan, 0.5]]),
      events: 120, money: noMoney),
  ]

  /// `count` draws of `distribution` from stream `stream` of replication 0 under master seed
  /// `seed`: the same values on every run.
  public static func draws(_ distribution: Distribution, count: Int, seed: UInt64, stream: String) -> [Double] {
    var random = RandomStream(seed: seed, replication: 0, stream: StreamID(stream))
    return (0..<count).map { _ in distribution.sample(using: &random) }
  }

  /// The package's root folder (`Scenarios/…`, `Docs/…`, `Tests/…` are below it).
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A fresh, empty temporary directory; the caller removes it.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("twin-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Calls `body` with a fresh, empty temporary directory and removes the directory afterwards,
/// whether `body` returns or throws.
public func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
  let directory = try Fixtures.temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: directory) }
  return try body(directory)
}

/// A result with every number as its bit pattern, so that equal means bit-identical (a NaN
/// metric, which the model reports when there was nothing to measure, is never `==` itself).
public struct BitImage: Equatable {
  public var replication: Int
  public var events: Int
  public var metricNames: [String]
  public var metricUnits: [String]
  public var metricBits: [UInt64]
  public var dailyNames: [String]
  public var dailyUnits: [String]
  public var firstDay: Int
  public var dailyBits: [[UInt64]]

  public init(_ result: ReplicationResult) {
    replication = result.replication
    events = result.events
    metricNames = result.metrics.map(\.name)
    metricUnits = result.metrics.map(\.unit)
    metricBits = result.metrics.map(\.value.bitPattern)
    dailyNames = result.daily.names
    dailyUnits = result.daily.units
    firstDay = result.daily.firstDay
    dailyBits = result.daily.values.map { $0.map(\.bitPattern) }
  }
}
