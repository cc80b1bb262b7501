import FileFormats
import Foundation

/// Plausible parameter sets: one column per scenario key path, one row per set, as
/// `calibrate` writes them (`accepted.csv`) or as a user lists them (`compare --uncertain`).
public struct ParameterDraws: Hashable, Sendable {
  /// Key paths into a scenario file, as in a sweep file (`Docs/sweeps.md`).
  public var paths: [String]
  /// One value per path in each set, in the file's row order.
  public var draws: [[Double]]

  public init(paths: [String], draws: [[Double]]) {
    self.paths = paths
    self.draws = draws
  }

  /// The sets in the CSV file at `url`: a header of key paths, each once, then rows of
  /// finite numbers, at least one.
  /// - Throws: ``ScenarioFileError`` listing every bad cell as `line N, path`.
  public static func load(_ url: URL) throws(ScenarioFileError) -> ParameterDraws {
    let file = url.relativePath
    let problems = ProblemCollector(file: file)
    let table = try problems.csvTable(parsing: try problems.bytes(of: url))
    for (i, path) in table.header.enumerated() where table.header.firstIndex(of: path) != i || path.isEmpty {
      problems.report("line 1", value: "\"\(path)\"", "an empty or repeated column", allowed: "each key path once")
    }
    var draws: [[Double]] = []
    for row in table.rows where !row.fields.allSatisfy(\.isEmpty) {
      var values: [Double] = []
      for (c, path) in table.header.enumerated() {
        let text = c < row.fields.count ? row.fields[c].trimmingCharacters(in: .whitespaces) : ""
        if let x = Double(text), x.isFinite {
          values.append(x)
        } else {
          problems.report("line \(row.line), \(path)", value: "\"\(text)\"", "not a number", allowed: "a finite number")
        }
      }
      draws.append(values)
    }
    if draws.isEmpty { problems.report("", "no parameter sets", allowed: "a header of key paths and at least one row") }
    try problems.throwIfAny()
    return ParameterDraws(paths: table.header, draws: draws)
  }
}
