import FileFormats

extension SweepResults {
  /// `points_long.csv`, the tidy (long) form of `points.csv` for pandas and R: one row per
  /// design point × metric, `point,metric,unit,n,mean,ci95_low,ci95_high`, points in order and
  /// metrics in the manifest's order; `n` is the replications found for that metric, `unit`
  /// the model's unit in words (empty for a manifest that predates units). The parameter
  /// values are in ``parametersLongCSV()``, joined on `point`. Undefined statistics are empty
  /// fields. O(points × metrics).
  public func pointsLongCSV() -> String {
    var out = "point,metric,unit,n,mean,ci95_low,ci95_high\n"
    for point in points {
      for summary in point.metrics {
        let fields =
          ["\(point.point)", CSVText.field(summary.name), CSVText.field(summary.unit), "\(summary.count)"]
          + [summary.mean, summary.ci95Low, summary.ci95High].map(CSVText.number)
        out += fields.joined(separator: ",") + "\n"
      }
    }
    return out
  }

  /// `parameters_long.csv`: each design point's parameter values, one row per point ×
  /// parameter, `point,parameter,value` (the parameter's key path as in the sweep file),
  /// for the points of ``pointsLongCSV()``. O(points × parameters).
  public func parametersLongCSV() -> String {
    var out = "point,parameter,value\n"
    for point in points {
      for (parameter, value) in zip(manifest.parameters, point.parameters) {
        out += "\(point.point),\(CSVText.field(parameter.path)),\(CSVText.number(value))\n"
      }
    }
    return out
  }
}
