/// One thing wrong with a district's tables: where (file, line, column), the column's name and
/// the value found in the cell, what is wrong, and what is allowed.
///
/// ``description`` reads
///
///     staff.csv:4:2: role = "grid_workr": no such role; did you mean 'grid_worker'? (allowed: community_worker, grid_worker, volunteer, security_guard)
///
/// with `:line` and `:column` only when the problem sits in one line or one cell, and
/// ` = "value"` only for a cell. The line counts from 1 (the header is line 1); the column is
/// the cell's position in its row, from 1 (a spreadsheet's column A is 1), except in a problem
/// of the CSV text itself (an unclosed quote), where it is the character in the line.
public struct TableProblem: Hashable, Sendable, CustomStringConvertible {
  /// The table's file name (`staff.csv`).
  public var file: String
  /// The line, from 1; `nil` for the whole file.
  public var line: Int?
  /// The column, from 1; `nil` for the whole line.
  public var column: Int?
  /// The column's name in the header, for a problem in a cell.
  public var columnName: String?
  /// The cell's text as written (trimmed), for a problem in a cell.
  public var value: String?
  /// What is wrong, in plain words.
  public var message: String
  /// What would be accepted, if there is a rule to quote.
  public var allowed: String?

  public init(
    file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil, value: String? = nil,
    message: String, allowed: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.columnName = columnName
    self.value = value
    self.message = message
    self.allowed = allowed
  }

  /// `file:line:column: column = "value": message (allowed: …)`.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    text += ": "
    if let columnName, let value { text += "\(columnName) = \"\(value)\": " }
    text += message
    if let allowed { text += " (allowed: \(allowed))" }
    return text
  }
}

/// A district folder whose tables cannot be imported, with **every** problem found in them
/// (nothing is written while there is one).
///
/// ``description`` is a count header and one problem per line, by table, then line, then
/// column:
///
///     Scenarios/import/example: 2 problems:
///       communities.csv:3:2: residents = "8k": not a number (allowed: a whole number 1 ... 10000000)
///       staff.csv:4:2: role = "grid_workr": no such role; did you mean 'grid_worker'? (allowed: …)
public struct DistrictTablesError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder as the user named it.
  public var folder: String
  /// The problems, in table, line and column order; never empty when thrown.
  public var problems: [TableProblem]

  public init(folder: String, problems: [TableProblem]) {
    self.folder = folder
    self.problems = problems
  }

  public var description: String {
    let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
    return (["\(folder): \(count):"] + problems.map { "  \($0.description)" }).joined(separator: "\n")
  }
}
