/// The first line of each (community, id) pair of a table, to report a pair given in a
/// second row (`staff.csv` may list a community's role once).
struct RepeatedRows {
  /// What the id is (`role`), for the message.
  let what: String
  private var firstLine: [Pair: Int] = [:]

  private struct Pair: Hashable {
    let community: String
    let id: String
  }

  init(what: String) {
    self.what = what
  }

  /// Records `row`'s pair, or reports it at the cell of `column` if an earlier row has it.
  /// O(1) expected.
  mutating func check(_ row: TableRow, community: String, id: String, column: String) {
    let pair = Pair(community: community, id: id)
    if let first = firstLine[pair] {
      row.report(
        column, "a second row for \(community) and \(id) (the first is line \(first))",
        allowed: "one row per community and \(what)")
    } else {
      firstLine[pair] = row.line
    }
  }
}
