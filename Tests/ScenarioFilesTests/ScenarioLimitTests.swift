import CommunityModel
import Foundation
import ScenarioFiles
import Testing

private typealias File = ScenarioFileTests

/// Every number a scenario file gives has an upper limit (`Docs/scenario-format.md`, the
/// Allowed column): the first value past each is one problem at its key path, quoting the
/// range; counts, the district's residents and the workload are limited too.
@Suite struct ScenarioLimitTests {
  /// (key path, a value just past the limit, the allowed range as reported).
  static let pastTheLimit: [(String, Double, String)] = [
    ("needs[0].rate_per_resident_per_year.young", 1_000.5, "0 ... 1000"),
    ("facilities[0].capacity_per_1000", 1_000.5, "0 < x ≤ 1000"),
    ("facilities[0].visits_per_resident_per_day.elderly", 10.5, "0 ... 10"),
    ("facilities[0].waiting_room", 10_000_001, "a whole number 0 ... 10000000"),
    ("facilities[0].operating_cny_per_place_year", 1_000_001, "0 ... 1000000"),
    ("workforce.roles[0].per_1000", 100.5, "0 ... 100"),
    ("workforce.roles[0].pay_ratio", 10.5, "0 ... 10"),
    ("workforce.roles[0].turnover_curve[0].annual_rate", 100.5, "0 ... 100"),
    ("tiers.urgent.expected_days", Double.leastNonzeroMagnitude, "0.001 ... 36500"),
    ("tiers.urgent.report_factor", 10.5, "0 ... 10"),
    ("cohorts[0].expectation_factor", 1e308, "0.01 ... 100"),
    ("communities[0].residents", 10_000_001, "a whole number 1 ... 10000000"),
    ("satisfaction.relaxation_days", 0.5, "1 ... 36500"),
    ("satisfaction.lateness_exponent", 10.5, "0 ... 10"),
    ("satisfaction.unserved_harm_half_days", 0, "0 < x ≤ 36500"),
  ]

  @Test(arguments: 0..<pastTheLimit.count)
  func aValuePastItsLimitIsOneProblemQuotingTheRange(index: Int) {
    let (path, value, allowed) = Self.pastTheLimit[index]
    let problems = File.problems([(path, value)])
    #expect(problems.map(\.keyPath) == [path])
    #expect(problems.first?.allowed == allowed)
  }

  /// A whole number past 2⁵³ − 1 (where JSON numbers turn inexact; 2⁶³ does not fit an Int) is
  /// out of range, said as the range, not as "not a whole number".
  @Test func hugeWholeNumbersAreOutOfRange() {
    let problems = File.problems([("run.seed", 9_223_372_036_854_775_808.0), ("facilities[0].waiting_room", 4.6e18)])
    let expected = ["must be a whole number 0 ... 9007199254740991", "must be a whole number 0 ... 10000000"]
    #expect(problems.map(\.message) == expected)
  }

