import Foundation
import _TwinTestSupport

@testable import TwinReports

/// The committed fixture output folder and snapshot files, found next to this file.
enum ReportFixture {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// `compare Scenarios/baseline.json Scenarios/devolution.json --replications 3 --days 20
  /// --warmup-days 30`, with `timeseries.csv` trimmed to the observed days, and a fixed
  /// `provenance` (commit `0123…`, started 2026-12-04T16:00:00Z) for the report's footer.
  static let compareFolder = testsDirectory.appendingPathComponent("Fixtures/compare")
  /// `compare Scenarios/baseline.json Scenarios/staffing.json --replications 3 --days 20
  /// --warmup-days 30`: `comparison.json` alone, with a cost-effectiveness section and a clear
  /// added cost, and no `provenance` (as written before it was recorded).
  static let staffingFolder = testsDirectory.appendingPathComponent("Fixtures/compare-staffing")
  /// `sweep` of a 2 × 2 grid over the devolution preset (staff per 1,000 × devolution
  /// threshold), 2 replications × 5 days after a 10-day warm-up; a fixed `provenance` like
  /// the comparison's.
  static let sweepFolder = testsDirectory.appendingPathComponent("Fixtures/sweep")
  /// `run Scenarios/baseline.json --replications 3 --days 20 --warmup-days 30`, with
  /// `timeseries.csv` trimmed to the observed days: `summary.json`, `timeseries.csv` and
  /// `distributions.csv`.
  static let runFolder = testsDirectory.appendingPathComponent("Fixtures/run")
  /// The committed snapshots of generated pages and charts.
  static let snapshots = Snapshots(directory: testsDirectory.appendingPathComponent("Snapshots"))

  /// The fixture, with the folder named relatively so that snapshots do not depend on where
  /// the repository is checked out.
  static func compareInput() throws -> ReportInput {
    var input = try ReportInput.read(folder: compareFolder.path)
    input.folder = "Tests/TwinReportsTests/Fixtures/compare"
    return input
  }

  /// The staffing comparison, named relatively like ``compareInput()``.
  static func staffingInput() throws -> ReportInput {
    var input = try ReportInput.read(folder: staffingFolder.path)
    input.folder = "Tests/TwinReportsTests/Fixtures/compare-staffing"
    return input
  }

  /// The run fixture, named relatively like ``compareInput()``.
  static func runInput() throws -> ReportInput {
    var input = try ReportInput.read(folder: runFolder.path)
    input.folder = "Tests/TwinReportsTests/Fixtures/run"
    return input
  }

  /// The sweep fixture, named relatively like ``compareInput()``.
  static func sweepInput() throws -> ReportInput {
    var input = try ReportInput.read(folder: sweepFolder.path)
    input.folder = "Tests/TwinReportsTests/Fixtures/sweep"
    return input
  }
}
