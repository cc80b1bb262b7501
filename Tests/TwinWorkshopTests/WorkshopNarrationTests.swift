import Foundation
import Testing
import TwinWorkshop
import _TwinTestSupport

@Suite("Workshop narration: what happened, told from the run")
struct WorkshopNarrationTests {
  /// The flood scenario's garage flood, moved to game day 10 of the small community (run day
  /// 40 after a 30-day warm-up).
  static func flooded(_ root: inout [String: Any]) {
    root["emergencies"] = [
      [
        "id": "garage_flood", "day": 39, "facility": "parking", "places_lost_share": 0.5,
        "repair_cost_cny": ["lognormal": ["mean": 150_000, "sd": 50_000]],
        "repair_days": ["lognormal": ["mean": 7, "sd": 3]],
      ]
    ]
    root["surges"] = [
      ["id": "flood_repairs", "category": "repairs_infrastructure", "day": 39, "days": 14, "factor": 3]
    ]
  }

  @Test("A flood is told in its week, and devolution's local approval finishes the repair no later")
  func flood() throws {
    try withTemporaryDirectory { directory in
      var game = try WorkshopFixtures.game(in: directory, teams: 1, rounds: 1, roundDays: 56, edit: Self.flooded)
      try game.choose(["devolution"], team: 0)
      try game.playRound()
      let team = try #require(game.rounds(ofTeam: 0).first)
      let statusQuo = try #require(game.statusQuoRounds.first)
      for round in [team, statusQuo] {
        let flood = try #require(round.narration.first { $0.text.en.hasPrefix("Emergency garage_flood") })
        #expect(flood.day == 10 && flood.week == 2)
        #expect(flood.text.zh.contains("garage_flood") && flood.text.en.contains("parking lost 50 %"))
        #expect(round.narration.contains { $0.text.en.hasPrefix("flood_repairs: repairs_infrastructure requests") })
      }
      #expect(team.narration.first?.text.en == "Devolve approvals is in force from today.")
      // Under common random numbers the repair's cost, chain and works are the same draws; a
      // local approval in 3 working days is never slower than a chain of 3–5 levels.
      func repaired(_ round: PlayedRound) -> Int? {
        round.narration.first { $0.text.en.hasSuffix("emergency repair finished.") }?.day
      }
      let local = try #require(repaired(team))
      #expect(local <= repaired(statusQuo) ?? .max)
    }
  }

  @Test("Narration is in both languages and in day order within each kind")
  func bothLanguages() throws {
    try withTemporaryDirectory { directory in
      var game = try WorkshopFixtures.game(in: directory, teams: 1, rounds: 1, roundDays: 28)
      try game.playRound()
      let narration = try #require(game.statusQuoRounds.first?.narration)
      #expect(!narration.isEmpty)
      #expect(narration.allSatisfy { !$0.text.en.isEmpty && !$0.text.zh.isEmpty && (1...4).contains($0.week) })
      #expect(narration.map(\.day) == narration.map(\.day).sorted())
    }
  }
}
