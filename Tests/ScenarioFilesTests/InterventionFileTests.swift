import CommunityModel
import FileFormats
import Foundation
import ScenarioFiles
import SimKernel
import Testing
import _TwinTestSupport

/// Policy sections of scenario files: budgets, planning, projects, interventions and base
/// files, read strictly like the rest (``ScenarioFileTests`` holds the minimal document).
@Suite("Scenario files: policies")
struct InterventionFileTests {
  typealias File = ScenarioFileTests

  static func intervention(_ fields: [String: Any]) -> [(String, Any?)] { [("interventions", [fields])] }

  @Test func leversDecodeWithTheirParameters() throws {
    let data = File.document([
      (
        "interventions",
        [
          ["lever": "devolution", "start_day": 20, "threshold_cny": 400_000, "admin_cut": 0.4],
          ["lever": "ppp", "facility": "station", "operating_cny_per_place_year": 9000, "fee_cny_per_visit": 5],
          ["lever": "staffing", "role": "community_worker", "pay_ratio": 0.8],
          ["lever": "co_creation", "filing": true],
        ]
      ),
      ("budget", ["annual_cny_per_resident": ["government": 600], "local_average_monthly_wage_cny": 8530]),
    ])
    let scenario = try ScenarioFile.decode(data, file: File.file)
    #expect(scenario.interventions.map(\.startDay) == [20, 0, 0, 0])
    #expect(
      scenario.interventions[0].lever == .devolution(thresholdCNY: 400_000, localApprovalWorkingDays: 3, adminCut: 0.4))
    guard case .ppp(let policy) = scenario.interventions[1].lever else {
      Issue.record("expected a PPP lever")
      return
    }
    #expect(policy.facility == 0 && policy.publicBenefitShare == 0.3 && policy.reviewDays == 90)
    #expect(policy.feesCNY == [5, 5] && policy.priceElasticities == [0, 0] && !policy.respondsToPrice)
    #expect(policy.contractDays == nil && !policy.retenders && policy.retenderGapDays == PPPPolicy.noGap)
    #expect(scenario.interventions[2].lever == .staffing(role: 0, perThousand: nil, payRatio: 0.8, trainingGain: nil))
    #expect(scenario.budget.annualPerResident[FundingSource.government.rawValue] == 600)
    #expect(scenario.budget.riskReserveShare == 0.1, "default risk reserve (F30)")

