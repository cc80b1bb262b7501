/// How the sweep explorer's sliders snap to computed design points. The page's script
/// (``ExplorerScript``) implements the same rule in JavaScript; this is the reference the
/// tests check, and it picks the point the page opens on.
///
/// Distances are measured with each parameter scaled by the extent of its computed values, so
/// that no parameter's unit dominates (CNY against staff per 1,000 residents).
public struct ExplorerSelection: Sendable {
  /// `values[p][k]`: parameter k at point p.
  public let values: [[Double]]
  /// Extent (max − min) of each parameter's values, 1 where all are equal.
  let extents: [Double]

  /// - Precondition: every point has the same number of parameters.
  public init(values: [[Double]]) {
    self.values = values
    let count = values.first?.count ?? 0
    precondition(values.allSatisfy { $0.count == count }, "ExplorerSelection: points with different parameter counts")
    extents = (0..<count).map { k in
      let column = values.map { $0[k] }
      let extent = (column.max() ?? 0) - (column.min() ?? 0)
      return extent > 0 ? extent : 1
    }
  }

  /// Squared scaled distance between `a` and `b` over the parameters other than `skipping`.
  /// O(parameters).
  func distance(_ a: [Double], _ b: [Double], skipping: Int? = nil) -> Double {
    var sum = 0.0
    for k in a.indices where k != skipping {
      let d = (a[k] - b[k]) / extents[k]
      sum += d * d
    }
    return sum
  }

  /// The point nearest to `target` (one value per parameter), the first in point order on a
  /// tie: the page opens on the point nearest to the parameters' centres. O(points × parameters).
  /// - Precondition: there is at least one point.
  public func nearest(to target: [Double]) -> Int {
    precondition(!values.isEmpty, "ExplorerSelection: no points")
    var best = 0
    var bestDistance = Double.infinity
    for (p, point) in values.enumerated() {
      let d = distance(point, target)
      if d < bestDistance { (best, bestDistance) = (p, d) }
    }
    return best
  }

  /// Where moving parameter `parameter`'s slider to `level` leads from point `selected`: the
  /// point with exactly that value of the parameter that is nearest to `selected` in the other
  /// parameters (the first in point order on a tie); `selected` itself when no point has that
  /// value. On a grid this changes only that parameter; one at a time, it returns the others
  /// to their centres; on a Latin hypercube it moves the others to the one point with that
  /// value. O(points × parameters).
  public func snap(from selected: Int, parameter: Int, to level: Double) -> Int {
    var best = selected
    var bestDistance = Double.infinity
    for (p, point) in values.enumerated() where point[parameter] == level {
      let d = distance(point, values[selected], skipping: parameter)
      if d < bestDistance { (best, bestDistance) = (p, d) }
    }
    return best
  }
}
