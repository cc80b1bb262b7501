import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import SimKernel
import Testing
import _TwinTestSupport

/// Seeded fuzzing of the scenario reader and the model: a few hundred random mutations of the
/// shipped scenario files (extreme numbers, changed types, deleted keys, empty strings and
/// containers, repeated keys, extreme distributions, long arrays, truncated bytes) go through
/// the reader, as `community-twin validate` would read them, and every accepted one runs.
///
/// Properties: nothing traps; every rejection is a ``ScenarioFileError`` whose problems each
/// name the file, a key path (`""` only for a document that is not a JSON object) and what is
/// allowed; every accepted file is within the workload limit and its short run (two days,
/// at most 1,000 residents per community unless the mutation set them) finishes within a time
/// bound derived from the workload estimate.
///
/// The master seed is fixed (``masterSeed``): a failure is a finding to fix in the reader or
/// the model, never a reason to change the seed.
@Suite(.timeLimit(.minutes(3)))
struct ScenarioFuzzTests {
  static let masterSeed: UInt64 = 0x2026_0119_F022
  static let cases = 400
  /// The files mutated: the baseline, the validation scenario and every preset (whose base,
  /// `baseline.json`, is read from disk unmutated).
  static let files = [
    "baseline.json", "validation/mmc.json", "devolution.json", "ppp-funding.json", "staffing.json", "combined.json",
    "chengdu-courtyard.json", "shanghai-15-minute.json", "shenzhen-micro-projects.json", "singapore-cdc.json",
    "japan-chonaikai.json", "germany-citizen-committee.json", "hubei-five-co.json", "fengqiao.json",
  ]

  @Test func mutatedShippedScenariosAreRejectedClearlyOrRunWithinTheirEstimate() throws {
    var rng = SplitMix64(state: Self.masterSeed)
    var (rejected, accepted) = (0, 0)
    for index in 0..<Self.cases {
      // Half the cases mutate the baseline (every mechanism's keys), the rest the others.
      let name = Bool.random(using: &rng) ? Self.files[0] : Self.files.randomElement(using: &rng)!
      let url = Fixtures.scenariosDirectory.appendingPathComponent(name)
      var mutant = try Mutant(url: url)
      for _ in 0...Int.random(in: 0...1, using: &rng) { mutant.mutate(using: &rng) }
      let data = mutant.bytes(truncatingWith: &rng)
      let label = "case \(index) (\(name): \(mutant.log.joined(separator: "; ")))"
      let scenario: Scenario
      do {
        scenario = try ScenarioFile.decode(data, file: url.path)
      } catch let error as ScenarioFileError {
        rejected += 1
        #expect(!error.problems.isEmpty, "\(label)")
        for problem in error.problems {
          #expect(problem.file == url.path, "\(label): \(problem)")
          let wholeFile = problem.message.hasPrefix("malformed JSON") || problem.message.hasPrefix("the top level")
          #expect(!problem.keyPath.isEmpty || wholeFile, "\(label): \(problem)")
          #expect(problem.allowed?.isEmpty == false, "\(label): \(problem) says nothing of what is allowed")
        }
        continue
      }
      accepted += 1
      let estimate = scenario.workloadEstimate
      #expect(estimate.isWithinLimit, "\(label)")
      let run = mutant.shortRun(of: scenario)
      let bound = 2 + run.workloadEstimate.totalPerReplication / Self.slowestEventsPerSecond
      let clock = ContinuousClock()
      let started = clock.now
      let result = DistrictModel.runReplication(run, seed: 1, replication: 0)
      let seconds = Double((clock.now - started).components.seconds)
      #expect(seconds <= bound, "\(label): \(seconds) s for \(result.events) events; bound \(bound) s")
    }
    // The mutations must exercise both sides.
    #expect(rejected > Self.cases / 4 && accepted > Self.cases / 10, "rejected \(rejected), accepted \(accepted)")
  }

  /// Events per second of a debug build on a busy two-core machine, with room to spare (it
  /// measured about 80,000 with other builds running): the time bound's rate.
  static let slowestEventsPerSecond = 10_000.0
}

/// A scenario file being mutated: its JSON tree, the paths that changed, and a log.
private struct Mutant {
  var tree: JSONValue
  var log: [String] = []
  /// Key paths the mutations changed (the short run keeps the values at and under them).
  var touched: [String] = []
  /// Raw number literals to write in place of marker strings (JSON numbers that a `Double`
  /// cannot spell: `9223372036854775808`, `-0`, `1e400`).
  var literals: [String] = []

  init(url: URL) throws {
    tree = JSONValue(foundation: try JSONSerialization.jsonObject(with: Data(contentsOf: url)))
  }

