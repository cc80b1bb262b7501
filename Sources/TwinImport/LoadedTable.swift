import FileFormats
import Foundation

/// One table of a district folder, read and its header checked: its data rows and the
/// position of each column it needs.
///
/// Reading reports into a ``TableProblemLog``: a missing required file, an unreadable file,
/// text that is not UTF-8 (with the first line that is not), a problem in the CSV text (an unclosed quote, a row with the wrong number of cells), and in
/// the header a column given twice, an unknown column (with a did-you-mean) or a missing one.
/// A table with a missing column or broken CSV text is not read further (its rows cannot be
/// interpreted); the other tables still are. Rows whose cells are all blank (a spreadsheet's
/// trailing empty rows) are dropped.
struct LoadedTable {
  /// Which table.
  let table: DistrictTable
  /// Column name → position in a row (0-based).
  let columns: [String: Int]
  /// The data rows with at least one non-blank cell.
  let rows: [CSVTable.Row]

  /// The table `table` of `folder`, whose columns must be exactly `expected` (in any order),
  /// but for the table's optional columns, which may be left out.
  /// - Returns: `nil` if the file is absent (reported when it is required) or cannot be used
  ///   (reported).
  /// - Complexity: O(file size + columns²).
  static func load(_ table: DistrictTable, in folder: URL, expected: [String], log: TableProblemLog) -> LoadedTable? {
    let file = table.fileName
    let url = folder.appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: url.path) else {
      if table.isRequired {
        log.report(
          TableProblem(
            file: file, message: "the file is missing; it is required",
            allowed: "a CSV file with the columns \(expected.joined(separator: ", "))"))
      }
      return nil
    }
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: url))
    } catch {
      log.report(TableProblem(file: file, message: "cannot read the file: \(error.localizedDescription)"))
      return nil
    }
    if let line = firstLineNotUTF8(bytes) {
      log.report(
        TableProblem(
          file: file, line: line, message: "is not UTF-8 text (a spreadsheet's plain \"CSV\" may be GBK)",
          allowed: "UTF-8, as a spreadsheet saves \"CSV UTF-8\""))
      return nil
    }
    let csv: CSVTable
    do {
      csv = try CSVTable(parsing: bytes)
    } catch {
      log.report(TableProblem(file: file, line: error.line, column: error.column, message: error.message))
      return nil
    }
    guard
      let columns = checkedHeader(
        csv.header, file: file, expected: expected, optional: table.optionalColumns, log: log)
    else { return nil }
    let rows = csv.rows.filter { row in row.fields.contains { !TableRow.trimmed($0).isEmpty } }
    return LoadedTable(table: table, columns: columns, rows: rows)
  }

  /// The first line (from 1) holding bytes that are not UTF-8, or `nil` if all are. O(bytes).
  private static func firstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    return lines.firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 }
  }

  /// The position of each expected column given, reporting columns given twice, unknown and
  /// missing (those in `optional` may be missing).
  /// - Returns: `nil` if a column that is not optional is missing.
  private static func checkedHeader(
    _ header: [String], file: String, expected: [String], optional: Set<String>, log: TableProblemLog
  ) -> [String: Int]? {
    let allowed = expected.joined(separator: ", ")
    var columns: [String: Int] = [:]
    for (index, raw) in header.enumerated() {
      let name = TableRow.trimmed(raw)
      if let first = columns[name] {
        log.report(
          TableProblem(
            file: file, line: 1, column: index + 1,
            message: "column \"\(name)\" again (the first is column \(first + 1))",
            allowed: "each column once"))
      } else if expected.contains(name) {
        columns[name] = index
      } else {
        log.report(
          TableProblem(
            file: file, line: 1, column: index + 1,
            message: "unknown column \"\(name)\"\(EditDistance.suggestion(for: name, in: expected))", allowed: allowed))
      }
    }
    let missing = expected.filter { columns[$0] == nil && !optional.contains($0) }
    for name in missing {
      log.report(TableProblem(file: file, line: 1, message: "missing column \"\(name)\"", allowed: allowed))
    }
    return missing.isEmpty ? columns : nil
  }
}
