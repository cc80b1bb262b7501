import CommunityModel
import TwinExperiments

/// The end of a game in numbers: per team, what it chose round by round, where its community
/// ended up (mean and 95 % interval over the replications), and what its choices caused, the
/// paired difference from the status quo in the same random numbers.
public struct WorkshopDebrief: Sendable {
  /// One measure of the outcome (``TeamOutcome``): its key and unit.
  public struct Measure: Hashable, Sendable {
    public var key: String
    public var label: LocalizedText
    /// The title of its chart of weekly points.
    public var chartTitle: LocalizedText
    public var unit: String
    /// The measure in an outcome, and in a week point (the charts).
    let value: @Sendable (TeamOutcome) -> Double?
    let weekValue: @Sendable (WeekPoint) -> Double?

    public static func == (a: Measure, b: Measure) -> Bool { a.key == b.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
  }

  /// The measures the debrief reports, in order.
  public static let measures: [Measure] = [
    Measure(
      key: "satisfaction", label: LocalizedText(en: "Satisfaction at the end", zh: "期末满意度"),
      chartTitle: LocalizedText(en: "Satisfaction", zh: "满意度"), unit: MetricUnit.index.words,
      value: { $0.satisfaction }, weekValue: { $0.satisfaction }),
    Measure(
      key: "response_days", label: LocalizedText(en: "Mean response", zh: "平均响应时间"),
      chartTitle: LocalizedText(en: "Mean response of the week's resolved requests", zh: "每周办结诉求的平均响应时间"),
      unit: MetricUnit.days.words,
      value: { $0.responseDays }, weekValue: { $0.responseDays }),
    Measure(
      key: "utilization", label: LocalizedText(en: "Staff busy share", zh: "工作人员忙碌比例"),
      chartTitle: LocalizedText(en: "Staff busy share", zh: "工作人员忙碌比例"), unit: MetricUnit.share.words,
      value: { $0.utilization }, weekValue: { $0.utilization }),
    Measure(
      key: "money_held_cny", label: LocalizedText(en: "Money held at the end", zh: "期末资金结余"),
      chartTitle: LocalizedText(en: "Money held", zh: "资金结余"), unit: MetricUnit.cny.words,
      value: { $0.moneyHeldCNY }, weekValue: { $0.moneyHeldCNY }),
  ]

  /// One team's (or the status quo's) summary.
  public struct Team: Sendable {
    public var name: LocalizedText
    /// Option ids chosen at the start of each round.
    public var choices: [[String]]
    /// Budget spent [CNY].
    public var spentCNY: Double
    /// Per measure, in ``measures`` order: the outcome over the replications.
    public var outcomes: [MetricSummary]
    /// Per measure: the paired difference from the status quo (empty for the status quo).
    public var differences: [PairedDifference]
  }

  public var teams: [Team]
  public var statusQuo: Team
  /// Replications behind every interval (the live one included).
  public var replications: Int
  public var seed: UInt64
  public var scenarioName: String
  public var residents: Int
  public var roundDays: Int
  public var rounds: Int
}

extension WorkshopGame {
  /// The debrief of the rounds played: the live replication's outcomes and those of
  /// ``WorkshopSettings/replications`` − 1 more, in which every team's choices are replayed
  /// from the same scenario under other random numbers (replication r of the same seed, so
  /// teams still share them replication by replication), in parallel. `dayDone` is called after
  /// each simulated day. O(replications × teams × game events).
  /// - Throws: ``ScenarioFileError`` if a replay's scenario is rejected (it was accepted live).
  public func debrief(dayDone: @Sendable () -> Void = {}) throws -> WorkshopDebrief {
    let (rules, seed) = (rules, seed)
    let choices = (teams + [statusQuo]).map { $0.rounds.map(\.choices) }
    let extra = settings.replications - 1
    let starts = parallelJobs(extra, threads: settings.threads) { r -> ReplicationRun in
      var run = ReplicationRun(rules.scenario, seed: seed, replication: r + 1)
      for day in 0..<rules.firstDay {
        run.advance(toDay: day + 1)
        dayDone()
      }
      return run
    }
    let replayed = parallelJobs(extra * choices.count, threads: settings.threads) { job in
      Result { () throws -> TeamOutcome in
        let (r, player) = job.quotientAndRemainder(dividingBy: choices.count)
        return try Self.replay(choices[player], from: starts[r], rules: rules, dayDone: dayDone).outcome(rules: rules)
      }
    }
    // outcomes[player][replication]
    var outcomes = (teams + [statusQuo]).map { [$0.outcome(rules: rules)] }
    for (job, result) in replayed.enumerated() { outcomes[job % choices.count].append(try result.get()) }
    let base = outcomes.removeLast()
    func summary(_ values: [TeamOutcome], name: LocalizedText, choices: [[String]], spent: Double, paired: Bool)
      -> WorkshopDebrief.Team
    {
      let measures = WorkshopDebrief.measures
      return WorkshopDebrief.Team(
        name: name, choices: choices, spentCNY: spent,
        outcomes: measures.map { m in
          MetricSummary(name: m.key, unit: m.unit, values: values.map { m.value($0) ?? .nan })
        },
        differences: paired
          ? measures.map { m in
            PairedDifference(
              metric: m.key, unit: m.unit, scenario: name.en, base: base.map { m.value($0) ?? .nan },
              other: values.map { m.value($0) ?? .nan })
          } : [])
    }
    return WorkshopDebrief(
      teams: outcomes.indices.map { t in
        summary(
          outcomes[t], name: Self.teamName(t), choices: choices[t], spent: teams[t].spentCNY, paired: true)
      },
      statusQuo: summary(
        base, name: LocalizedText(en: "Status quo", zh: "维持现状"), choices: choices[choices.count - 1], spent: 0,
        paired: false),
      replications: settings.replications, seed: seed, scenarioName: scenario.name,
      residents: scenario.totalResidents, roundDays: settings.roundDays, rounds: roundsPlayed)
  }

  /// Team `t`'s name (from 0).
  public static func teamName(_ t: Int) -> LocalizedText {
    LocalizedText(en: "Team \(t + 1)", zh: "第\(t + 1)组")
  }
}