  /// The values the number mutations choose from: extremes, edges and magnitudes.
  static let extremeNumbers: [String] = [
    "1e308", "-1e308", "5e-324", "-5e-324", "-0", "0", "-1", "0.5", "1e-300", "1e15", "1e9", "1e6", "1000",
    "9223372036854775808", "9223372036854775807", "4611686018427387904", "9007199254740993",
    "18446744073709551616", "123456789012345678901234567890", "1e400", "-1e400", "1.5", "2",
  ]

  /// Distributions the distribution mutations put in place of one.
  static let extremeDistributions: [String] = [
    #"{"fixed": 1e308}"#, #"{"fixed": 36500}"#, #"{"exponential": {"mean": 1e308}}"#,
    #"{"exponential": {"mean": 5e-324}}"#, #"{"exponential": {"rate": 5e-324}}"#, #"{"exponential": {"mean": 36500}}"#,
    #"{"lognormal": {"mean": 1, "sd": 1e308}}"#, #"{"lognormal": {"mean": 1, "sd": 36500}}"#,
    #"{"lognormal": {"mean": 0.000001, "sd": 800000}}"#, #"{"gamma": {"shape": 5e-324, "scale": 1}}"#,
    #"{"gamma": {"shape": 0.001, "scale": 36500}}"#, #"{"gamma": {"mean": 0.000001, "sd": 36500}}"#,
    #"{"uniform": {"min": 0, "max": 1e308}}"#, #"{"triangular": {"min": 0, "mode": 36500, "max": 36500}}"#,
    #"{"empirical": [0, 36500, 1e-6]}"#, #"{"categorical": {"values": [36500, 0], "weights": [1e9, 0.000001]}}"#,
    #"{"normal": {"mean": 100, "sd": 100}}"#, #"{"fixed": 0}"#, #"{"empirical": []}"#,
  ]

  /// One random mutation, of a node it applies to.
  mutating func mutate(using rng: inout SplitMix64) {
    let nodes = Self.paths(of: tree)
    func pick(_ eligible: (JSONValue) -> Bool) -> ([PathStep], JSONValue)? {
      nodes.filter { eligible($0.1) }.randomElement(using: &rng)
    }
    let isNumber = { (v: JSONValue) in if case .number = v { true } else { false } }
    let isObject = { (v: JSONValue) in if case .object(let f) = v { !f.isEmpty } else { false } }
    let isArray = { (v: JSONValue) in if case .array(let a) = v { !a.isEmpty } else { false } }
    switch Int.random(in: 0..<13, using: &rng) {
    case 0, 1:
      guard let (path, _) = pick(isNumber) else { return }
      let text = Self.extremeNumbers.randomElement(using: &rng)!
      replace(path, with: literal(text), "= \(text)")
    case 2, 3:
      guard let (path, node) = pick(isNumber), case .number(let x) = node else { return }
      let factor = [0, 2024 * Double.leastNonzeroMagnitude, 1e-6, 0.01, 0.1, 2, 10, 100, 1e4, 1e308].randomElement(
        using: &rng)!
      replace(path, with: .number(x * factor), "× \(factor)")
    case 4, 5:
      guard let (path, _) = pick(isNumber) else { return }
      let value = [0, 1, 12, 100, 1_000, 3_650, 36_500, 1e5, 1e6, 1e7, 1e9, 1e10].randomElement(using: &rng)!
      replace(path, with: .number(value), "= \(JSONValue.format(value))")
    case 6:
      guard let (path, _) = pick(Self.isDistribution) else { return }
      let text = Self.extremeDistributions.randomElement(using: &rng)!
      let value = JSONValue(foundation: try! JSONSerialization.jsonObject(with: Data(text.utf8)))
      replace(path, with: value, "= \(text)")
    case 7:
      guard let (path, _) = nodes.dropFirst().randomElement(using: &rng) else { return }
      let kinds: [JSONValue] = [.string(""), .string("1"), .bool(true), .null, .array([]), .object([:]), .number(-1)]
      let value = kinds.randomElement(using: &rng)!
      replace(path, with: value, "= \(value.rendered)")
    case 8:
      guard let (path, node) = pick(isObject), case .object(let fields) = node else { return }
      let key = fields.keys.sorted().randomElement(using: &rng)!
      replace(path, with: .object(fields.filter { $0.key != key }), "deleted '\(key)'", at: path + [.key(key)])
    case 9:
      guard let (path, node) = pick({ isObject($0) || isArray($0) }) else { return }
      replace(path, with: isArray(node) ? .array([]) : .object([:]), "emptied")
    case 10:
      guard let (path, node) = pick(isObject), case .object(var fields) = node else { return }
      let key = fields.keys.sorted().randomElement(using: &rng)!
      fields["\u{0}DUP:" + key] = fields[key]
      replace(path, with: .object(fields), "repeated '\(key)'", at: path + [.key(key)])
    case 11:
      guard let (path, node) = pick(isArray), case .array(let items) = node else { return }
      let copies = [2, 60, 300].randomElement(using: &rng)!
      replace(path, with: .array(Array(repeating: items[0], count: copies)), "\(copies) copies of the first element")
    default:
      guard let (path, node) = pick(isObject), case .object(var fields) = node else { return }
      fields["zz_unknown"] = .number(1)
      replace(path, with: .object(fields), "added an unknown key", at: path + [.key("zz_unknown")])
    }
  }

