import SimKernel
import Testing
import _TwinTestSupport

private func relativeError(_ a: Double, _ b: Double) -> Double {
  a == b ? 0 : abs(a - b) / max(abs(a), abs(b))
}

/// Values with a large mean relative to their spread (mean 1,000, sd ≈ 10): a naive Σx² formula
/// would lose about 4 of its 16 digits here, Welford / Chan do not.
private func observations(_ n: Int, seed: UInt64) throws -> [Double] {
  Fixtures.draws(try .normal(mean: 1_000, sd: 10), count: n, seed: seed, stream: "tally")
}

@Suite struct TallyTests {
  @Test func textbookSampleStatistics() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, sample variance 32/7.
    let tally = Tally([2, 4, 4, 4, 5, 5, 7, 9])
    #expect(tally.count == 8)
    #expect(tally.mean == 5)
    #expect(tally.meanOrNaN == 5 && Tally().meanOrNaN.isNaN)
    #expect(abs(tally.variance - 32.0 / 7) < 1e-12)
    #expect(abs(tally.standardDeviation - (32.0 / 7).squareRoot()) < 1e-12)
    #expect(tally.min == 2)
    #expect(tally.max == 9)
    #expect(tally.sum == 40)
  }

  @Test func emptyAndSingletonTallies() {
    let empty = Tally()
    #expect(empty.count == 0)
    #expect(empty.variance == 0)
    #expect(empty.sum == 0)
    #expect(empty.min == .infinity && empty.max == -.infinity)
    #expect(empty.confidenceInterval() == nil)
    var one = Tally()
    one.record(-3.5)
    #expect(one.count == 1 && one.mean == -3.5 && one.variance == 0)
    #expect(one.min == -3.5 && one.max == -3.5)
    #expect(one.confidenceInterval() == nil)
  }

  @Test func welfordMatchesATwoPassComputation() throws {
    let xs = try observations(50_000, seed: 1)
    let tally = Tally(xs)
    let mean = xs.reduce(0, +) / Double(xs.count)
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count - 1)
    #expect(relativeError(tally.mean, mean) < 1e-12)
    #expect(relativeError(tally.variance, variance) < 1e-9)
    #expect(tally.min == xs.min()! && tally.max == xs.max()!)
  }

  /// Merging two halves equals one tally over everything: mean within 1e-12 relative, variance
  /// within 1e-9 relative (Chan's pairwise update is exact in real arithmetic; the bounds leave
  /// room for rounding only), count, min and max exactly.
  @Test(arguments: [(5_000, 5_000), (1, 9_999), (7_001, 2_999), (2, 2)])
  func mergingTwoPartsEqualsOneTallyOverAllValues(first: Int, second: Int) throws {
    let xs = try observations(first + second, seed: 2)
    let whole = Tally(xs)
    var merged = Tally(xs[..<first])
    merged.merge(Tally(xs[first...]))
    #expect(merged.count == whole.count)
    #expect(merged.min == whole.min)
    #expect(merged.max == whole.max)
    #expect(relativeError(merged.mean, whole.mean) < 1e-12)
    #expect(relativeError(merged.variance, whole.variance) < 1e-9)
    #expect(relativeError(merged.sum, whole.sum) < 1e-12)
  }

  @Test func mergingManyChunksEqualsOneTally() throws {
    let xs = try observations(20_000, seed: 3)
    let whole = Tally(xs)
    var pooled = Tally()
    var start = 0
    var size = 1
    while start < xs.count {
      let end = min(start + size, xs.count)
      pooled.merge(Tally(xs[start..<end]))
      start = end
      size = size * 3 % 997 + 1  // uneven chunk sizes
    }
    #expect(pooled.count == whole.count)
    #expect(pooled.min == whole.min && pooled.max == whole.max)
    #expect(relativeError(pooled.mean, whole.mean) < 1e-12)
    #expect(relativeError(pooled.variance, whole.variance) < 1e-9)
  }

  @Test func mergingWithAnEmptyTallyChangesNothing() {
    let tally = Tally([3, 1, 4, 1, 5, 9, 2, 6])
    var left = tally
    left.merge(Tally())
    #expect(left == tally)
    var right = Tally()
    right.merge(tally)
    #expect(right == tally)
    var both = Tally()
    both.merge(Tally())
    #expect(both == Tally())
  }

  @Test func resetForgetsEveryObservation() {
    var tally = Tally([1, 2, 3])
    tally.reset()
    #expect(tally == Tally())
    tally.record(10)
    #expect(tally.count == 1 && tally.mean == 10 && tally.min == 10)
  }

  @Test func confidenceIntervalUsesTheSampleStatistics() throws {
    let values: [Double] = [10.2, 9.8, 10.5, 10.1, 9.7, 10.4, 10.0, 9.9, 10.3, 10.1]
    let fromTally = try #require(Tally(values).confidenceInterval(level: 0.95))
    let direct = try #require(ConfidenceInterval(values, level: 0.95))
    #expect(fromTally == direct)
    #expect(fromTally.count == 10)
  }
}
