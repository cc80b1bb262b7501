import FileFormats
import Testing

@Suite struct CSVTableTests {
  private func table(_ text: String) throws(CSVReadError) -> CSVTable { try CSVTable(parsing: Array(text.utf8)) }

  /// What Excel saves as "CSV UTF-8": a byte-order mark, CRLF line ends, quoted fields with
  /// embedded line breaks (Alt+Enter gives LF inside the quotes), commas and doubled quotes,
  /// empty fields, Chinese text, and a line break after the last row.
  static let excel =
    "\u{FEFF}社区,指标,备注\r\n"
    + "东城,满意度,\"第一行\n第二行\"\r\n"
    + "\"西城, 北区\",,\"他说 \"\"好\"\"\"\r\n"
    + ",,\r\n"
    + "\"a\r\nb\",\"\",x\r\n"

  @Test func readsAnExcelStyleFileFieldForField() throws {
    let csv = try table(Self.excel)
    #expect(csv.header == ["社区", "指标", "备注"])
    #expect(
      csv.rows.map(\.fields) == [
        ["东城", "满意度", "第一行\n第二行"],
        ["西城, 北区", "", "他说 \"好\""],
        ["", "", ""],
        ["a\r\nb", "", "x"],
      ])
    // Each row's first line, counting the line breaks inside quotes.
    #expect(csv.rows.map(\.line) == [2, 4, 5, 6])
    #expect(csv.column("备注") == 2 && csv.column("note") == nil)
  }

  @Test func lineEndsAndTheFinalLineBreakDoNotChangeTheTable() throws {
    let lf = try table("a,b\n1,\"x\ny\"\n2,\n")
    #expect(try table("a,b\r\n1,\"x\ny\"\r\n2,\r\n") == lf)
    #expect(try table("a,b\n1,\"x\ny\"\n2,") == lf)
    #expect(try table("\u{FEFF}a,b\r\n1,\"x\ny\"\r\n2,") == lf)
    #expect(lf.rows.map(\.fields) == [["1", "x\ny"], ["2", ""]])
    #expect(try table("a,b").rows.isEmpty)
  }

  @Test func anUnterminatedQuoteNamesTheLineAndColumnWhereItOpens() {
    // The quote opens on line 3 after "北京," (3 characters); the file ends inside it.
    #expect(throws: CSVReadError(line: 3, column: 4, message: "the quoted field is never closed")) {
      try table("a,b\n1,2\n北京,\"never\nclosed,3\n")
    }
  }

  @Test func aRowWithTheWrongFieldCountNamesTheLineItStartsOn() {
    // The second row starts on line 4: the first spans lines 2 and 3.
    #expect(throws: CSVReadError(line: 4, message: "3 fields, the header has 2")) {
      try table("a,b\n\"1\n1\",2\n1,2,3\n")
    }
    #expect(throws: CSVReadError(line: 3, message: "1 fields, the header has 2")) { try table("a,b\n1,2\n\n") }
  }

  @Test func strayQuotesAreNamedWithTheirColumn() {
    #expect(throws: CSVReadError(line: 2, column: 6, message: "text after the closing quote of a field")) {
      try table("a,b\n1,\"二\"x\n")
    }
    #expect(
      throws: CSVReadError(
        line: 2, column: 4, message: "a quote inside an unquoted field (quote the whole field and double the quote)")
    ) { try table("a,b\n1,a\"b\n") }
  }

  @Test func anEmptyFileHasNoHeader() {
    let empty = CSVReadError(message: "is empty (no header row)")
    #expect(throws: empty) { try table("") }
    #expect(throws: empty) { try table("\u{FEFF}") }
    #expect(empty.location == "" && empty.description == "is empty (no header row)")
    #expect(CSVReadError(line: 2, column: 5, message: "m").description == "line 2, column 5: m")
  }

  /// Whatever text a field holds, writing it with ``CSVText`` and reading it back gives it
  /// back, with either line end between the rows.
  @Test func roundTripsTheProjectsOwnWriter() throws {
    let awkward = [
      "", " ", "plain", "a,b", "\"", "\"\"", "say \"hi\"", "line\nbreak", "crlf\r\nbreak", "cr\ronly", ",", "\n",
      "ends with comma,", "北京市朝阳区", "满意度, 第一季度", "\u{FEFF}mark", "tab\there", "∞", "-0.0", "1e-300",
    ]
    let header = ["name", "value", "unit"]
    let rows = awkward.indices.map { i in
      [awkward[i], awkward[(3 * i + 1) % awkward.count], CSVText.number(Double(i) / 7)]
    }
    for lineEnd in ["\n", "\r\n"] {
      let text = ([header] + rows).map { $0.map(CSVText.field).joined(separator: ",") + lineEnd }.joined()
      let csv = try table(text)
      #expect(csv.header == header)
      #expect(csv.rows.map(\.fields) == rows)
    }
  }
}
