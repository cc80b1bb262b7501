import FileFormats
import Foundation
import ScenarioFiles

/// Reads the communities of a scenario file as a district states them, for `export`: each
/// community's name, residents and cohort shares, and the staff, facilities and money it
/// states, and the file's `initial_state`, checked with the ranges of ``DistrictLimits``
/// against the ids of the scenario that defines them; every problem is reported with its key
/// path, as the scenario reader does.
///
/// The ids come from the file's `base` when it has one (the layout `import` writes: the
/// base supplies everything but the communities), else from the file itself, read whole by
/// ``ScenarioFile``. A file that has a base and also redefines cohorts, roles or facilities
/// is refused: the tables could not say which ids they mean.
enum DistrictScenarioReader {
  /// The sections whose ids the tables use; a file with a base must leave them to it.
  private static let definingSections = ["cohorts", "workforce", "facilities"]

  /// The communities of the scenario file at `url` and the vocabulary of their ids.
  /// - Throws: ``ScenarioFileError`` with every problem of the file (or of its base).
  /// - Complexity: O(file size + base size).
  static func read(_ url: URL) throws -> (
    communities: [DistrictCommunity], initialState: DistrictInitialState, vocabulary: DistrictVocabulary
  ) {
    let file = url.relativePath
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ScenarioFileError(problems: [
        ScenarioProblem(file: file, keyPath: "", message: "cannot read the file: \(error.localizedDescription)")
      ])
    }
    let problems = ProblemCollector(file: file)
    let root = try JSONDocument.rootReader(data, problems: problems)
    let vocabulary: DistrictVocabulary
    if case .string(let base)? = root.fields["base"] {
      for section in definingSections where root.fields[section] != nil {
        problems.report(
          section, "export takes the ids from the base file; this file must not redefine \(section)",
          allowed: "a district file: base, name, description, communities")
      }
      try problems.throwIfAny()
      let basePath = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(base)
      vocabulary = DistrictVocabulary(
        scenario: try ScenarioFile.load(URL(fileURLWithPath: base.hasPrefix("/") ? base : basePath)))
    } else {
      vocabulary = DistrictVocabulary(scenario: try ScenarioFile.load(url))
    }
    let communities = DistrictCommunityDecoder(vocabulary: vocabulary, problems: problems).communities(root)
    let initialState = DistrictInitialStateDecoder(vocabulary: vocabulary, communities: communities, problems: problems)
      .initialState(root)
    try problems.throwIfAny()
    return (communities, initialState, vocabulary)
  }
}
