import CommunityModel
import Foundation
import SimKernel

/// A simulation experiment: one or more scenarios, each replicated under the same master
/// seed, so that replication r of every scenario draws the same random numbers (common random
/// numbers) and the scenarios can be compared replication by replication. The first scenario
/// is the base of the comparison. Everything `community-twin run` and `compare` do goes
/// through this type; `Docs/library.md` shows it used from Swift.
///
///     var devolved = baseline
///     devolved.name = "devolved"
///     devolved.interventions.append(
///       Intervention(.devolution(thresholdCNY: 500_000, localApprovalWorkingDays: 5, adminCut: 0.2)))
///     let experiment = Experiment(scenarios: [baseline, devolved], seed: 7, replications: .fixed(20))
///     let result = try experiment.run()
///     for difference in result.differences() where difference.isSignificant { print(difference) }
public struct Experiment: Sendable {
  /// The scenarios, base first. Each runs with its own days and warm-up.
  public var scenarios: [Scenario]
  /// Master seed: with the replication number it names every random stream.
  public var seed: UInt64
  /// How many replications to run.
  public var replications: ReplicationPlan
  /// Whether replications come in antithetic pairs (see ``ReplicationStreams``).
  public var antithetic: Bool
  /// Where the replications start: day 0, or a checkpoint's midnight (each scenario a fork
  /// of it; ``init(continuing:scenarios:)``).
  public private(set) var origin: ExperimentCheckpoint?
  /// A midnight at which to keep every replication's state as well (one scenario, a fixed
  /// number of replications): ``ExperimentResult/checkpoint`` [days from the start of the
  /// warm-up].
  public var checkpointDay: Int?

  public init(
    scenarios: [Scenario], seed: UInt64, replications: ReplicationPlan = .fixed(10), antithetic: Bool = false
  ) {
    self.scenarios = scenarios
    self.seed = seed
    self.replications = replications
    self.antithetic = antithetic
  }

  /// An experiment that goes on from `checkpoint`'s midnight under each of `scenarios`: the
  /// checkpoint's scenario goes on exactly as it would have, and another scenario that
  /// changes only interventions starting that day or later is a fork, whose results are those
  /// of its own run from day 0 (``ReplicationRun/forked(to:)``). The seed, the pairing and the
  /// replications are the checkpoint's.
  public init(continuing checkpoint: ExperimentCheckpoint, scenarios: [Scenario]) {
    self.init(
      scenarios: scenarios, seed: checkpoint.seed, replications: .fixed(checkpoint.replications),
      antithetic: checkpoint.antithetic)
    origin = checkpoint
  }

  /// What is wrong with the experiment's settings, in words, each naming the setting and its
  /// allowed range; empty when it can run. The scenarios themselves are checked by
  /// ``Scenario/problems``. O(scenarios).
  public var problems: [String] {
    var found: [String] = []
    if scenarios.isEmpty { found.append("scenarios: none given; an experiment needs at least one") }
    let pairs = antithetic ? " (antithetic pairs: an even number)" : ""
    func count(_ n: Int, _ what: String, atLeast least: Int) {
      if n < least || (antithetic && n % 2 != 0) {
        found.append("\(what) = \(n): must be a whole number ≥ \(least)\(pairs)")
      }
    }
    switch replications {
    case .fixed(let n):
      count(n, "replications", atLeast: antithetic ? 2 : 1)
    case .untilPrecision(let target):
      if !(target.relativeHalfWidth > 0 && target.relativeHalfWidth < 1) {
        found.append("precision = \(target.relativeHalfWidth): must be in (0, 1), e.g. 0.05 for ±5 %")
      }
      count(target.minimum, "minimum replications", atLeast: antithetic ? 4 : 2)
      count(target.maximum, "maximum replications", atLeast: target.minimum)
      if target.metrics.isEmpty { found.append("precision metrics: none given") }
      if target.of == .differences && scenarios.count < 2 {
        found.append("precision of differences: needs a base and at least one other scenario, not \(scenarios.count)")
      }
    }
    for (s, scenario) in scenarios.enumerated() {
      found += scenario.problems.map { "scenario \(s) (\(scenario.name)): \($0)" }
      if let origin {
        found += origin.scenario.forkProblems(scenario, atDay: origin.day).map {
          "scenario \(s) (\(scenario.name)) \($0)"
        }
      }
    }
    if let origin, replications != .fixed(origin.replications) || seed != origin.seed || antithetic != origin.antithetic
    {
      found.append(
        "replications, seed and pairing: a continued checkpoint has its own (\(origin.replications) replications, "
          + "seed \(origin.seed)\(origin.antithetic ? ", antithetic" : ""))")
    }
    if let day = checkpointDay {
      let first = (origin?.day ?? 0) + 1
      let last = (scenarios.map(\.simulatedDays).min() ?? 1) - 1
      if day < first || day > last {
        found.append(
          "checkpoint day = \(day): must be a day \(first) … \(last), after the start and before the horizon")
      }
      if scenarios.count != 1 {
        found.append("checkpoint day: a checkpoint holds one scenario, not \(scenarios.count)")
      }
      if case .untilPrecision = replications {
        found.append("checkpoint day: needs a fixed number of replications, not the sequential rule")
      }
    }
    return found
  }

  /// Runs the experiment on `threads` worker threads (default: every core). The results are
  /// identical bit for bit whatever `threads` is.
  ///
  /// - Parameter progress: called after each simulated day of each replication and after each
  ///   replication finishes (on a worker thread, so it must be quick; it may be called from
  ///   different threads, never two at once).
  /// - Throws: ``ExperimentError`` listing ``problems`` when there are any.
  /// - Complexity: the replications' own work divided over the threads.
  public func run(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (ExperimentProgress) -> Void)? = nil
  ) throws(ExperimentError) -> ExperimentResult {
    let problems = problems
    guard problems.isEmpty else { throw ExperimentError(problems: problems) }
    let runner = ReplicationRunner(threads: max(1, threads))
    switch replications {
    case .fixed(let n):
      let (planned, plannedDays) = (scenarios.count * n, (simulatedDays - scenarios.count * (origin?.day ?? 0)) * n)
      let (results, kept) = runner.run(
        scenarios, from: origin, seed: seed, replications: n, antithetic: antithetic, checkpointDay: checkpointDay
      ) { done in
        progress?(
          ExperimentProgress(
            finished: done.finished, planned: planned, simulatedDays: done.simulatedDays, plannedDays: plannedDays))
      }
      var result = ExperimentResult(scenarios: scenarios, seed: seed, antithetic: antithetic, results: results)
      result.checkpoint = kept.map { ExperimentCheckpoint(seed: seed, antithetic: antithetic, runs: $0[0]) }
      return result
    case .untilPrecision(let target):
      return SequentialReplications(experiment: self, target: target, runner: runner).run(progress: progress)
    }
  }
}

/// An experiment that cannot run, with every reason.
public struct ExperimentError: Error, Hashable, Sendable, CustomStringConvertible {
  public var problems: [String]

  public init(problems: [String]) { self.problems = problems }

  public var description: String {
    "the experiment cannot run:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
  }
}

extension Experiment {
  /// The most days one replication of every scenario simulates, summed (warm-up and drain
  /// included).
  var simulatedDays: Int { scenarios.reduce(0) { $0 + $1.longestRunDays } }
}
