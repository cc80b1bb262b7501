/// A CSV file (RFC 4180) read whole: a header row and data rows of unquoted fields.
///
/// What it reads, so that files the project writes (``CSVText``) and spreadsheet exports alike
/// come back field for field:
/// - fields separated by `,`; a field in double quotes may hold commas, quotes (doubled: `""`)
///   and line breaks (LF or CRLF, kept as written);
/// - records end with LF or CRLF; the line break after the last record is optional;
/// - a leading UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped; text is UTF-8.
///
/// Every record must have as many fields as the header. Problems are reported with the line
/// (1-based, counting line breaks inside quoted fields) and, where the problem sits at one
/// place in a line, the column (1-based, in characters): an unterminated quote, text after a
/// closing quote, a quote inside an unquoted field, a record with the wrong number of fields,
/// an empty file.
package struct CSVTable: Hashable, Sendable {
  /// One data record: its fields and the line it starts on (a quoted line break makes a record
  /// span more than one line).
  package struct Row: Hashable, Sendable {
    package var fields: [String]
    /// The line the record starts on, 1-based (the header is line 1 of a file without quoted
    /// line breaks in it).
    package var line: Int

    package init(fields: [String], line: Int) {
      self.fields = fields
      self.line = line
    }

    /// Field `column` (0-based), unquoted.
    package subscript(column: Int) -> String { fields[column] }
  }

  /// Column names, unquoted.
  package var header: [String]
  /// Data records, each with as many fields as ``header``.
  package var rows: [Row]

  package init(header: [String], rows: [Row]) {
    self.header = header
    self.rows = rows
  }

  /// Reads the CSV text `bytes`. O(bytes).
  /// - Throws: ``CSVReadError`` naming the line (and column) of the first problem.
  package init(parsing bytes: [UInt8]) throws(CSVReadError) {
    var reader = CSVRecordReader(bytes)
    guard let header = try reader.next() else { throw CSVReadError(message: "is empty (no header row)") }
    var rows: [Row] = []
    while let row = try reader.next() {
      guard row.fields.count == header.fields.count else {
        throw CSVReadError(
          line: row.line, message: "\(row.fields.count) fields, the header has \(header.fields.count)")
      }
      rows.append(row)
    }
    self.init(header: header.fields, rows: rows)
  }

  /// The index of the column named `name`, if there is one.
  package func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// A problem in CSV text: where (line and column, both 1-based) and what.
package struct CSVReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The line of the problem; `nil` for the whole file.
  package var line: Int?
  /// The column of the problem in characters; `nil` for the whole line.
  package var column: Int?
  /// What is wrong.
  package var message: String

  package init(line: Int? = nil, column: Int? = nil, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line 3, column 7`, `line 3`, or empty for the whole file.
  package var location: String {
    guard let line else { return "" }
    return column.map { "line \(line), column \($0)" } ?? "line \(line)"
  }

  package var description: String { location.isEmpty ? message : "\(location): \(message)" }
}

/// Splits CSV bytes into records, one at a time. The delimiters (`,` `"` CR LF) are ASCII and
/// never occur inside a multi-byte UTF-8 character, so the reader works on bytes and decodes
/// each field once.
private struct CSVRecordReader {
  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  private let bytes: [UInt8]
  private var position: Int
  /// The line at ``position`` and where it starts, for error locations.
  private var line = 1
  private var lineStart: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    lineStart = position
  }

  /// The next record, or `nil` at the end of the text. O(record length).
  mutating func next() throws(CSVReadError) -> CSVTable.Row? {
    guard position < bytes.count else { return nil }
    let recordLine = line
    var fields: [String] = []
    while true {
      fields.append(try field())
      if position < bytes.count && bytes[position] == Self.comma {
        position += 1
        continue
      }
      // At a line break or the end (``field()`` stops at nothing else).
      if position < bytes.count { position += bytes[position] == Self.cr ? 2 : 1 }
      newLine(at: position)
      return CSVTable.Row(fields: fields, line: recordLine)
    }
  }

  /// Whether `index` starts a record end: LF, CRLF, or a CR that ends the text.
  private func isLineBreak(at index: Int) -> Bool {
    let byte = bytes[index]
    return byte == Self.lf || (byte == Self.cr && (index + 1 == bytes.count || bytes[index + 1] == Self.lf))
  }

  private mutating func newLine(at start: Int) {
    line += 1
    lineStart = start
  }

  /// The field at ``position``, unquoted; leaves ``position`` at the delimiter, line break or
  /// end after it.
  private mutating func field() throws(CSVReadError) -> String {
    let start = position
    guard position < bytes.count, bytes[position] == Self.quote else {
      while position < bytes.count && bytes[position] != Self.comma && !isLineBreak(at: position) {
        if bytes[position] == Self.quote {
          throw error(at: position, "a quote inside an unquoted field (quote the whole field and double the quote)")
        }
        position += 1
      }
      return String(decoding: bytes[start..<position], as: UTF8.self)
    }
    let (openingLine, openingColumn) = (line, column(of: start))
    var text: [UInt8] = []
    var chunk = start + 1
    position += 1
    while true {
      guard position < bytes.count else {
        throw CSVReadError(line: openingLine, column: openingColumn, message: "the quoted field is never closed")
      }
      switch bytes[position] {
      case Self.quote where position + 1 < bytes.count && bytes[position + 1] == Self.quote:
        text += bytes[chunk...position]  // one of the two quotes
        position += 2
        chunk = position
      case Self.quote:
        text += bytes[chunk..<position]
        position += 1
        guard position == bytes.count || bytes[position] == Self.comma || isLineBreak(at: position) else {
          throw error(at: position, "text after the closing quote of a field")
        }
        return String(decoding: text, as: UTF8.self)
      case Self.lf:
        position += 1
        newLine(at: position)
      default:
        position += 1
      }
    }
  }

  /// The column of byte `index` of the current line, in characters, 1-based.
  private func column(of index: Int) -> Int {
    String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
  }

  private func error(at index: Int, _ message: String) -> CSVReadError {
    CSVReadError(line: line, column: column(of: index), message: message)
  }
}
