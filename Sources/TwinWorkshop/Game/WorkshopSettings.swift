/// How a workshop game is played: how many teams, how long a round is, how many rounds, and
/// how many replications the debrief's intervals rest on.
public struct WorkshopSettings: Hashable, Sendable {
  /// Teams playing, each from the same starting state.
  public var teams = 4
  /// Length of a round [days] (91: a quarter).
  public var roundDays = 91
  /// Rounds in the game; the game lasts `rounds × roundDays` days after the scenario's warm-up.
  public var rounds = 4
  /// Replications behind the debrief's intervals: the first is the one played live, the others
  /// replay every team's choices with other random numbers when the game ends.
  public var replications = 4
  /// Threads a round's teams are simulated on (each team on one).
  public var threads = 1

  public init() {}

  /// Allowed values (`--teams`, `--round-days`, `--rounds`, `--replications`).
  public static let teamRange = 1...12
  public static let roundDayRange = 7...365
  public static let roundRange = 1...24
  public static let replicationRange = 1...20

  /// Days the game lasts [days].
  public var gameDays: Int { rounds * roundDays }

  /// What is wrong with these settings, one sentence each naming the option and its range.
  public var problems: [String] {
    var found: [String] = []
    func check(_ value: Int, _ range: ClosedRange<Int>, _ option: String) {
      if !range.contains(value) {
        found.append("\(option) \(value) is outside \(range.lowerBound) … \(range.upperBound)")
      }
    }
    check(teams, Self.teamRange, "--teams")
    check(roundDays, Self.roundDayRange, "--round-days")
    check(rounds, Self.roundRange, "--rounds")
    check(replications, Self.replicationRange, "--replications")
    if threads < 1 { found.append("--threads \(threads) must be at least 1") }
    if gameDays > 3_650 { found.append("--rounds × --round-days = \(gameDays) days is over 3650") }
    return found
  }
}
