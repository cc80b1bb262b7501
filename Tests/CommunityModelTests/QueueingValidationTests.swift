import CommunityModel
import ReferenceModels
import SimKernel
import Testing
import TwinExperiments
import _TwinTestSupport

/// `Scenarios/validation/mmc.json` reduces the model to an M/M/5 queue at ρ = 0.8: its mean
/// response time (report to resolution = wait + service) must match Erlang C.
@Suite(.skippedInChecksBuild) struct QueueingValidationTests {
  /// The file as shipped: 20 replications of 200 days after a 10-day warm-up, run in parallel
  /// (about 20 s of CPU in a debug build). The per-replication mean response times have SD
  /// 4.3 % of W and skewness 0.51 (40 replications); over 60 days they had 8.3 % and 1.54, too
  /// skewed for a t interval at a small false-failure rate, so the test no longer shortens
  /// the runs. The Student-t interval misses W with nominal probability 1e-4 / 8; the skewness
  /// makes that up to 4.4 times larger at t = 5.8 (Edgeworth), 5.4e-5. It must also be
  /// informative: its half-width, about 5.6 % of W, exceeds 10 % only if the sample SD exceeds
  /// 1.79 times its true value, P(χ²₁₉ > 61) = 3e-6.
  @Test(.tags(.statistical))
  func reducedModelMatchesErlangC() throws {
    let scenario = try Fixtures.scenario("validation/mmc.json")
    let lambda = 4.0  // per hour: 1,000 residents × 35.04 per year / 8,760 h
    let mu = 1.0
    let expectedHours =
      QueueingFormulas.mmcMeanWait(arrivalRate: lambda, serviceRate: mu, servers: 5) + 1 / mu
    let runs = pairedRuns([scenario], seed: scenario.seed, count: scenario.replications)[0]
    let hours = try runs.map { try $0.value("response.all.mean_days") * 24 }
    let ci = try #require(FalseFailure.interval(hours, missing: FalseFailure.budget / 8))
    #expect(ci.contains(expectedHours), "Erlang C W = \(expectedHours) h, simulated \(ci.lower) … \(ci.upper) h")
    #expect(ci.halfWidth < 0.1 * expectedHours, "the interval is informative")
  }
}
