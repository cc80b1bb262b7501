/// The problems found so far in a district's tables, shared by the readers of the tables
/// (so one pass lists them all).
final class TableProblemLog {
  private(set) var problems: [TableProblem] = []

  /// Adds `problem`. O(1) amortized.
  func report(_ problem: TableProblem) { problems.append(problem) }

  /// How many problems have been reported: a reader compares it before and after a row to
  /// know whether the row was clean.
  var count: Int { problems.count }

  /// The problems by table (in ``DistrictTable`` order), then line, then column; whole-file
  /// problems first in their table. O(n log n).
  func sorted() -> [TableProblem] {
    let order = Dictionary(uniqueKeysWithValues: DistrictTable.allCases.map { ($0.fileName, $0.rawValue) })
    return problems.enumerated().sorted { a, b in
      let keyA = (order[a.element.file] ?? 0, a.element.line ?? 0, a.element.column ?? 0, a.offset)
      let keyB = (order[b.element.file] ?? 0, b.element.line ?? 0, b.element.column ?? 0, b.offset)
      return keyA < keyB
    }.map(\.element)
  }
}
