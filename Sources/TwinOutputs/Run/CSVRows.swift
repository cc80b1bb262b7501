import FileFormats
import Foundation

/// A CSV output file read back (``CSVTable``: RFC 4180 as ``TidyCSV`` writes it, or as
/// a spreadsheet saves it), with its path for error messages and its columns checked.
struct CSVRows {
  let file: String
  let table: CSVTable

  /// Data rows, each as many fields as the header.
  var rows: [CSVTable.Row] { table.rows }

  /// Reads `url`; `nil` when the file does not exist.
  /// - Throws: ``FileReadError`` for an unreadable or malformed file (naming the line, and
  ///   the column of a quoting problem) or a missing column of `required`.
  static func read(_ url: URL, required: [String]) throws(FileReadError) -> CSVRows? {
    let file = url.path
    guard FileManager.default.fileExists(atPath: file) else { return nil }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw FileReadError(path: file, message: "cannot be read")
    }
    let table: CSVTable
    do throws(CSVReadError) {
      table = try CSVTable(parsing: [UInt8](data))
    } catch {
      throw FileReadError(path: file, location: error.location, message: error.message)
    }
    for column in required where table.column(column) == nil {
      let header = table.header.joined(separator: ",")
      throw FileReadError(path: file, location: "line 1", message: "no column '\(column)' (header: \(header))")
    }
    return CSVRows(file: file, table: table)
  }

  /// The index of column `name` (checked present by ``read(_:required:)``).
  func column(_ name: String) -> Int? { table.column(name) }

  /// The error for `row`: where it starts in the file, and `message`.
  func error(in row: CSVTable.Row, _ message: String) -> FileReadError {
    FileReadError(path: file, location: "line \(row.line)", message: message)
  }

  /// A number field: `nil` for an empty field, `nan` or anything that is not a number; `inf`
  /// is +∞.
  static func number(_ field: String) -> Double? {
    guard let value = Double(field), !value.isNaN else { return nil }
    return value
  }
}
