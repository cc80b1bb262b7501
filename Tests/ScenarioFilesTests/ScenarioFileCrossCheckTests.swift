import Foundation
import ScenarioFiles
import Testing

/// Scenario files with several mistakes at once, and the checks across sections (the
/// fixture is `ScenarioFileTests.document`).
extension ScenarioFileTests {
  // MARK: - Everything at once

  @Test func severalProblemsAreAllReported() throws {
    let data = Self.document([
      ("run.days", 0),
      ("cohorts[1].digital_access", 1.5),
      ("needs[0].tier_shares.innovation", 0.5),
      ("facilities[0].when_full", "queue"),
      ("communities[0].residnets", 10),
    ])
    do {
      _ = try ScenarioFile.decode(data, file: Self.file)
      Issue.record("expected problems")
    } catch let error as ScenarioFileError {
      #expect(error.problems.count == 5)
      let lines = error.description.split(separator: "\n")
      #expect(lines.first == "Scenarios/x.json: 5 problems:")
      #expect(lines.count == 6)
      #expect(lines.contains("  run.days = 0: must be a whole number 1 ... 3650 (allowed: a whole number 1 ... 3650)"))
      #expect(
        Set(error.problems.map(\.keyPath)) == [
          "run.days", "cohorts[1].digital_access", "needs[0].tier_shares", "facilities[0].when_full",
          "communities[0].residnets",
        ])
    }
  }

  // MARK: - Cross-checks

  @Test func communityWithoutCaseworkStaff() throws {
    // 4.2 per 1,000 × 100 residents = 0.42 → rounds to 0 workers.
    let problems = Self.problems([("communities[0].residents", 100)])
    #expect(problems.map(\.keyPath) == ["communities[0].residents"])
    #expect(problems.first?.message.contains("no one would handle requests") == true)
    // 120 residents → 0.504 → 1 worker: fine.
    _ = try ScenarioFile.decode(Self.document([("communities[0].residents", 120)]), file: Self.file)
  }

  @Test func horizonIsAtMostTenYears() {
    let problems = Self.problems([("run", ["days": 3650, "warmup_days": 30] as [String: Any])])
    #expect(problems.map(\.keyPath) == ["run"])
  }

  @Test func unreadableFileNamesTheFile() {
    do {
      _ = try ScenarioFile.load(URL(fileURLWithPath: "no-such-dir/missing.json"))
      Issue.record("expected an error")
    } catch let error as ScenarioFileError {
      #expect(error.problems.count == 1)
      #expect(error.problems.first?.keyPath == "")
      #expect(error.description.hasPrefix("no-such-dir/missing.json: 1 problem:"))
      #expect(error.problems.first?.message.contains("No such file") == true)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
