import Foundation
import Testing
import TwinImport
import _TwinTestSupport

/// The shipped base and example, and folders of tables written for a test.
enum ImportFixtures {
  static let base = Fixtures.packageRoot.appendingPathComponent("Scenarios/baseline.json")
  static let example = Fixtures.packageRoot.appendingPathComponent("Scenarios/import/example")
  static let templates = Fixtures.packageRoot.appendingPathComponent("Scenarios/import/templates")

  /// Two valid communities, canonical form.
  static let communities = """
    name,residents,elderly,adults,families,youth
    和平里社区,8000,0.38,0.3,0.12,0.2
    安定门社区,12000,0.22,0.4,0.18,0.2

    """

  /// Writes each `(file name, text)` into the new folder `tables` of `directory`.
  static func tables(_ files: [String: String], in directory: URL) throws -> URL {
    let folder = directory.appendingPathComponent("tables")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  /// The problems of importing `files` (with ``communities`` unless they give their own);
  /// records an issue if the import succeeds or writes anything.
  static func problems(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [TableProblem]
  {
    try withTemporaryDirectory { directory in
      let folder = try tables(["communities.csv": communities].merging(files) { $1 }, in: directory)
      let output = directory.appendingPathComponent("district.json")
      defer {
        #expect(!FileManager.default.fileExists(atPath: output.path), "wrote a file", sourceLocation: sourceLocation)
      }
      do {
        _ = try DistrictImport.run(folder: folder, base: base, name: "district", output: output)
        Issue.record("expected the tables to be rejected", sourceLocation: sourceLocation)
      } catch let error as DistrictTablesError {
        return error.problems
      }
      return []
    }
  }
}