  @Test func moneyAndSharesHaveLimits() {
    let budget: [String: Any] = [
      "annual_cny_per_resident": ["government": 100_001], "local_average_monthly_wage_cny": 100_001,
      "leakage_share": 0.95, "risk_reserve_share": 11, "crowdfunding_share": 0.95,
    ]
    let problems = File.problems([("budget", budget)])
    #expect(
      problems.map(\.keyPath) == [
        "budget.annual_cny_per_resident.government", "budget.local_average_monthly_wage_cny", "budget.leakage_share",
        "budget.risk_reserve_share", "budget.crowdfunding_share",
      ])
    #expect(
      problems.map { $0.allowed ?? "" } == ["0 ... 100000", "0 ... 100000", "0 ... 0.9", "0 ... 10", "0 ... 0.9"])
  }

  /// The shortfall policy: switches are booleans, the share of places kept is in [0, 1],
  /// and a misspelt key is named with its nearest spelling; all three at once.
  @Test func shortfallPolicyProblemsAreReportedTogether() {
    let budget: [String: Any] = [
      "annual_cny_per_resident": ["government": 595], "local_average_monthly_wage_cny": 8_530,
      "shortfall": ["hiring_freeze": "yes", "facility_places_kept": 1.5, "defer_project": true],
    ]
    let problems = File.problems([("budget", budget)])
    #expect(
      problems.map(\.keyPath) == [
        "budget.shortfall.hiring_freeze", "budget.shortfall.facility_places_kept", "budget.shortfall.defer_project",
      ])
    #expect(problems.first { $0.keyPath.hasSuffix("places_kept") }?.allowed == "0 ... 1")
    #expect(problems.last?.message.contains("defer_projects") == true)
  }

  /// An emergency on a day past the horizon, of a facility or a community that does not
  /// exist, or that destroys nothing: one problem each, at its key path.
  @Test func emergencyProblemsAreReportedTogether() {
    let flood: [String: Any] = [
      "id": "flood", "day": 100_000, "community": "Nowhere", "facility": "garage", "places_lost_share": 0,
      "repair_cost_cny": ["fixed": 1000], "repair_days": ["fixed": 7],
    ]
    let problems = File.problems([("emergencies", [flood])])
    #expect(
      problems.map(\.keyPath) == [
        "emergencies[0].day", "emergencies[0].community", "emergencies[0].facility",
        "emergencies[0].places_lost_share",
      ])
    #expect(problems.first?.allowed?.hasPrefix("a whole number 0 ...") == true)
  }

  /// Security with a negative rate, a clearance above identification, an unknown need
  /// category and a casework role on patrol, and a surge that does not surge, past the
  /// horizon, of an unknown category: one problem each, at its key path, all at once.
  @Test func securityAndSurgeProblemsAreReportedTogether() {
    let security: [String: Any] = [
      "category": "public_safety", "new_offenders_per_1000_per_year": -1, "incidents_per_offender_per_year": 6,
      "desistance_per_year": 0.5, "identification_probability": 0.3, "clearance_probability": 0.5,
      "patrols": ["role": "community_worker", "residents_guarded": 300],
    ]
    let surge: [String: Any] = ["id": "storm", "category": "repair", "day": 100_000, "days": 10, "factor": 1]
    let problems = File.problems([("security", security), ("surges", [surge])])
    #expect(
      problems.map(\.keyPath) == [
        "surges[0].category", "surges[0].day", "surges[0].factor", "security.category",
        "security.new_offenders_per_1000_per_year", "security.clearance_probability", "security.patrols.role",
      ])
    #expect(problems.first?.message.contains("did you mean 'repairs'?") == true)
    #expect(problems.first { $0.keyPath == "security.clearance_probability" }?.allowed == "0 ... 0.3")
    #expect(problems.first { $0.keyPath == "surges[0].factor" }?.allowed == "1 < x ≤ 1000")
    #expect(problems.last?.message.contains("casework role") == true)
  }

  /// What a community states of its own: an unknown role and facility (with suggestions), a
  /// negative post count, a facility that would close before it opens, an unknown funding
  /// source and a negative opening balance: one problem each, at its key path, all at once;
  /// good statements are read.
  @Test func communityStatementsAreCheckedKeyByKey() throws {
    let problems = File.problems([
      ("communities[0].staff", ["comunity_worker": 3, "community_worker": -1]),
      ("communities[0].facilities", ["stationn": ["places": 2], "station": ["opens_hour": 18, "closes_hour": 9]]),
      ("communities[0].opening_balance_cny", ["goverment": 5, "donations": -5]),
    ])
    #expect(
      problems.map(\.keyPath) == [
        "communities[0].staff.community_worker", "communities[0].staff.comunity_worker",
        "communities[0].facilities.station.closes_hour", "communities[0].facilities.stationn",
        "communities[0].opening_balance_cny.donations", "communities[0].opening_balance_cny.goverment",
      ])
    #expect(problems[1].message.contains("did you mean 'community_worker'?"))
    #expect(problems[3].message.contains("did you mean 'station'?"))
    let good = try ScenarioFile.decode(
      File.document([
        ("communities[0].staff", ["community_worker": 12]),
        ("communities[0].facilities", ["station": ["places": 4, "opens_hour": 8, "closes_hour": 20]]),
        ("communities[0].annual_cny_per_resident", ["government": 600]),
        ("communities[0].opening_balance_cny", ["donations": 5_000]),
      ]), file: File.file)
    let community = good.communities[0]
    #expect(community.statedPosts == [0: 12])
    #expect(community.facilityOverrides == [0: FacilityOverride(places: 4, opensHour: 8, closesHour: 20)])
    #expect(community.annualPerResident?[FundingSource.government.rawValue] == 600)
    #expect(community.openingBalanceCNY[FundingSource.donations.rawValue] == 5_000)
  }

  /// A community's staff may state a role's posts and its own pay ratio (`{"posts",
  /// "pay_ratio"}`) beside roles given as a number of posts: a pay ratio past the role's
  /// range, a missing `posts`, an unknown key (with a did-you-mean) and an unknown role are
  /// one problem each at their key paths; a good one is read into both maps.
  @Test func aCommunityStatesItsOwnPayBesideItsPosts() throws {
    let problems = File.problems([
      (
        "communities[0].staff",
        [
          "community_worker": ["posts": 12, "pay_ratio": 10.5], "comunity_worker": ["posts": 3],
          "community_workers": ["pay_ratio": 0.8, "post": 3],
        ]
      )
    ])
    #expect(
      problems.map(\.keyPath) == [
        "communities[0].staff.community_worker.pay_ratio", "communities[0].staff.community_workers.posts",
        "communities[0].staff.community_workers.post", "communities[0].staff.community_workers",
        "communities[0].staff.comunity_worker",
      ])
    #expect(problems.first?.allowed == "0 ... 10")
    #expect(problems[2].message.contains("did you mean 'posts'?"))
    let good = try ScenarioFile.decode(
      File.document([("communities[0].staff", ["community_worker": ["posts": 12, "pay_ratio": 0.75]])]),
      file: File.file)
    #expect(good.communities[0].statedPosts == [0: 12])
    #expect(good.communities[0].statedPayRatios == [0: 0.75])
    #expect(good.payRatio(ofRole: 0, in: good.communities[0]) == 0.75)
    let postsOnly = try ScenarioFile.decode(
      File.document([("communities[0].staff", ["community_worker": ["posts": 12]])]), file: File.file)
    #expect(postsOnly.communities[0].statedPosts == [0: 12])
    #expect(postsOnly.communities[0].statedPayRatios.isEmpty)
  }

  /// A warm start naming an unknown community, category and department, a department on a
  /// queued case, a bad stage and tier, a negative age, and more vacancies than posts: one
  /// problem each, at its key path, all at once; a good one is read.
  @Test func initialStateProblemsAreReportedTogether() throws {
    let problems = File.problems([
      (
        "initial_state",
        [
          "open_cases": [
            ["community": "B", "category": "repairs", "tier": "urgent", "stage": "department", "department": "polic"],
            ["community": "A", "category": "repair", "tier": "urgent", "stage": "queue", "department": "police"],
            ["community": "A", "category": "repairs", "tier": "soon", "stage": "waiting", "age_days": -1],
          ],
          "vacancies": [["community": "A", "role": "community_worker", "posts": 99]],
        ]
      )
    ])
    #expect(
      problems.map(\.keyPath) == [
        "initial_state.open_cases[0].community", "initial_state.open_cases[0].department",
        "initial_state.open_cases[1].category", "initial_state.open_cases[1].department",
        "initial_state.open_cases[2].tier", "initial_state.open_cases[2].stage", "initial_state.open_cases[2].age_days",
        "initial_state.vacancies[0].posts",
      ])
    #expect(problems[1].message.contains("did you mean 'police'?"))
    #expect(problems.last?.allowed == "0 ... 8")
    let good = try ScenarioFile.decode(
      File.document([
        (
          "initial_state",
          [
            "open_cases": [
              [
                "community": "A", "category": "repairs", "tier": "improvement", "stage": "department",
                "department": "police", "age_days": 12, "count": 30,
              ]
            ],
            "vacancies": [["community": "A", "role": "community_worker", "posts": 2]],
          ]
        )
      ]), file: File.file)
    #expect(
      good.initialState
        == InitialState(
          openCases: [.init(community: 0, category: 0, tier: 1, stage: .department(1), ageDays: 12, count: 30)],
          vacancies: [.init(community: 0, role: 0, posts: 2)]))
  }

  /// Recent hires naming an unknown role, with a tenure past ten years, a negative one, and
  /// more posts than the community has filled (8 posts, 3 vacant: the two rows may hold 5):
  /// one problem each at its key path, the last with the posts left; a good one is read.
  @Test func recentHireProblemsAreReportedTogether() throws {
    let problems = File.problems([
      (
        "initial_state",
        [
          "vacancies": [["community": "A", "role": "community_worker", "posts": 3]],
          "recent_hires": [
            ["community": "A", "role": "comunity_worker", "posts": 1, "tenure_days": 3_651],
            ["community": "A", "role": "community_worker", "posts": 4, "tenure_days": 30],
            ["community": "A", "role": "community_worker", "posts": 2, "tenure_days": -1],
          ],
        ]
      )
    ])
    #expect(
      problems.map(\.keyPath) == [
        "initial_state.recent_hires[0].role", "initial_state.recent_hires[0].tenure_days",
        "initial_state.recent_hires[2].tenure_days", "initial_state.recent_hires[2].posts",
      ])
    #expect(problems[0].message.contains("did you mean 'community_worker'?"))
    #expect(problems[1].allowed == "0 ... 3650")
    #expect(problems.last?.allowed == "0 ... 1")
    let good = try ScenarioFile.decode(
      File.document([
        (
          "initial_state",
          [
            "vacancies": [["community": "A", "role": "community_worker", "posts": 3]],
            "recent_hires": [["community": "A", "role": "community_worker", "posts": 5, "tenure_days": 20.5]],
          ]
        )
      ]), file: File.file)
    #expect(good.initialState.recentHires == [.init(community: 0, role: 0, posts: 5, tenureDays: 20.5)])
  }

  /// An inherited project of a category without a project, with no days left: both
  /// reported at their key paths, with the categories that have projects (none here).
  @Test func inheritedProjectProblemsAreReportedTogether() {
    let problems = File.problems([
      ("initial_state", ["projects": [["community": "A", "category": "repairs", "days_left": 0]]])
    ])
    #expect(problems.map(\.keyPath) == ["initial_state.projects[0].category", "initial_state.projects[0].days_left"])
    #expect(problems.first?.message.contains("this category has no project") == true)
  }

  /// Projects awaiting approval: an unknown community and category, a cost of 0, a
  /// negative wait, more levels than a chain has, a misspelled key; one problem each at its
  /// key path with its range, all at once; a good one is read with its scope left unstated.
  @Test func proposalProblemsAreReportedTogether() throws {
    let project: [String: Any] = [
      "share_of_improvement": 0.1, "cost_cny": ["fixed": 1_000], "construction_days": ["fixed": 10],
    ]
    let problems = File.problems([
      ("needs[0].project", project),
      (
        "initial_state",
        [
          "proposals": [
            ["community": "B", "category": "repair", "cost_cny": 0, "waited_days": -1, "levels_left": 21],
            ["community": "A", "category": "repairs", "cost_cny": 1_000, "waited_days": 10, "levels": 2],
          ]
        ]
      ),
    ])
    #expect(
      problems.map(\.keyPath) == [
        "initial_state.proposals[0].community", "initial_state.proposals[0].category",
        "initial_state.proposals[0].cost_cny", "initial_state.proposals[0].waited_days",
        "initial_state.proposals[0].levels_left", "initial_state.proposals[1].levels_left",
        "initial_state.proposals[1].levels",
      ])
    #expect(problems[2].allowed == "0 < x ≤ 1e12")
    #expect(problems[3].allowed == "0 ... 3650")
    #expect(problems[4].allowed == "a whole number 1 ... 20")
    #expect(problems.last?.message.contains("unknown key") == true, "\(problems.last?.message ?? "")")
    let good = try ScenarioFile.decode(
      File.document([
        ("needs[0].project", project),
        (
          "initial_state",
          [
            "proposals": [
              ["community": "A", "category": "repairs", "cost_cny": 1_500.5, "waited_days": 12, "levels_left": 2]
            ]
          ]
        ),
      ]), file: File.file)
    #expect(
      good.initialState.proposals == [
        .init(community: 0, category: 0, costCNY: 1_500.5, waitedDays: 12, levelsLeft: 2, scope: nil)
      ])
  }

  /// Occupancy at the start: an unknown facility (with a did-you-mean), more occupants than
  /// places (the station has 1 here), a second row for the same facility, a negative count,
  /// and a facility that closes at night in the community: one problem each at its key path;
  /// a good one is read.
  @Test func occupancyProblemsAreReportedTogether() throws {
    let problems = File.problems([
      (
        "initial_state",
        [
          "occupancy": [
            ["community": "A", "facility": "statoin", "occupied": 1],
            ["community": "A", "facility": "station", "occupied": 2],
            ["community": "A", "facility": "station", "occupied": -1],
          ]
        ]
      )
    ])
    #expect(
      problems.map(\.keyPath) == [
        "initial_state.occupancy[0].facility", "initial_state.occupancy[1].occupied",
        "initial_state.occupancy[2].occupied", "initial_state.occupancy[2].facility",
      ])
    #expect(problems[0].message.contains("did you mean 'station'?"))
    #expect(problems[1].allowed == "0 ... 1")
    #expect(problems[3].message.contains("duplicate community and facility"))
    let closed = File.problems([
      ("communities[0].facilities", ["station": ["opens_hour": 8]]),
      ("initial_state", ["occupancy": [["community": "A", "facility": "station", "occupied": 1]]]),
    ])
    #expect(closed.map(\.keyPath) == ["initial_state.occupancy[0].facility"])
    #expect(closed.first?.allowed == "a facility open 0–24 every day")
    let good = try ScenarioFile.decode(
      File.document([
        ("initial_state", ["occupancy": [["community": "A", "facility": "station", "occupied": 1]]])
      ]), file: File.file)
    #expect(good.initialState.occupancy == [.init(community: 0, facility: 0, occupied: 1)])
  }

  /// Distribution parameters: neither subnormal nor past 100 years (in the key's unit), rates
  /// the inverse, shapes the samplers treat as more than 0 or fixed, bounded weights.
  @Test func distributionParametersHaveLimitsInTheKeysUnit() {
    let problems = File.problems([
      ("needs[0].work_hours", ["exponential": ["mean": 876_001]]),
      ("tiers.urgent.patience_days", ["lognormal": ["mean": 1, "sd": Double.leastNonzeroMagnitude]]),
      ("tiers.improvement.patience_days", ["exponential": ["rate": 1e-9]]),
      ("tiers.innovation.patience_days", ["gamma": ["shape": 1e-4, "scale": 1]]),
      ("workforce.admin_tasks[0].hours", ["categorical": ["values": [1, 2], "weights": [1, 1e10]]]),
      ("facilities[0].patience_minutes", ["fixed": 52_560_001]),
      ("cohorts[0].satisfaction_baseline", ["normal": ["mean": 101, "sd": 0]]),
    ])
    #expect(
      problems.map { "\($0.keyPath): \($0.allowed ?? "")" } == [
        "cohorts[0].satisfaction_baseline.normal.mean: 0 or ±(0.000001 ... 100)",
        "tiers.urgent.patience_days.lognormal.sd: 0 or 0.000001 ... 36500 days",
        "tiers.improvement.patience_days.exponential.rate: 1/36500 ... 1000000 per day",
        "tiers.innovation.patience_days.gamma.shape: 0.001 ... 1000000",
        "needs[0].work_hours.exponential.mean: 0.000001 ... 876000 hours",
        "workforce.admin_tasks[0].hours.categorical.weights[1]: 0 ... 1e9",
        "facilities[0].patience_minutes.fixed: 0 or 0.000001 ... 52560000 minutes",
      ])
  }

  @Test func longArraysAreOneProblemEach() {
    let cohort: [String: Any] = [
      "id": "c", "digital_access": 0.5, "participation": 0.5, "satisfaction_baseline": ["fixed": 0.5],
    ]
    let problems = File.problems([("cohorts", (0...50).map { i in cohort.merging(["id": "c\(i)"]) { $1 } })])
    let problem = problems.first.map { "\($0.keyPath) = \($0.value ?? ""): \($0.allowed ?? "")" }
    #expect(problem == "cohorts = 51 elements: 1 ... 50 elements")
  }

  @Test func theDistrictHasAtMostTenMillionResidents() {
    let community: (String, Int) -> [String: Any] = { name, residents in
      ["name": name, "residents": residents, "cohort_shares": ["young": 0.4, "elderly": 0.6]]
    }
    let problems = File.problems([("communities", [community("A", 6_000_000), community("B", 6_000_000)])])
    #expect(problems.map(\.keyPath) == ["communities"])
    #expect(problems.first?.allowed == "Σ residents ≤ 10000000")
  }

  /// The admin catalogue and outreach: counts, visit rates and probabilities out of range,
  /// duplicate task ids and unknown keys are problems at their key paths.
  @Test func adminCatalogueAndOutreachValuesHaveRanges() {
    let task: (String, Any) -> [String: Any] = { id, perYear in
      ["id": id, "per_year": perYear, "hours": ["fixed": 1]]
    }
    let problems = File.problems([
      ("workforce.admin_tasks", [task("a", -1), task("a", 100_001), ["id": "b", "per_year": 1]]),
      (
        "workforce.outreach",
        ["visits_per_idle_hour": 61, "residents_per_visit": -1, "detection_probability": 1.5, "typo": 1]
      ),
    ])
    #expect(
      Set(problems.map(\.keyPath)) == [
        "workforce.admin_tasks[0].per_year", "workforce.admin_tasks[1].id", "workforce.admin_tasks[1].per_year",
        "workforce.admin_tasks[2].hours", "workforce.outreach.visits_per_idle_hour",
        "workforce.outreach.residents_per_visit", "workforce.outreach.detection_probability",
        "workforce.outreach.typo",
      ])
  }

  /// A valid outreach object is read as given; absent, outreach is off.
  @Test func outreachIsReadAsGiven() throws {
    let document = File.document([
      ("workforce.outreach", ["visits_per_idle_hour": 0.8, "residents_per_visit": 2.6, "detection_probability": 0.3])
    ])
    let scenario = try ScenarioFile.decode(document, file: File.file)
    #expect(
      scenario.outreach
        == OutreachParameters(visitsPerIdleHour: 0.8, residentsPerVisit: 2.6, detectionProbability: 0.3))
    #expect(scenario.outreach.isOn)
    #expect(try ScenarioFile.decode(File.document(), file: File.file).outreach == .off)
  }

  /// The old per-role `admin_share` is gone: the burden is the community's catalogue.
  @Test func adminShareIsNoLongerAKey() {
    let problems = File.problems([("workforce.roles[0].admin_share", 0.5)])
    #expect(problems.map(\.keyPath) == ["workforce.roles[0].admin_share"])
  }

  /// A district whose replication would take hours is refused at the key of the largest
  /// source of events, with the estimate; a large one within the limit is accepted.
  @Test func aWorkloadPastTheLimitIsRefusedWithTheEstimate() throws {
    let problems = File.problems([
      ("communities[0].residents", 10_000_000), ("needs[0].rate_per_resident_per_year.young", 1_000),
      ("needs[0].rate_per_resident_per_year.elderly", 1_000), ("run", ["days": 3_650, "warmup_days": 0]),
    ])
    #expect(problems.map(\.keyPath) == ["needs[0].rate_per_resident_per_year"])
    let message = try #require(problems.first?.message)
    #expect(message.hasPrefix("the workload is too large: about "), "\(message)")
    #expect(message.contains(" million events per simulated day, "), "\(message)")
    #expect(problems.first?.allowed?.hasPrefix("at most 30 billion events per replication") == true)

    let large = try ScenarioFile.decode(File.document([("communities[0].residents", 10_000_000)]), file: File.file)
    #expect(large.workloadEstimate.isWithinLimit)
  }

  /// The total is summed in a fixed order, not the dictionary's (which changes with the
  /// table's capacity, and from process to process with its hash seed): the same sources give
  /// the same bits however the table was built. The rates span 10⁰ to 10¹⁶, so the order
  /// shows in the last bits.
  @Test func theWorkloadTotalHasTheSameBitsWhateverTheTablesOrder() {
    let rates = (0..<24).map { j in (WorkloadEstimate.Source.needs(category: j), pow(10, Double(j % 17)) / 3) }
    var small: [WorkloadEstimate.Source: Double] = [:]
    var large: [WorkloadEstimate.Source: Double] = [:]
    large.reserveCapacity(4_096)
    for (source, rate) in rates { small[source] = rate }
    for (source, rate) in rates.reversed() { large[source] = rate }
    #expect(small == large)
    let totals = [small, large].map { WorkloadEstimate(eventsPerDay: $0, days: 1).totalPerDay }
    #expect(totals[0] == totals[1])
    #expect(totals[0] == WorkloadEstimate(eventsPerDay: small, days: 1).largestFirst.reduce(0) { $0 + $1.eventsPerDay })
  }

  @Test func countsAreWrittenInWords() {
    #expect(WorkloadEstimate.words(2_934) == "2,900")
    #expect(WorkloadEstimate.words(61_872) == "62,000")
    #expect(WorkloadEstimate.words(2_204_265) == "2.2 million")
    #expect(WorkloadEstimate.words(3e10) == "30 billion")
    #expect(WorkloadEstimate.words(.infinity) == "unbounded")
  }
}
