import Foundation
import Testing
import TwinWorkshop
import _TwinTestSupport

@Suite("Workshop debrief: outcomes over replications, paired with the status quo")
struct WorkshopDebriefTests {
  @Test("Intervals rest on every replication; a team that chose nothing differs from the status quo by exactly zero")
  func replications() throws {
    try withTemporaryDirectory { directory in
      func debrief(threads: Int) throws -> WorkshopDebrief {
        var game = try WorkshopFixtures.game(in: directory, teams: 2, rounds: 1, roundDays: 14, threads: threads)
        try game.choose(["coordination", "training"], team: 0)
        try game.playRound()
        return try game.debrief()
      }
      let one = try debrief(threads: 1)
      #expect(one.replications == 3)
      for team in one.teams + [one.statusQuo] {
        #expect(team.outcomes.map(\.count) == [3, 3, 3, 3])
      }
      #expect(one.teams[0].choices == [["coordination", "training"]])
      let idle = one.teams[1].differences
      #expect(idle.map(\.meanDifference) == [0, 0, 0, 0])
      #expect(idle.map(\.ci95Low) == [0, 0, 0, 0] && idle.map(\.ci95High) == [0, 0, 0, 0])
      #expect(one.teams[0].differences.contains { $0.meanDifference != 0 })
      let two = try debrief(threads: 2)
      #expect(one.teams.map(\.outcomes) == two.teams.map(\.outcomes))
      #expect(one.teams.map(\.differences) == two.teams.map(\.differences))
    }
  }
}
