import Foundation
import Testing
import _TwinTestSupport

/// Every figure ID and lever code the repository cites (B12, C1, L2, …) is in `Docs/sources.md`,
/// so a reader who clones only the repository can follow each citation.
@Suite struct SourcesTableTests {
  /// The files that cite: the docs, the README, the scenario files and the sources.
  static func citingFiles() -> [URL] {
    let root = packageRoot
    var files = [root.appendingPathComponent("README.md")]
    for (folder, suffix) in [("Docs", ".md"), ("Scenarios", ".json"), ("Sources", ".swift")] {
      let enumerator = FileManager.default.enumerator(
        at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      while let url = enumerator?.nextObject() as? URL {
        if url.path.hasSuffix(suffix) { files.append(url) }
      }
    }
    return files
  }

  @Test func everyCitedFigureIsInTheSourcesTable() throws {
    let table = try String(contentsOf: packageRoot.appendingPathComponent("Docs/sources.md"), encoding: .utf8)
    let listed = Set(table.matches(of: /\*\*([A-L][0-9]{1,2})\*\*/).map { String($0.output.1) })
    #expect(listed.count > 50, "the table's IDs were not found: is its format still **ID**?")
    var missing: [String: Set<String>] = [:]
    for file in Self.citingFiles() {
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in text.matches(of: /\b([A-L][0-9]{1,2})\b/) {
        let id = String(match.output.1)
        // A4 is the paper size in the report docs, not a figure.
        if id != "A4" && !listed.contains(id) { missing[id, default: []].insert(file.lastPathComponent) }
      }
    }
    #expect(missing.isEmpty, "cited but not in Docs/sources.md: \(missing)")
  }
}
