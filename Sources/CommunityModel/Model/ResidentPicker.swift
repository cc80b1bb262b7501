import SimKernel

/// The resident each arrival of a source brings (a source: a facility, or a need process),
/// for many sources of one district at once: a cohort drawn by the source's alias table
/// (Walker's method over its cohort weights), then a resident of that cohort in the
/// source's community, uniformly.
///
/// Each source's alias columns sit side by side with the resident ranges they lead to, in
/// one array for all sources: a draw reads one 24-byte column, at a place given by the
/// source's number and the first random number. The same draw through the source's
/// ``AliasTable`` and its community's cohort starts reads three buffers, each only once the
/// one before it is in: in a city of ten thousand facilities all three miss the cache,
/// in turn, at every arrival, and the look-ahead (``DistrictModel/prefetch(upcoming:)``) that
/// predicts the resident waited on them. The numbers drawn, their order and the resident are
/// those of the alias table and the ranges (a test checks it).
struct ResidentPicker: Codable {
  /// One alias column with its ranges: a draw landing on it takes a resident of its own
  /// cohort (`first ..< first + count`) with probability `keep`, else one of its alias's
  /// (`aliasFirst ..< aliasFirst + aliasCount`).
  struct Column: Codable {
    var keep: Double
    var first: UInt32
    var count: UInt32
    var aliasFirst: UInt32
    var aliasCount: UInt32
  }

  /// Cohorts per source: every source's table has one column per cohort.
  let cohorts: Int
  /// Source s's columns are `columns[s × cohorts ..< (s + 1) × cohorts]`.
  private(set) var columns: [Column] = []

  init(cohorts: Int) { self.cohorts = cohorts }

  /// Sources so far.
  var count: Int { columns.count / cohorts }

  /// Adds a source whose cohort is drawn by `table` and whose cohort k's residents are
  /// `cohortStarts[k] ..< cohortStarts[k + 1]` (resident numbers below 2³²: a district has at
  /// most ten million). Its number is the previous ``count``. O(cohorts).
  /// - Precondition: `table` has ``cohorts`` columns; `cohortStarts` has ``cohorts`` + 1 entries.
  mutating func append(_ table: AliasTable, cohortStarts: [Int]) {
    precondition(table.count == cohorts && cohortStarts.count == cohorts + 1, "one column per cohort")
    func range(ofCohort k: Int) -> (first: UInt32, count: UInt32) {
      (UInt32(cohortStarts[k]), UInt32(cohortStarts[k + 1] - cohortStarts[k]))
    }
    for k in 0..<cohorts {
      let (keep, alias) = table.column(k)
      let (own, aliased) = (range(ofCohort: k), range(ofCohort: alias))
      columns.append(
        Column(
          keep: keep, first: own.first, count: own.count, aliasFirst: aliased.first, aliasCount: aliased.count))
    }
  }

  /// The resident that source `s`'s next arrival brings: three numbers from `stream` (the
  /// column, keep or alias, the resident in the range), as ``AliasTable/sample(using:)``
  /// followed by a uniform draw in the cohort. O(1).
  @inline(__always)
  func resident(of s: Int, drawingFrom stream: inout RandomStream) -> Int {
    let column = columns[s &* cohorts &+ Int(stream.nextUnit() * Double(cohorts))]
    let kept = stream.nextUnit() < column.keep
    let (first, count) = kept ? (column.first, column.count) : (column.aliasFirst, column.aliasCount)
    return Int(first) + Int(stream.nextUnit() * Double(count))
  }
}
