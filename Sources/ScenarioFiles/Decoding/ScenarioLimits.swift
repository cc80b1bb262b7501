import CommunityModel

/// The allowed range of every number in a scenario file that is not a probability or share
/// (those are 0 … 1), with the reason for each limit (`Docs/scenario-format.md` lists them).
///
/// Two kinds of reason bound a value. It must describe a district: no resident has a need
/// every few minutes, no post pays a hundred times the average wage. And every value the
/// reader accepts must run: counts fit the model's compact records (a cohort, category and
/// role index in a byte, a community in 16 bits, a resident in 32), durations fit the clock
/// and the money of a ten-year run fits whole fen in `Int64` (CNY 9.2 × 10¹⁶). The limits
/// below are far above every shipped scenario, and the second kind holds for any
/// combination of values within them; the rest (how much work a file asks for) is the
/// workload check's (`Scenario.workloadEstimate`).
package enum ScenarioLimits {
  // MARK: Counts (array lengths)

  /// Resident groups (a cohort index is a byte; every need and facility has a rate per cohort).
  package static let cohorts = 50
  /// Need categories (a request stores its category in a byte).
  package static let needs = 100
  /// Worker roles (a post stores its role in a byte).
  package static let roles = 50
  /// Facility types (each is instantiated in every community).
  package static let facilities = 50
  /// Communities of one district (a community index is 16 bits).
  package static let communities = 10_000
  /// Levers switched on in one run.
  package static let interventions = 100
  /// Points of a role's turnover curve.
  package static let curvePoints = 100
  /// Types of administrative task in a community's catalogue (a task stores its type in a
  /// byte; C9 counts 46).
  package static let adminTaskTypes = 256

  // MARK: Residents

  /// Residents of one community: a large city district (also the most a waiting room needs).
  package static let residentsPerCommunity = 10_000_000
  /// Residents of the whole district: a resident index is 32 bits, and each resident takes
  /// 12 bytes plus its requests.
  package static let residents = 10_000_000

  // MARK: Rates per resident and staff per 1,000

  /// Needs per resident per year: about three a day at most.
  package static let needsPerResidentYear = NumberRule.range(0, 1_000)
  /// A month's multiplier of the annual rate: 12 puts a whole year's needs in one month.
  package static let monthFactor = NumberRule.range(0, 12)
  /// Visits per resident per open day of one facility.
  package static let visitsPerResidentDay = NumberRule.range(0, 10)
  /// Posts of one role per 1,000 residents: a tenth of the residents.
  package static let staffPer1000 = NumberRule.range(0, 100)
  /// Places of a facility per 1,000 residents: one place per resident.
  package static let placesPer1000 = NumberRule.positive(upTo: 1_000)
  /// Places a project or partnership adds per 1,000 residents.
  package static let addedPlacesPer1000 = NumberRule.range(0, 1_000)
  /// Rows of `initial_state.open_cases`, `initial_state.vacancies`,
  /// `initial_state.recent_hires`, `initial_state.projects`, `initial_state.proposals` or
  /// `initial_state.occupancy`.
  package static let warmStartRows = 1_000_000
  /// Open cases one row of `initial_state.open_cases` stands for.
  package static let warmStartCases = 10_000_000
  /// Posts of one role a community states.
  package static let postsPerCommunity = 1_000_000
  /// Places of one facility a community states.
  package static let placesPerFacility = 10_000_000
  /// A fund's opening balance by source [CNY].
  package static let openingBalanceCNY = NumberRule.range(0, 1e12)
  /// Offenders starting a career per 1,000 residents per year.
  package static let offendersPer1000 = NumberRule.range(0, 1_000)
  /// Attempts per offender per year.
  package static let attemptsPerYear = NumberRule.range(0, 10_000)
  /// Cameras per 1,000 residents.
  package static let camerasPer1000 = NumberRule.range(0, 1_000)
  /// Residents one camera watches or one officer guards.
  package static let residentsWatched = NumberRule.range(0, 100_000)
  /// A yearly cost per item [CNY per year].
  package static let cnyPerYear = NumberRule.range(0, 1e9)
  /// A surge's rate as a multiple of the usual (> 1).
  package static let surgeFactor = NumberRule(
    "1 < x ≤ 1000", placeholder: 2, [.init(1, 1_000, lowExclusive: true)])
  /// Residents a patrol worker visits per working day.
  package static let patrolResidentsPerDay = NumberRule.range(0, 1_000)
  /// Departures per worker per year: 100 means a stay of under four days.
  package static let turnoverPerYear = NumberRule.range(0, 100)
  /// Discoveries per unreported need per day (data-driven discovery).
  package static let discoveriesPerDay = NumberRule.range(0, 100)
  /// Administrative tasks of one type per community per year: about 270 a day.
  package static let adminTasksPerYear = NumberRule.range(0, 100_000)
  /// Outreach household visits per idle caseworker-hour.
  package static let visitsPerIdleHour = NumberRule.range(0, 60)
  /// Residents reached by one outreach visit (a household's members).
  package static let residentsPerVisit = NumberRule.range(0, 100)

  // MARK: Times

  /// The longest run, and the longest cycle, review or delay given in whole days.
  package static let horizonDays = Scenario.maxSimulatedDays
  /// Days a worker ramps up over.
  package static let days = NumberRule.range(0, Double(horizonDays))
  /// The time until a project under construction at the start completes [days]
  /// (`initial_state.projects[].days_left`): some time left, at most the longest run.
  package static let daysLeft = NumberRule.positive(upTo: Double(horizonDays))
  /// Levels of an approval chain (`planning.approval.levels`; a warm start's
  /// `initial_state.proposals[].levels_left`).
  package static let approvalLevels = 1...20
  /// Days a proposal awaiting approval at the start has waited since it was proposed
  /// (`initial_state.proposals[].waited_days`): at most the longest run.
  package static let waitedDays = NumberRule.range(0, Double(horizonDays))
  /// Working days of local approval.
  package static let workingDays = NumberRule.positive(upTo: Double(horizonDays))
  /// A tier's expected response [days]: from about 1.5 minutes to 100 years.
  package static let expectedDays = NumberRule.range(0.001, 36_500)
  /// Satisfaction's relaxation time constant [days]: at least a day, since the ledger
  /// rebases at midnights (a shorter one would underflow within a day), at most a century.
  package static let relaxationDays = NumberRule.range(1, 36_500)

  // MARK: Multipliers

  /// Multipliers of an expectation: a hundredth to a hundred times.
  package static let expectationFactor = NumberRule.range(0.01, 100)
  /// Plain multipliers (a tier's report factor, the evaluation's funding bonus).
  package static let factor = NumberRule.range(0, 10)
  /// A lever's multiplier of delays or project costs (levers multiply).
  package static let leverFactor = NumberRule.range(0.01, 100)
  /// A department's relative weight in a need category's department map.
  package static let departmentWeight = NumberRule.range(0, 1_000)
  /// Cases a department works on at once.
  package static let departmentServers = 10_000
  /// The completion standard of a cross-department request [days]: from about 1.5 minutes
  /// to the longest run.
  package static let completionStandardDays = NumberRule.range(0.001, Double(horizonDays))
  /// Pay as a multiple of the local average wage.
  package static let payRatio = NumberRule.range(0, 10)
  /// Training's productivity gain: at most eleven times as fast.
  package static let trainingGain = NumberRule.range(0, 10)
  /// A new hire's productivity: a job takes at most a hundred times as long.
  package static let initialProductivity = NumberRule.range(0.01, 1)
  /// Satisfaction's lateness exponent.
  package static let latenessExponent = NumberRule.range(0, 10)
  /// The duration at which an unserved need's harm is halfway to its maximum [days].
  package static let unservedHarmHalfDays = NumberRule.positive(upTo: 36_500)

  // MARK: Money [CNY]

  /// Appropriations per resident per year, each source (the baseline's total is 700).
  package static let cnyPerResidentYear = NumberRule.range(0, 100_000)
  /// The local average monthly wage (the baseline's is 8,530).
  package static let monthlyWage = NumberRule.range(0, 100_000)
  /// Running cost or subsidy per place per year.
  package static let cnyPerPlaceYear = NumberRule.range(0, 1_000_000)
  /// Capital per place of a partnership.
  package static let cnyPerPlace = NumberRule.range(0, 1_000_000)
  /// A fee per visit or enrolment.
  package static let feeCNY = NumberRule.range(0, 1_000_000)
  /// The fee at which a facility's demand was observed: positive, since take-up compares a
  /// fee with it as a ratio.
  package static let referenceFeeCNY = NumberRule.positive(upTo: 1_000_000)
  /// A price elasticity of demand: never positive (visits fall as the fee rises), and at
  /// −10 doubling the fee already keeps under a thousandth of the visits.
  package static let priceElasticity = NumberRule(
    "-10 ... 0 (visits fall as the fee rises)", placeholder: 0, [.init(-10, 0)])
  /// A proposal's capital cost (`initial_state.proposals[].cost_cny`): some cost, at most
  /// the model's cap on a project's cost.
  package static let proposalCostCNY = NumberRule.positive(upTo: ProjectSpec.maxCostCNY)
  /// The devolution threshold.
  package static let thresholdCNY = NumberRule.range(0, 1e12)
  /// Leakage: delivering N takes N / (1 − leakage) from the fund, at most ten times N.
  package static let leakageShare = NumberRule.range(0, 0.9)
  /// Crowdfunding's share of a project's cost (the fund covers at least a tenth).
  package static let crowdfundingShare = NumberRule.range(0, 0.9)
  /// The risk reserve as a share of a project's cost.
  package static let riskReserveShare = NumberRule.range(0, 10)
  /// The share of a misused project's capital that is lost (all of it would be no project).
  package static let divertedShare = NumberRule.range(0, 0.99)
  /// Backlog requests one project is planned for (the default: no limit).
  package static let scopeRequests = 1...Int(Int32.max)
  /// Backlog requests a project under construction at the start resolves
  /// (`initial_state.projects[].scope_requests`; 0: none, it only adds its places).
  package static let inheritedScopeRequests = 0...Int(Int32.max)
  /// A facility's opening hour [h from midnight].
  package static let opensHour = 0...23
  /// A facility's closing hour [h from midnight].
  package static let closesHour = 1...24
  /// A satisfaction index (0 … 100, the mean satisfaction × 100).
  package static let satisfactionIndex = NumberRule.range(0, 100)
}

extension ScenarioDecoder {
  /// The limits under their short name in the reader.
  typealias Limits = ScenarioLimits
}