  /// A marker string that ``bytes(truncatingWith:)`` replaces with the raw `literal`.
  private mutating func literal(_ literal: String) -> JSONValue {
    literals.append(literal)
    return .string("\u{0}RAW:\(literals.count - 1)")
  }

  /// Puts `value` at `path`; `changed` is the path of what really changed (a key deleted or
  /// added), for the log and ``shortRun(of:)``.
  private mutating func replace(
    _ path: [PathStep], with value: JSONValue, _ what: String, at changed: [PathStep]? = nil
  ) {
    tree = Self.replacing(path, in: tree, with: value)
    let text = Self.keyPath(path)
    touched.append(Self.keyPath(changed ?? path))
    log.append("\(text.isEmpty ? "the document" : text) \(what)")
  }

  /// The document's bytes; one time in eight cut at a random point.
  func bytes(truncatingWith rng: inout SplitMix64) -> Data {
    var text = Self.text(tree)
    for (i, literal) in literals.enumerated() {
      text = text.replacingOccurrences(of: "\"\\u0000RAW:\(i)\"", with: literal)
    }
    text = text.replacingOccurrences(of: "\"\\u0000DUP:", with: "\"")
    let data = Data(text.utf8)
    guard Int.random(in: 0..<8, using: &rng) == 0 else { return data }
    return data.prefix(Int.random(in: 0...data.count, using: &rng))
  }

  /// `scenario` shortened for a quick run: two days without warm-up, a drain of at most two
  /// days, and at most 1,000 residents per community, except where a mutation set those
  /// values.
  func shortRun(of scenario: Scenario) -> Scenario {
    var run = scenario
    if !touched.contains(where: { $0.hasPrefix("run") || $0.isEmpty }) {
      run.days = min(run.days, 2)
      run.warmupDays = 0
      run.drainDays = min(run.drainDays, 2)
    }
    if !touched.contains(where: { $0.hasPrefix("communities") || $0.isEmpty }) {
      for c in run.communities.indices { run.communities[c].residents = min(run.communities[c].residents, 1_000) }
    }
    return run
  }

  // MARK: - Trees

  enum PathStep {
    case key(String)
    case index(Int)
  }

  /// Every node of `value` with its path, the root first.
  static func paths(of value: JSONValue, at path: [PathStep] = []) -> [([PathStep], JSONValue)] {
    var found = [(path, value)]
    switch value {
    case .object(let fields):
      for key in fields.keys.sorted() { found += paths(of: fields[key]!, at: path + [.key(key)]) }
    case .array(let items):
      for (i, item) in items.enumerated() { found += paths(of: item, at: path + [.index(i)]) }
    default: break
    }
    return found
  }

  static func replacing(_ path: [PathStep], in value: JSONValue, with new: JSONValue) -> JSONValue {
    guard let step = path.first else { return new }
    switch (step, value) {
    case (.key(let key), .object(var fields)):
      fields[key] = replacing(Array(path.dropFirst()), in: fields[key] ?? .null, with: new)
      return .object(fields)
    case (.index(let i), .array(var items)):
      items[i] = replacing(Array(path.dropFirst()), in: items[i], with: new)
      return .array(items)
    default: return value
    }
  }

  static func isDistribution(_ value: JSONValue) -> Bool {
    guard case .object(let fields) = value, fields.count == 1, let family = fields.keys.first else { return false }
    return [
      "fixed", "exponential", "uniform", "normal", "lognormal", "gamma", "triangular", "empirical", "categorical",
    ]
    .contains(family)
  }

  /// The problem spelling of a path: `needs[0].work_hours`.
  static func keyPath(_ path: [PathStep]) -> String {
    path.reduce("") { text, step in
      switch step {
      case .key(let key): JSONPath.child(text, key)
      case .index(let i): JSONPath.element(text, i)
      }
    }
  }

  /// `value` as JSON text, keys sorted.
  static func text(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let x): JSONText.number(x)
    case .string(let s): JSONText.string(s)
    case .array(let items): "[" + items.map(text).joined(separator: ", ") + "]"
    case .object(let fields):
      "{" + fields.keys.sorted().map { JSONText.string($0) + ": " + text(fields[$0]!) }.joined(separator: ", ") + "}"
    }
  }
}
