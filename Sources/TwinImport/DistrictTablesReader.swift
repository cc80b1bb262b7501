import FileFormats
import Foundation
import ScenarioFiles

/// Reads a district folder's CSV tables into communities, checking every cell against the
/// base scenario's ids and the ranges of ``DistrictLimits``, and every reference between
/// tables; all problems of all tables are collected before it gives up (`Docs/import.md`).
///
///     let communities = try DistrictTablesReader.read(
///       folder: folder, named: "Scenarios/import/example", vocabulary: vocabulary)
struct DistrictTablesReader {
  let folder: URL
  let vocabulary: DistrictVocabulary
  let log = TableProblemLog()

  /// The communities the tables in `folder` describe, in `communities.csv` order, and where
  /// the district stands (`open_cases.csv`, `vacancies.csv`, `recent_hires.csv`,
  /// `satisfaction.csv`, `projects.csv`, `proposals.csv`, `occupancy.csv`, in table order).
  /// - Parameter name: the folder as the user named it, for the error.
  /// - Throws: ``DistrictTablesError`` with every problem.
  /// - Complexity: O(total size of the tables × the longest id list, for suggestions).
  static func read(folder: URL, named name: String, vocabulary: DistrictVocabulary) throws(DistrictTablesError)
    -> (communities: [DistrictCommunity], initialState: DistrictInitialState)
  {
    let reader = DistrictTablesReader(folder: folder, vocabulary: vocabulary)
    let (clean, rejectedNames) = reader.communities()
    var communities = clean
    let index = Dictionary(uniqueKeysWithValues: communities.enumerated().map { ($1.name, $0) })
    let references = CommunityReferences(names: communities.map(\.name) + rejectedNames)
    let beforeStaff = reader.log.count
    for (name, role, posts, payRatio) in reader.staff(references) {
      guard let i = index[name] else { continue }
      communities[i].staff[role] = posts
      communities[i].payRatios[role] = payRatio
    }
    let staffed =
      reader.log.count == beforeStaff ? Dictionary(uniqueKeysWithValues: communities.map { ($0.name, $0) }) : [:]
    let beforeFacilities = reader.log.count
    for (name, facility, statement) in reader.facilities(references) {
      if let i = index[name] { communities[i].facilities[facility] = statement }
    }
    let furnished =
      reader.log.count == beforeFacilities
      ? Dictionary(uniqueKeysWithValues: communities.map { ($0.name, $0) }) : [:]
    for (name, source, funds) in reader.funds(references) {
      guard let i = index[name] else { continue }
      if let annual = funds.annual { communities[i].annualCNYPerResident[source] = annual }
      if let opening = funds.opening { communities[i].openingBalanceCNY[source] = opening }
    }
    let openCases = reader.openCases(references)
    let vacancies = reader.vacancies(references, communities: staffed)
    let initialState = DistrictInitialState(
      openCases: openCases, vacancies: vacancies,
      recentHires: reader.recentHires(references, communities: staffed, vacancies: vacancies),
      satisfaction: reader.satisfaction(references), projects: reader.projects(references),
      proposals: reader.proposals(references), occupancy: reader.occupancy(references, communities: furnished))
    guard reader.log.count == 0 else { throw DistrictTablesError(folder: name, problems: reader.log.sorted()) }
    return (communities, initialState)
  }

  /// `table` loaded with its canonical columns, or `nil` (reported when it must be there).
  func load(_ table: DistrictTable) -> LoadedTable? {
    LoadedTable.load(table, in: folder, expected: table.columns(cohorts: vocabulary.cohorts), log: log)
  }

  /// The values `read` gives the rows of `table`, keeping a row's value only if no problem
  /// was reported while reading it.
  func cleanRows<Value>(of table: LoadedTable, _ read: (TableRow) -> Value?) -> [Value] {
    table.rows.compactMap { csvRow in
      let row = TableRow(table: table, row: csvRow, log: log)
      let before = log.count
      guard let value = read(row), log.count == before else { return nil }
      return value
    }
  }
}

/// The communities of `communities.csv`, for the other tables' `community` cells: a name
/// must be one of them (a did-you-mean otherwise). Names of rows rejected for another
/// reason count as known, so one bad cell in `communities.csv` does not bring a problem for
/// each row that names the community elsewhere.
struct CommunityReferences {
  let names: [String]
  private let known: Set<String>

  /// - Parameter names: in table order; repeated names count once.
  init(names: [String]) {
    var known: Set<String> = []
    self.names = names.filter { known.insert($0).inserted }
    self.known = known
  }

  /// The community named in `row`'s `community` cell, or `nil` after reporting it (empty or
  /// unknown). O(communities × name length) for an unknown name.
  func community(in row: TableRow) -> String? {
    let column = DistrictTable.community
    let allowed = Self.listing(names)
    guard let name = row.requiredText(column, allowed: allowed) else { return nil }
    guard known.contains(name) else {
      row.report(
        column, "no such community in communities.csv\(EditDistance.suggestion(for: name, in: names))",
        allowed: allowed)
      return nil
    }
    return name
  }

  /// The first ten names, quoted, then how many more.
  private static func listing(_ names: [String]) -> String {
    guard !names.isEmpty else { return "a name from communities.csv" }
    let shown = ProblemCollector.wording(choices: Array(names.prefix(10)))
    return names.count > 10 ? "\(shown) and \(names.count - 10) more" : shown
  }
}
