import FileFormats
import Foundation

/// The rows of a CSV output file (RFC 4180 as ``TidyCSV`` writes it), read by column name.
struct CSVRows {
  let file: String
  /// Column names of the header row.
  let header: [String]
  /// Data rows, each as many fields as the header.
  let rows: [[Substring]]

  /// Reads `url`; `nil` when the file does not exist.
  /// - Throws: ``FileReadError`` for an unreadable file, a missing column of `required`
  ///   or a row with the wrong number of fields (naming the line).
  static func read(_ url: URL, required: [String]) throws(FileReadError) -> CSVRows? {
    let file = url.path
    guard FileManager.default.fileExists(atPath: file) else { return nil }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw FileReadError(path: file, message: "cannot be read")
    }
    let text = String(decoding: data, as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    guard let first = lines.first else { throw FileReadError(path: file, message: "is empty (no header row)") }
    let header = fields(first).map(String.init)
    for column in required where !header.contains(column) {
      throw FileReadError(path: file, location: "line 1", message: "no column '\(column)' (header: \(header.joined(separator: ",")))")
    }
    var rows: [[Substring]] = []
    rows.reserveCapacity(lines.count - 1)
    for (number, line) in lines.enumerated().dropFirst() {
      let row = fields(line)
      guard row.count == header.count else {
        throw FileReadError(
          path: file, location: "line \(number + 1)", message: "\(row.count) fields, the header has \(header.count)")
      }
      rows.append(row)
    }
    return CSVRows(file: file, header: header, rows: rows)
  }

  /// The index of column `name` (checked present by ``read(_:required:)``).
  func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// A number field: `nil` for an empty field, `nan` or anything that is not a number; `inf`
  /// is +∞.
  static func number(_ field: Substring) -> Double? {
    guard let value = Double(field), !value.isNaN else { return nil }
    return value
  }

  /// The fields of one line; quoted fields lose their quotes and doubled quotes.
  private static func fields(_ line: Substring) -> [Substring] {
    let line = line.hasSuffix("\r") ? line.dropLast() : line
    guard line.contains("\"") else { return line.split(separator: ",", omittingEmptySubsequences: false) }
    var out: [Substring] = []
    var current = ""
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if quoted {
        if character == "\"" {
          let next = line.index(after: index)
          if next < line.endIndex && line[next] == "\"" {
            current.append("\"")
            index = next
          } else {
            quoted = false
          }
        } else {
          current.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        out.append(Substring(current))
        current = ""
      } else {
        current.append(character)
      }
      index = line.index(after: index)
    }
    out.append(Substring(current))
    return out
  }
}
