import FileFormats
import ScenarioFiles

/// One data row of a ``LoadedTable``, read cell by cell: each accessor trims the cell, checks
/// it and reports a problem at the cell (`file:line:column`, the column's name, the value,
/// the allowed values) into the log.
///
/// Accessors return `nil` both for an empty optional cell (not stated) and for a bad cell
/// (reported); a reader that needs to tell them apart compares ``TableProblemLog/count``
/// before and after. Every accessor is O(cell length), except where noted.
struct TableRow {
  let table: LoadedTable
  let row: CSVTable.Row
  let log: TableProblemLog

  /// The line the row starts on (the header is line 1).
  var line: Int { row.line }

  /// `text` without leading and trailing white space (spaces, tabs, line breaks).
  static func trimmed(_ text: String) -> String {
    var characters = Substring(text)
    while characters.first?.isWhitespace == true { characters.removeFirst() }
    while characters.last?.isWhitespace == true { characters.removeLast() }
    return String(characters)
  }

  /// The trimmed text of `column` (empty for an optional column the file leaves out).
  func text(_ column: String) -> String { table.columns[column].map { Self.trimmed(row[$0]) } ?? "" }

  /// Reports a problem at the cell of `column`.
  func report(_ column: String, _ message: String, allowed: String?) {
    log.report(
      TableProblem(
        file: table.table.fileName, line: line, column: position(column) + 1, columnName: column,
        value: text(column), message: message, allowed: allowed))
  }

  /// Reports a problem of the whole row.
  func reportRow(_ message: String, allowed: String? = nil) {
    log.report(TableProblem(file: table.table.fileName, line: line, message: message, allowed: allowed))
  }

  /// The non-empty text of `column`, or `nil` after reporting an empty cell.
  func requiredText(_ column: String, allowed: String) -> String? {
    let value = text(column)
    if value.isEmpty { report(column, "is empty", allowed: allowed) }
    return value.isEmpty ? nil : value
  }

  /// A whole number in `range` (`12` or `12.0`; `12.5` is not); an empty cell is `nil`, and
  /// reported when `required`.
  func integer(_ column: String, _ range: ClosedRange<Int>, required: Bool) -> Int? {
    let allowed = ProblemCollector.wording(range)
    guard let number = parsedNumber(column, allowed: allowed, required: required) else { return nil }
    guard number == number.rounded() else {
      report(column, "not a whole number", allowed: allowed)
      return nil
    }
    guard abs(number) <= 9_007_199_254_740_991, range.contains(Int(number)) else {
      report(column, "out of range", allowed: allowed)
      return nil
    }
    return Int(number)
  }

  /// A number `rule` accepts; an empty cell is `nil`, and reported when `required`.
  func number(_ column: String, _ rule: NumberRule, required: Bool) -> Double? {
    guard let number = parsedNumber(column, allowed: rule.allowed, required: required) else { return nil }
    guard rule.accepts(number) else {
      report(column, "out of range", allowed: rule.allowed)
      return nil
    }
    return number
  }

  /// One of `ids` (compared exactly), or `nil` after reporting an empty cell or an unknown id
  /// with a did-you-mean. `what` names the kind in the message (`role`). O(ids × id length).
  func id(_ column: String, in ids: [String], what: String) -> String? {
    let allowed = ids.joined(separator: ", ")
    guard let value = requiredText(column, allowed: allowed) else { return nil }
    guard ids.contains(value) else {
      report(column, "no such \(what)\(EditDistance.suggestion(for: value, in: ids))", allowed: allowed)
      return nil
    }
    return value
  }

  /// The cell of `column` as a number, or `nil` when it is empty (reported if `required`) or
  /// not a number (reported).
  private func parsedNumber(_ column: String, allowed: String, required: Bool) -> Double? {
    let value = text(column)
    if value.isEmpty {
      if required { report(column, "is empty", allowed: allowed) }
      return nil
    }
    guard let number = Self.decimal(value) else {
      report(column, "not a number", allowed: allowed)
      return nil
    }
    return number
  }

  /// `text` as a decimal number: an optional sign, digits with an optional `.` and fraction,
  /// an optional exponent (`8000`, `0.38`, `-1.5e3`); `nil` for anything else, such as `8k`,
  /// `8,000`, `38%`, `inf` or `0x10`, which `Double(_:)` would partly accept.
  static func decimal(_ text: String) -> Double? {
    var scalars = Substring(text).unicodeScalars[...]
    func digits() -> Int {
      let count = scalars.prefix { ("0"..."9").contains($0) }.count
      scalars = scalars.dropFirst(count)
      return count
    }
    if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
    var mantissaDigits = digits()
    if scalars.first == "." {
      scalars = scalars.dropFirst()
      mantissaDigits += digits()
    }
    guard mantissaDigits > 0 else { return nil }
    if scalars.first == "e" || scalars.first == "E" {
      scalars = scalars.dropFirst()
      if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
      guard digits() > 0 else { return nil }
    }
    guard scalars.isEmpty, let number = Double(text), number.isFinite else { return nil }
    return number
  }

  /// The position of `column` in the row; the table's header has it (a precondition of the
  /// readers, which ask only for the columns they declared).
  private func position(_ column: String) -> Int {
    guard let position = table.columns[column] else { preconditionFailure("no column \(column) in the table") }
    return position
  }
}
