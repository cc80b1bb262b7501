import Foundation

/// What one run of a sweep produced: one line of `runs.jsonl`.
///
///     {"run":12,"point":2,"replication":2,"seed":1,"parameters":{"workforce.roles[community_worker].per_1000":4.2},"metrics":{"response.all.mean_days":13.9,"requests.abandoned":null},"events":2201345}
///
/// Values are in the sweep's parameter and metric order; a metric with nothing to measure
/// is `null` (NaN in memory). Numbers are Swift's shortest round-trip form, so reading a line
/// back gives the same bits.
public struct SweepRunRecord: Hashable, Sendable {
  public var run: Int
  public var point: Int
  public var replication: Int
  public var seed: UInt64
  /// Parameter values, in the sweep's parameter order.
  public var parameters: [Double]
  /// Metric values, in the sweep's metric order (NaN where there was nothing to measure).
  public var metrics: [Double]
  /// Events the run handled.
  public var events: Int

  public init(
    run: Int, point: Int, replication: Int, seed: UInt64, parameters: [Double], metrics: [Double], events: Int
  ) {
    self.run = run
    self.point = point
    self.replication = replication
    self.seed = seed
    self.parameters = parameters
    self.metrics = metrics
    self.events = events
  }

  /// The record as one JSON line (without the line break), keys named by `parameterNames`
  /// and `metricNames`. O(values).
  public func jsonLine(parameterNames: [String], metricNames: [String]) -> String {
    func object(_ names: [String], _ values: [Double]) -> String {
      "{" + zip(names, values).map { SummaryJSON.string($0) + ":" + SummaryJSON.number($1) }.joined(separator: ",") + "}"
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

  /// Whether two records are the same run with the same results, bit for bit (NaN equals
  /// NaN here, unlike `==`).
  public func isIdentical(to other: SweepRunRecord) -> Bool {
    run == other.run && point == other.point && replication == other.replication && seed == other.seed
      && events == other.events && parameters.map(\.bitPattern) == other.parameters.map(\.bitPattern)
      && metrics.map(\.bitPattern) == other.metrics.map(\.bitPattern)
  }
}
