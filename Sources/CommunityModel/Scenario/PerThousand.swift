extension Int {
  /// round(`rate` × `residents` / 1,000), to nearest: a count set per 1,000 residents
  /// (posts, places). The one rounding rule for every such count.
  public init(perThousand rate: Double, of residents: Int) {
    self = Int((rate * Double(residents) / 1000).rounded())
  }
}
