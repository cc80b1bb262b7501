import CommunityModel
import Foundation
import Testing
import _TwinTestSupport

/// No metric name is spelled twice: outside the catalog (`Sources/CommunityModel/Metrics/Catalog`)
/// no string literal in `Sources` or `Benchmarks` holds a catalog id, a family member's id
/// or the start of one (`"facility.\(id).visits"`). Comments may name metrics as examples.
@Suite struct MetricSpellingTests {
  static let packageRoot = Fixtures.scenariosDirectory.deletingLastPathComponent()
  static let catalogFolder = "Sources/CommunityModel/Metrics/Catalog/"

  /// Every id the catalog knows for the shipped scenarios, and every family's id prefix.
  static func catalogSpellings() throws -> (ids: Set<String>, prefixes: [String]) {
    var ids = Set(MetricCatalog.dailySeries.map(\.id))
    for file in ShippedScenarioTests.files {
      ids.formUnion(MetricCatalog.metrics(for: try Fixtures.scenario(file)).map(\.id))
    }
    let prefixes = MetricCatalog.blocks.flatMap { block -> [String] in
      if case .families(let families) = block { families.map(\.idPrefix) } else { [] }
    }
    return (ids, prefixes)
  }

  /// The dotted words of `text` (runs of a–z, 0–9, `_` and `.` holding a dot, without leading
  /// dots): `governance.index` and `facility.` in "no governance.index or facility.\0 here".
  static func dottedWords(in text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text + " " {
      if character.isASCII && (character.isLowercase || character.isNumber || character == "_" || character == ".") {
        if !(current.isEmpty && character == ".") { current.append(character) }
      } else {
        if current.contains(".") { words.append(current) }
        current = ""
      }
    }
    return words
  }

  @Test func metricIdsAreSpelledOnlyInTheCatalog() throws {
    let (ids, prefixes) = try Self.catalogSpellings()
    #expect(ids.contains("governance.index") && prefixes.contains("facility."))
    var spelled: [String] = []
    var filesRead = 0
    for folder in ["Sources", "Benchmarks"] {
      let root = Self.packageRoot.appendingPathComponent(folder)
      let files =
        FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
      for url in files {
        let path = folder + "/" + url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
        guard !path.hasPrefix(Self.catalogFolder) else { continue }
        filesRead += 1
        for literal in SwiftStringLiterals(try String(contentsOf: url, encoding: .utf8)).literals {
          for word in Self.dottedWords(in: literal.text)
          where ids.contains(word) || prefixes.contains(where: word.hasPrefix) {
            spelled.append("\(path):\(literal.line): \"\(word)\"")
          }
        }
      }
    }
    #expect(filesRead > 100, "the scan found the sources")
    #expect(
      spelled.isEmpty, "metric names spelled outside the catalog; use its entries:\n\(spelled.joined(separator: "\n"))")
  }

  @Test func literalsAreFoundInCodeOnly() {
    let source = #"""
      // "in.comment"
      /* "in.block" /* nested */ "still.comment" */
      let a = "one.two" + #"raw "quoted" three.four"#
      let b = "x.\(f("inner.call")).y\n"
      let c = """
        multi
        line.words
        """
      """#
    let literals = SwiftStringLiterals(source).literals
    #expect(
      literals.map(\.text) == [
        "one.two", #"raw "quoted" three.four"#, "inner.call", "x.\0.y\\n", "\n  multi\n  line.words\n  ",
      ])
    #expect(literals.map(\.line) == [3, 3, 4, 4, 5])
    #expect(
      Self.dottedWords(in: "no governance.index or facility.\0 here; .x.y") == ["governance.index", "facility.", "x.y"])
  }
}
