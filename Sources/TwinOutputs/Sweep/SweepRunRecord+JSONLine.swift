import FileFormats
import Foundation
import TwinExperiments

/// A ``SweepRunRecord`` as one line of `runs.jsonl`, and back.
extension SweepRunRecord {
  /// The record as one JSON line (without the line break), keys named by `parameterNames`
  /// and `metricNames`. O(values).
  public func jsonLine(parameterNames: [String], metricNames: [String]) -> String {
    func object(_ names: [String], _ values: [Double]) -> String {
      "{" + zip(names, values).map { JSONText.string($0) + ":" + JSONText.number($1) }.joined(separator: ",") + "}"
    }
    return "{\"run\":\(run),\"point\":\(point),\"replication\":\(replication),\"seed\":\(seed),"
      + "\"parameters\":\(object(parameterNames, parameters)),\"metrics\":\(object(metricNames, metrics)),"
      + "\"events\":\(events)}"
  }

  /// Reads a line written by ``jsonLine(parameterNames:metricNames:)``; `nil` when the line
  /// is not such a record (cut short, or of another sweep). O(line length).
  public init?<S: StringProtocol>(jsonLine line: S, parameterNames: [String], metricNames: [String]) {
    guard let fields = JSONFields.parse(Data(line.utf8), file: "runs.jsonl"),
      let record = try? Self(fields, parameterNames: parameterNames, metricNames: metricNames)
    else { return nil }
    self = record
  }

  /// The record in `fields`, its parameters and metrics keyed by `parameterNames` and
  /// `metricNames` (exactly those keys, `null` for a metric with nothing to measure).
  private init(_ fields: JSONFields, parameterNames: [String], metricNames: [String]) throws(FileReadError) {
    func values(_ key: String, _ names: [String]) throws(FileReadError) -> [Double] {
      let object = try fields.fields(key)
      guard object.count == names.count else {
        throw FileReadError(path: fields.file, location: key, message: "not \(names.count) values")
      }
      var out: [Double] = []
      for name in names { out.append(try object.number(name) ?? .nan) }
      return out
    }
    self.init(
      run: try fields.integer("run", 0...Int.max), point: try fields.integer("point", 0...Int.max),
      replication: try fields.integer("replication", 0...Int.max), seed: try fields.unsigned("seed"),
      parameters: try values("parameters", parameterNames), metrics: try values("metrics", metricNames),
      events: try fields.integer("events", 0...Int.max))
  }
}
