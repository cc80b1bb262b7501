import Foundation
import Testing
import TwinExperiments

/// Every scenario file shipped in `Scenarios/` loads, validates and runs (one day, no
/// warm-up, one replication), so a new or edited file cannot break silently.
@Suite struct ShippedScenarioTests {
  static let files: [String] = {
    let root = Fixtures.scenariosDirectory
    let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
    return found.map { String($0.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)) }.sorted()
  }()

  @Test func scenariosAreFound() {
    #expect(Self.files.contains("baseline.json"))
    #expect(Self.files.contains("validation/mmc.json"))
  }

  @Test(arguments: files)
  func shippedScenarioRunsForOneDay(file: String) throws {
    var scenario = try Fixtures.scenario(file)
    scenario.days = 1
    scenario.warmupDays = 0
    let result = DistrictModel.runReplication(scenario, seed: 1, replication: 0)
    #expect(result.events > 0)
    #expect(result.daily.values.count == 1)
  }
}
