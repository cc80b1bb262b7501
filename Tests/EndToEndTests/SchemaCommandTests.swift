import Foundation
import Testing
import _TwinTestSupport

/// `community-twin schema` as a user runs it: the scenario schema by default on stdout, the
/// sweep schema into a file, both the shipped files (which `FileSchemaTests` keeps current), a kind it does not know a usage error (64), a file it cannot
/// write 73.
@Suite struct SchemaCommandTests {
  static func shipped(_ name: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("Scenarios/\(name)"), encoding: .utf8)
  }

  @Test func theScenarioSchemaIsPrintedAndTheSweepSchemaWritten() throws {
    let printed = try execute("community-twin", ["schema"])
    #expect(printed.status == 0 && printed.stderr.isEmpty)
    #expect(printed.stdout == (try Self.shipped("scenario.schema.json")))
    #expect(try execute("community-twin", ["schema", "scenario"]).stdout == printed.stdout)
    try withTemporaryDirectory { directory in
      let written = try execute("community-twin", ["schema", "sweep", "--out", "sweep.schema.json"], in: directory)
      #expect(written.status == 0 && written.stdout.isEmpty)
      #expect(written.stderr == "Wrote sweep.schema.json\n")
      let text = try String(contentsOf: directory.appendingPathComponent("sweep.schema.json"), encoding: .utf8)
      #expect(text == (try Self.shipped("sweep.schema.json")))
    }
  }

  @Test func anUnknownKindIsAUsageErrorAndAnUnwritableFile73() throws {
    let unknown = try execute("community-twin", ["schema", "sweeps"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("did you mean 'sweep'"))
    let unwritable = try execute("community-twin", ["schema", "--out", "/nonexistent-folder/scenario.schema.json"])
    #expect(unwritable.status == 73)
    #expect(unwritable.stderr.contains("cannot write /nonexistent-folder/scenario.schema.json"))
  }
}
