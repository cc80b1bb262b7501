import CommunityModel
import ReferenceModels
import SimKernel
import Testing
import TwinExperiments
import _TwinTestSupport

/// `Scenarios/validation/mmc.json` reduces the model to an M/M/5 queue at ρ = 0.8: its mean
/// response time (report to resolution = wait + service) must match Erlang C.
@Suite struct QueueingValidationTests {
  /// The file as shipped (20 replications × 200 days) in the slow gate; 10 × 60 days in the
  /// default (debug) run, with the same 99 % criterion.
  @Test
  func reducedModelMatchesErlangC() throws {
    var scenario = try Fixtures.scenario("validation/mmc.json")
    if !TestEnvironment.runSlowTests {
      scenario.replications = 10
      scenario.days = 60
    }
    let lambda = 4.0  // per hour: 1,000 residents × 35.04 per year / 8,760 h
    let mu = 1.0
    let expectedHours =
      QueueingFormulas.mmcMeanWait(arrivalRate: lambda, serviceRate: mu, servers: 5) + 1 / mu
    let hours = try (0..<scenario.replications).map {
      try ModelRun(scenario, seed: scenario.seed, replication: $0).value("response.all.mean_days") * 24
    }
    let ci = try #require(ConfidenceInterval(hours, level: 0.99))
    #expect(ci.contains(expectedHours), "Erlang C W = \(expectedHours) h, simulated \(ci.lower) … \(ci.upper) h")
    #expect(ci.halfWidth < 0.1 * expectedHours, "the interval is informative")
  }
}
