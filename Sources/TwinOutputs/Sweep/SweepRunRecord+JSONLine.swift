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
    guard let parsed = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
      case .object(let fields) = JSONValue(foundation: parsed),
      case .number(let run)? = fields["run"], case .number(let point)? = fields["point"],
      case .number(let replication)? = fields["replication"], case .number(let seed)? = fields["seed"],
      case .number(let events)? = fields["events"],
      case .object(let parameters)? = fields["parameters"], case .object(let metrics)? = fields["metrics"],
      parameters.count == parameterNames.count, metrics.count == metricNames.count
    else { return nil }
    func values(_ object: [String: JSONValue], _ names: [String]) -> [Double]? {
      var out: [Double] = []
      for name in names {
        switch object[name] {
        case .number(let x)?: out.append(x)
        case .null?: out.append(.nan)
        default: return nil
        }
      }
      return out
    }
    guard let parameterValues = values(parameters, parameterNames), let metricValues = values(metrics, metricNames),
      let seedValue = UInt64(exactly: seed)
    else { return nil }
    self.init(
      run: Int(run), point: Int(point), replication: Int(replication), seed: seedValue, parameters: parameterValues,
      metrics: metricValues, events: Int(events))
  }
}
