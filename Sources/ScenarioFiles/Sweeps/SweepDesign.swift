import SimKernel

/// Which combinations of parameter values a sweep runs.
public enum SweepDesign: Hashable, Sendable {
  /// Every combination of the parameters' levels (the first parameter varies slowest).
  case grid
  /// `points` points of a Latin hypercube over the parameters' ranges, drawn from stream
  /// `lhs` of `seed`: each parameter's range is cut into `points` equal strata and every
  /// stratum holds exactly one point, at a uniform position inside it; strata are paired
  /// across parameters by independent random permutations (McKay, Beckman & Conover 1979).
  case latinHypercube(points: Int, seed: UInt64)
  /// The centre point (every parameter at its centre), then each parameter alone at each of
  /// its levels other than its centre, the others at their centres (tornado diagrams).
  case oneAtATime

  /// The name used in sweep files and manifests.
  public var name: String {
    switch self {
    case .grid: "grid"
    case .latinHypercube: "latin_hypercube"
    case .oneAtATime: "one_at_a_time"
    }
  }

  /// The design points: `points[p][k]` is parameter k's value at point p (conformed to whole
  /// numbers where the parameter says so). O(points × parameters).
  public func points(for parameters: [SweepParameter]) -> [[Double]] {
    switch self {
    case .grid:
      var points: [[Double]] = [[]]
      for parameter in parameters {
        points = points.flatMap { prefix in parameter.levels.map { prefix + [parameter.conformed($0)] } }
      }
      return parameters.isEmpty ? [] : points
    case .latinHypercube(let count, let seed):
      var columns: [[Double]] = []
      for (k, parameter) in parameters.enumerated() {
        var stream = RandomStream(seed: seed, replication: 0, stream: StreamID("lhs", index: UInt64(k)))
        var strata = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) {  // Fisher–Yates
          let j = Int(stream.nextUnit() * Double(i + 1))
          strata.swapAt(i, j)
        }
        let width = (parameter.high - parameter.low) / Double(count)
        columns.append(strata.map { parameter.conformed(parameter.low + (Double($0) + stream.nextUnit()) * width) })
      }
      return (0..<count).map { p in columns.map { $0[p] } }
    case .oneAtATime:
      let center = parameters.map { $0.conformed($0.center) }
      var points = [center]
      for (k, parameter) in parameters.enumerated() {
        for level in parameter.levels.map(parameter.conformed) where level != center[k] {
          var point = center
          point[k] = level
          points.append(point)
        }
      }
      return points
    }
  }
}
