import FileFormats
import Foundation
import ScenarioFiles

/// `community-twin import`: a district described in CSV tables (`Docs/import.md`) becomes a
/// scenario file whose `base` supplies everything but the communities.
///
///     let written = try DistrictImport.run(
///       folder: URL(fileURLWithPath: "Scenarios/import/example"),
///       base: URL(fileURLWithPath: "Scenarios/baseline.json"), name: nil, output: nil)
///
/// Every problem of every table is reported at once, and nothing is written while there is
/// one; the text is then read back by the scenario reader, as `run` will read it, and
/// written (atomically) only if the reader accepts it.
public enum DistrictImport {
  /// What an import wrote.
  public struct Written: Hashable, Sendable {
    /// The scenario file written.
    public var file: URL
    /// The scenario's name.
    public var name: String
    /// How many communities it has.
    public var communities: Int
  }

  /// The scenario name made from the folder's name (``ScenarioName/derived(from:fallback:)``;
  /// `district` when nothing of it is left).
  public static func defaultName(forFolder folder: URL) -> String {
    ScenarioName.derived(from: folder.standardizedFileURL.lastPathComponent, fallback: "district")
  }

  /// Where the scenario file goes when no output is named: `<name>.json` beside the folder
  /// (`Scenarios/import/example` → `Scenarios/import/example.json`), named relatively when
  /// the folder was, so messages show the path as the user would type it.
  public static func defaultOutput(forFolder folder: URL, name: String) -> URL {
    let file = name + ".json"
    let typed = folder.relativePath
    guard ![".", ".."].contains((typed as NSString).lastPathComponent) else {
      return folder.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(file)
    }
    let parent = (typed as NSString).deletingLastPathComponent
    return URL(fileURLWithPath: parent.isEmpty ? file : (parent as NSString).appendingPathComponent(file))
  }

  /// Reads the tables in `folder` against the base scenario at `base` and writes the scenario
  /// file.
  /// - Parameters:
  ///   - name: the scenario's name (``ScenarioName``'s rule), or `nil` for
  ///     ``defaultName(forFolder:)``.
  ///   - output: the file to write, or `nil` for ``defaultOutput(forFolder:name:)``.
  /// - Throws: ``ScenarioFileError`` for a base that cannot be used, or for a scenario the
  ///   reader refuses (a check the tables cannot make, such as a community left without
  ///   casework staff), named by the output path; ``DistrictTablesError`` with every problem
  ///   of the tables; ``OutputWriteError`` when the file cannot be written.
  ///   `name` must be valid (a precondition: the caller checks what a user typed).
  /// - Complexity: O(size of the tables and the base).
  public static func run(folder: URL, base: URL, name: String?, output: URL?) throws -> Written {
    let name = name ?? defaultName(forFolder: folder)
    precondition(ScenarioName.isValid(name), "scenario name '\(name)' is not a valid folder name")
    let vocabulary = DistrictVocabulary(scenario: try ScenarioFile.load(base))
    let (communities, initialState) = try DistrictTablesReader.read(
      folder: folder, named: folder.relativePath, vocabulary: vocabulary)
    let output = output ?? defaultOutput(forFolder: folder, name: name)
    let folder = output.deletingLastPathComponent()
    let text = DistrictScenarioText.text(
      schema: FileSchema.scenario.reference(besideBase: base, from: folder),
      base: RelativePath.from(folder, to: base), name: name,
      description: description(communities.count), communities: communities, initialState: initialState,
      vocabulary: vocabulary)
    _ = try ScenarioFile.decode(Data(text.utf8), file: output.relativePath)
    try AtomicFile.createDirectory(output.deletingLastPathComponent())
    try AtomicFile.write(Data(text.utf8), to: output)
    return Written(file: output, name: name, communities: communities.count)
  }

  /// `6 communities imported from CSV tables (Docs/import.md).`
  private static func description(_ count: Int) -> String {
    "\(count) \(count == 1 ? "community" : "communities") imported from CSV tables (Docs/import.md)."
  }
}
