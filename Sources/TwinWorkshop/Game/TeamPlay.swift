import CommunityModel
import FileFormats

/// One team's community in one replication: its run at the start of the next round, the
/// levers chosen so far, and the rounds played. A value: copying it forks the community.
struct TeamPlay: Sendable {
  var run: ReplicationRun
  /// The levers chosen so far, as scenario interventions with their start days.
  private(set) var interventions: [JSONValue] = []
  private(set) var rounds: [PlayedRound] = []
  /// Run day of the first daily row not yet in a week point. A day's row is recorded at the
  /// midnight that ends it, which a run stopped at that midnight has not handled yet (so a
  /// fork there changes nothing): the last day of a round shows in the next round's first
  /// point.
  private var nextRow: Int

  init(run: ReplicationRun, firstDay: Int) {
    self.run = run
    nextRow = firstDay
  }

  /// Ids of every option chosen so far.
  var chosen: Set<String> { Set(rounds.flatMap(\.choices)) }

  /// Budget spent so far [CNY].
  var spentCNY: Double { rounds.reduce(0) { $0 + $1.spentCNY } }

  /// Plays round `rounds.count` with `choices` (option ids, checked by the caller) in force
  /// from its first day: the run forks to the scenario with them, then goes on day by day to
  /// the round's end, telling what happened; `dayDone` is called after each day. O(events of
  /// the round).
  /// - Throws: ``ScenarioFileError`` if the scenario with the choices is rejected (the menu is
  ///   checked at set-up, so only a combination of options can be).
  mutating func play(
    _ choices: [String], rules: GameRules, label: String, dayDone: @Sendable () -> Void = {}
  ) throws -> PlayedRound {
    let round = rounds.count
    let start = rules.startDay(ofRound: round)
    precondition(run.day == start, "team at day \(run.day), round \(round) starts at \(start)")
    let options = choices.compactMap { rules.menu.option($0) }
    let narrator = Narrator(scenario: rules.scenario)
    var narration: [NarrationEvent] = options.map { option in
      NarrationEvent(
        day: start - rules.firstDay + 1, week: 1,
        text: LocalizedText(
          en: "\(option.label.en) is in force from today.", zh: "“\(option.label.zh)”从今天起实施。"))
    }
    if !options.isEmpty {
      interventions += options.map { $0.intervention(startingOn: start) }
      run = run.forked(to: try rules.scenario(adding: interventions, label: label))
    }
    var weeks: [WeekPoint] = []
    var tally = run.tally
    let end = start + rules.settings.roundDays
    for day in start..<end {
      let gameDay = day - rules.firstDay + 1
      let week = (day - start) / 7 + 1
      narration += narrator.shocks(onRunDay: day, gameDay: gameDay, week: week)
      run.advance(toDay: day + 1)
      dayDone()
      guard (day - start + 1) % 7 == 0 || day + 1 == end else { continue }
      let recorded = run.daily.values.count
      if recorded > nextRow {
        weeks.append(DailyRows(run.daily, days: nextRow..<recorded).point(endingOnGameDay: recorded - rules.firstDay))
        nextRow = recorded
      }
      let now = run.tally
      narration += narrator.changes(from: tally, to: now, gameDay: gameDay, week: week)
      tally = now
    }
    let spent = options.reduce(0) { $0 + rules.costCNY(of: $1, fromRound: round) }
    let played = PlayedRound(choices: choices, spentCNY: spent, weeks: weeks, narration: narration)
    rounds.append(played)
    return played
  }

  /// The run's outcome over the game so far: satisfaction and money at the end, mean response
  /// and busy share over every game day recorded (all but the last).
  /// - Precondition: at least one round is played.
  func outcome(rules: GameRules) -> TeamOutcome {
    let rows = DailyRows(run.daily, days: rules.firstDay..<run.daily.values.count)
    return TeamOutcome(
      satisfaction: rows.finalSatisfaction, responseDays: rows.meanResponseDays, utilization: rows.meanBusyShare,
      moneyHeldCNY: rows.finalMoneyHeldCNY, spentCNY: spentCNY)
  }
}
