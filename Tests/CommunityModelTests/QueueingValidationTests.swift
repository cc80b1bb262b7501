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

  /// `Scenarios/validation/department-mmc.json` adds one department behind the M/M/5 office:
  /// every request goes on to it with no hand-off delay. The office's departures are Poisson
  /// (Burke's theorem), so the department, 6 servers on an always-open calendar with
  /// exponential work of mean 1.2 h, is an M/M/6 queue at ρ = 0.8: its mean wait (arrival in
  /// its queue to the start of work, `departments.urgent.wait_mean_days`, all requests being
  /// urgent) must match Erlang C, Wq = 0.5178 h. Over the shipped 20 replications of 200 days
  /// the per-replication means had SD 10.4 % of Wq and skewness 0.11: the Student-t interval
  /// misses Wq with nominal probability 1e-4 / 8 (at most a few times that with this little
  /// skewness). Informative: its half-width, about 13.5 % of Wq, exceeds 25 % only if the
  /// sample SD exceeds 1.85 times its true value, P(χ²₁₉ > 65) ≈ 1e-6. A slow test (about
  /// 25 s of CPU in a debug build, twice the events of the office's test).
  @Test(.tags(.statistical), .enabled(if: TestEnvironment.runSlowTests, "set COMMUNITY_TWIN_SLOW_TESTS=1"))
  func departmentMatchesErlangC() throws {
    let scenario = try Fixtures.scenario("validation/department-mmc.json")
    let expectedHours = QueueingFormulas.mmcMeanWait(arrivalRate: 4, serviceRate: 1 / 1.2, servers: 6)
    let runs = pairedRuns([scenario], seed: scenario.seed, count: scenario.replications)[0]
    let hours = try runs.map { try $0.value("departments.urgent.wait_mean_days") * 24 }
    let ci = try #require(FalseFailure.interval(hours, missing: FalseFailure.budget / 8))
    #expect(ci.contains(expectedHours), "Erlang C Wq = \(expectedHours) h, simulated \(ci.lower) … \(ci.upper) h")
    #expect(ci.halfWidth < 0.25 * expectedHours, "the interval is informative")
    // Every request handed off was completed or is still with the department.
    for run in runs {
      #expect(
        try run.value("departments.requests_handed_off")
          == run.value("departments.requests_completed") + run.value("departments.open_at_end"))
    }
  }
}
