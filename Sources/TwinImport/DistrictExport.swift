import FileFormats
import Foundation
import ScenarioFiles

/// `community-twin export`: a scenario's communities and `initial_state` written back as the
/// eleven CSV tables of `Docs/import.md`, in canonical form (``DistrictTablesText``);
/// importing them against the same base gives the same scenario file back.
///
///     let files = try DistrictExport.run(
///       scenario: URL(fileURLWithPath: "Scenarios/import/example.json"), output: URL(fileURLWithPath: "tables"))
public enum DistrictExport {
  /// Reads the scenario file at `scenario` and writes the tables into the folder `output`
  /// (created if missing; each file replaced atomically).
  /// - Returns: the files written, in ``DistrictTable`` order.
  /// - Throws: ``ScenarioFileError`` with every problem of the scenario file (nothing is
  ///   written); ``OutputWriteError`` when a file cannot be written.
  /// - Complexity: O(size of the scenario file and its base).
  @discardableResult
  public static func run(scenario: URL, output: URL) throws -> [URL] {
    let (communities, initialState, vocabulary) = try DistrictScenarioReader.read(scenario)
    try AtomicFile.createDirectory(output)
    return try AtomicFile.write(
      DistrictTablesText.tables(communities, initialState: initialState, vocabulary: vocabulary), in: output)
  }
}