    // Day-0 levers are in force from the start; the day-20 one waits for its day.
    let start = scenario.inForceAtStart
    #expect(start.interventions.map(\.startDay) == [20])
    #expect(start.planning.localApprovalThresholdCNY == .infinity, "filing: no approval needed")
    #expect(start.roles[0].payRatio == 0.8 && start.ppp.count == 1)
  }

  @Test func unknownLeverIsOneProblemWithASuggestion() {
    let problems = File.problems(Self.intervention(["lever": "devolutoin", "threshold_cny": 1]))
    #expect(problems.map(\.keyPath) == ["interventions[0].lever"])
    #expect(problems.first?.message.contains("did you mean 'devolution'") == true)
    #expect(problems.first?.allowed?.contains("\"community_fund\"") == true)
  }

  @Test func startDayPastTheHorizon() {
    // The minimal document runs 30 warm-up days + 365 days: days 0 … 394.
    let problems = File.problems(Self.intervention(["lever": "transparency", "leakage_share": 0.05, "start_day": 395]))
    #expect(problems.map(\.keyPath) == ["interventions[0].start_day"])
    #expect(problems.first?.allowed == "a whole number 0 ... 394")
  }

  @Test func negativeThresholdAndOtherBadParametersAreAllReported() {
    let problems = File.problems([
      (
        "interventions",
        [
          ["lever": "devolution", "threshold_cny": -5],
          ["lever": "ppp", "facility": "statoin", "operating_cny_per_place_year": 1, "fee_cny_per_visit": 1],
          ["lever": "staffing", "role": "nobody", "per_1000": 6],
          ["lever": "staffing", "role": "community_worker"],
          ["lever": "transparency", "leakage_share": 1, "colour": "red"],
        ]
      )
    ])
    #expect(
      problems.map(\.keyPath) == [
        "interventions[0].threshold_cny", "interventions[1].facility", "interventions[2].role",
        "interventions[3].lever", "interventions[4].leakage_share", "interventions[4].colour",
      ])
    #expect(problems[0].allowed == "0 ... 1e12" && problems[0].value == "-5")
    #expect(problems[1].message.contains("did you mean 'station'"))
    #expect(problems[3].message.contains("changes nothing"))
    #expect(problems[4].allowed == "0 ... 0.9")
  }

  /// Fees and elasticities by cohort, the reference fee, the contract and the gap decode;
  /// cohorts not named take the lever-wide value.
  @Test func pppEconomicsDecode() throws {
    let lever: [String: Any] = [
      "lever": "ppp", "facility": "station", "operating_cny_per_place_year": 9000, "fee_cny_per_visit": 30,
      "fee_cny_per_visit_by_cohort": ["elderly": 0], "price_elasticity": -0.5,
      "price_elasticity_by_cohort": ["elderly": -0.2], "reference_fee_cny_per_visit": 10, "contract_days": 365,
      "retender": true, "retender_gap_days": ["uniform": ["min": 30, "max": 90]],
    ]
    let scenario = try ScenarioFile.decode(File.document(Self.intervention(lever)), file: File.file)
    guard case .ppp(let policy) = scenario.interventions[0].lever else {
      Issue.record("expected a PPP lever")
      return
    }
    #expect(policy.feesCNY == [30, 0] && policy.priceElasticities == [-0.5, -0.2])
    #expect(policy.referenceFeeCNY == 10 && policy.contractDays == 365 && policy.retenders)
    #expect(policy.retenderGapDays == (try .uniform(min: 30, max: 90)))
    #expect(policy.respondsToPrice && policy.takeUp(ofCohort: 1) == 1, "the elderly pay nothing")
    #expect(abs(policy.takeUp(ofCohort: 0) - pow(21.0 / 10, -0.5)) < 1e-12, "(0.7 × 30 / 10)^−0.5")

    let fixedGap = lever.merging(["retender_gap_days": 45]) { $1 }
    let fixed = try ScenarioFile.decode(File.document(Self.intervention(fixedGap)), file: File.file)
    guard case .ppp(let policy) = fixed.interventions[0].lever else { return }
    #expect(policy.retenderGapDays == (try .fixed(45)))
  }

  /// Every bad PPP value is reported at once, each at its key path: negative fees (lever-wide
  /// and by cohort), an unknown cohort, elasticities of the wrong sign, a reference fee of 0,
  /// a contract of no days and a negative gap (as a number, and inside a distribution).
  @Test func badPPPEconomicsAreAllReported() {
    let problems = File.problems([
      (
        "interventions",
        [
          [
            "lever": "ppp", "facility": "station", "operating_cny_per_place_year": 9000, "fee_cny_per_visit": -5,
            "fee_cny_per_visit_by_cohort": ["elderly": -1, "children": 0], "price_elasticity": 0.4,
            "price_elasticity_by_cohort": ["young": 1.2], "reference_fee_cny_per_visit": 0, "contract_days": 0,
            "retender_gap_days": -3,
          ],
          [
            "lever": "ppp", "facility": "station", "operating_cny_per_place_year": 9000, "price_elasticity": -0.5,
            "retender_gap_days": ["uniform": ["min": -2, "max": 5]],
          ],
        ]
      )
    ])
    #expect(
      problems.map(\.keyPath) == [
        "interventions[0].fee_cny_per_visit", "interventions[0].fee_cny_per_visit_by_cohort.children",
        "interventions[0].fee_cny_per_visit_by_cohort.elderly", "interventions[0].price_elasticity",
        "interventions[0].price_elasticity_by_cohort.young", "interventions[0].reference_fee_cny_per_visit",
        "interventions[0].contract_days", "interventions[0].retender_gap_days",
        "interventions[1].reference_fee_cny_per_visit", "interventions[1].retender_gap_days.uniform.min",
      ])
    #expect(problems[1].message.contains("unknown cohort 'children'"))
    #expect(problems[3].allowed == "-10 ... 0 (visits fall as the fee rises)" && problems[3].value == "0.4")
    #expect(problems[6].allowed == "a whole number 1 ... 3650")
    #expect(problems[8].message.contains("required key is missing"))
  }

  @Test func projectFacilityMustExist() {
    let project: [String: Any] = [
      "share_of_improvement": 0.1, "cost_cny": ["fixed": 100_000], "construction_days": ["fixed": 30],
      "facility": "gym",
    ]
    let problems = File.problems([("needs[0].project", project)])
    #expect(problems.map(\.keyPath) == ["needs[0].project.facility"])
    #expect(problems.first?.allowed == "station")
  }

  @Test func approvalLevelsMustBeOrdered() {
    let problems = File.problems([("planning", ["approval": ["levels": ["min": 5, "max": 3]]])])
    #expect(problems.map(\.keyPath) == ["planning.approval.levels.max"])
  }

  @Test func budgetAppropriatesOnlyItsOwnSources() {
    let budget: [String: Any] = [
      "annual_cny_per_resident": ["government": 500, "social_capital": 10], "local_average_monthly_wage_cny": 8000,
    ]
    let problems = File.problems([("budget", budget)])
    #expect(problems.map(\.keyPath) == ["budget.annual_cny_per_resident.social_capital"])
  }

  @Test func baseFileIsMergedUnderneath() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try File.document().write(to: directory.appendingPathComponent("base.json"))
    let preset: [String: Any] = [
      "base": "base.json", "name": "preset",
      "interventions": [["lever": "transparency", "leakage_share": 0.05]],
    ]
    let url = directory.appendingPathComponent("preset.json")
    try JSONSerialization.data(withJSONObject: preset).write(to: url)
    let scenario = try ScenarioFile.load(url)
    let base = try ScenarioFile.decode(File.document(), file: File.file)
    #expect(scenario.name == "preset")
    #expect(scenario.needs == base.needs && scenario.communities == base.communities)
    #expect(scenario.interventions == [Intervention(.transparency(leakageShare: 0.05, disclosureShare: nil))])
  }

  /// `read` lists every base file, nearest first, each with the SHA-256 of the bytes decoded
  /// (what `sha256sum` prints), so a preset's run can be traced to its baseline's version.
  @Test func readFingerprintsEveryBaseFile() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let root = File.document()
    try root.write(to: directory.appendingPathComponent("root.json"))
    let middle = try JSONSerialization.data(withJSONObject: ["base": "root.json", "name": "middle"])
    try middle.write(to: directory.appendingPathComponent("middle.json"))
    let top = try JSONSerialization.data(withJSONObject: ["base": "middle.json", "name": "top"])
    let url = directory.appendingPathComponent("top.json")
    try top.write(to: url)

    let read = try ScenarioFile.read(url)
    #expect(read.scenario.name == "top" && read.bytes == top)
    #expect(read.bases.map { ($0.file as NSString).lastPathComponent } == ["middle.json", "root.json"])
    #expect(read.bases.map(\.sha256) == [SHA256.hex(middle), SHA256.hex(root)])
    #expect(try ScenarioFile.read(directory.appendingPathComponent("root.json")).bases.isEmpty)

    // Editing the base changes its fingerprint, although the named file is untouched.
    try File.document([("run", ["days": 20])]).write(to: directory.appendingPathComponent("root.json"))
    let edited = try ScenarioFile.read(url)
    #expect(edited.bytes == top && edited.bases[0] == read.bases[0] && edited.bases[1] != read.bases[1])
  }

  @Test func aBrokenBaseIsReportedUnderItsOwnName() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try File.document([("run", ["days": 0])]).write(to: directory.appendingPathComponent("base.json"))
    let url = directory.appendingPathComponent("preset.json")
    try JSONSerialization.data(withJSONObject: ["base": "base.json", "name": "p"]).write(to: url)
    let error = try #require(throws: ScenarioFileError.self) { try ScenarioFile.load(url) }
    #expect(error.problems.map(\.keyPath) == ["run.days"])
    #expect(error.problems.first?.file.hasSuffix("base.json") == true)

    try JSONSerialization.data(withJSONObject: ["base": "missing.json", "name": "p"]).write(to: url)
    let missing = try #require(throws: ScenarioFileError.self) { try ScenarioFile.load(url) }
    #expect(missing.problems.map(\.keyPath) == ["base"])
    #expect(missing.problems.first?.message.contains("cannot read the base file") == true)
  }
}
