import FileFormats
import Foundation
import Testing
import TwinOutputs
import _TwinTestSupport

@testable import TwinReports

/// The report's CSV inputs as the project writes them and as a spreadsheet saves them again.
@Suite struct CSVRowsTests {
  /// A scenario name that needs every kind of quoting but a line break.
  static let awkwardName = "东城区, 试点 \"A\""

  /// `timeseries.csv` with the content `bytes`, read as the daily bands of a run of
  /// `singleScenario` or (`nil`) of a comparison.
  private func dailyBands(_ bytes: [UInt8], singleScenario: String?) throws -> Result<DailyBands?, FileReadError> {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(bytes).write(to: folder.appendingPathComponent("timeseries.csv"))
    return Result { () throws(FileReadError) in try DailyBands.read(folder: folder, singleScenario: singleScenario) }
  }

  /// `text` as Excel's "CSV UTF-8" saves it: a byte-order mark and CRLF line ends.
  private func excel(_ text: String) -> [UInt8] {
    [0xEF, 0xBB, 0xBF] + Array(text.utf8).flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
  }

  @Test func tidyCSVComesBackFieldForField() throws {
    let text = TidyCSV.replications(byScenario: [(Self.awkwardName, Fixtures.results)])
    let table = try CSVTable(parsing: Array(text.utf8))
    #expect(table.header == ["scenario", "replication", "metric", "value"])
    #expect(
      table.rows.map(\.fields) == [
        [Self.awkwardName, "0", "a.count", "10.0"], [Self.awkwardName, "0", "b.share", "0.5"],
        [Self.awkwardName, "1", "a.count", "14.0"], [Self.awkwardName, "1", "b.share", "0.75"],
      ])
    #expect(try CSVTable(parsing: excel(text)) == table)
  }

  /// A comparison's `timeseries.csv` saved again by a spreadsheet gives the same daily bands.
  @Test func anExcelSavedTimeseriesGivesTheSameDailyBands() throws {
    let text = TidyCSV.timeseries(byScenario: [(Self.awkwardName, Fixtures.results), ("b", Fixtures.results)])
    func means(_ bytes: [UInt8]) throws -> [[Double]] {
      let daily = try #require(try dailyBands(bytes, singleScenario: nil).get())
      return [Self.awkwardName, "b"].flatMap { scenario in
        ["x", "y"].map { daily.band(scenario: scenario, metric: $0).map(\.y) }
      }
    }
    let original = try means(Array(text.utf8))
    // Day 0 (day −1 is warm-up): x is 2 in replication 0 and missing in 1; y is 0.25 and 0.5.
    #expect(original == [[2], [0.375], [2], [0.375]])
    #expect(try means(excel(text)) == original)
  }

  @Test func anUnterminatedQuoteNamesTheFileLineAndColumn() throws {
    let text = "replication,day,metric,value\n0,0,\"x\n1,0,x,1\n"
    guard case .failure(let error) = try dailyBands(excel(text), singleScenario: "a") else {
      Issue.record("read an unterminated quote")
      return
    }
    #expect(error.path.hasSuffix("timeseries.csv"))
    #expect(error.location == "line 2, column 5" && error.message == "the quoted field is never closed")
  }

  /// A row after a quoted line break is named by the line it starts on.
  @Test func aBadRowAfterAQuotedLineBreakNamesItsOwnLine() throws {
    let text = "scenario,replication,day,metric,value\n\"two\nlines\",0,0,x,1\nb,0,zero,x,1\n"
    guard case .failure(let error) = try dailyBands(Array(text.utf8), singleScenario: nil) else {
      Issue.record("read a bad day")
      return
    }
    #expect(error.location == "line 4" && error.message == "day 'zero' is not a whole number")
  }
}
