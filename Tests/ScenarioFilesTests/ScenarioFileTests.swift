import CommunityModel
import Foundation
import ScenarioFiles
import SimKernel
import Testing

/// Strict reading of scenario files: values and defaults of a valid file, and one problem per
/// mistake, each at its key path, all reported together.
@Suite("Scenario files")
struct ScenarioFileTests {
  // MARK: - Fixture

  /// A small valid scenario: two cohorts (young, elderly), one need, one casework role, one
  /// waiting facility, one community of 2,000. Most optional keys are left out on purpose.
  static let minimalJSON = """
    {
      "name": "tiny",
      "cohorts": [
        {"id": "young", "digital_access": 0.9, "participation": 0.2,
         "satisfaction_baseline": {"uniform": {"min": 0.5, "max": 0.8}}},
        {"id": "elderly", "digital_access": 0.3, "participation": 0.75, "expectation_factor": 1.5,
         "satisfaction_baseline": {"normal": {"mean": 0.6, "sd": 0.1}}}
      ],
      "tiers": {
        "innovation": {"expected_days": 30, "patience_days": {"fixed": 120}},
        "urgent": {"expected_days": 2, "patience_days": {"exponential": {"mean": 8}}},
        "improvement": {"expected_days": 5, "patience_days": {"lognormal": {"mean": 20, "sd": 10}}, "report_factor": 0.8}
      },
      "departments": {
        "handoff_days": {"exponential": {"mean": 3}},
        "units": [
          {"id": "housing", "servers": 2, "service_hours": {"exponential": {"mean": 8}}},
          {"id": "police", "servers": 1, "calendar": {"workdays": ["mon", "tue"], "opens": "08:00", "closes": "12:00"},
           "service_hours": {"fixed": 4}}
        ]
      },
      "needs": [
        {"category": "repairs",
         "rate_per_resident_per_year": {"elderly": 3, "young": 1},
         "tier_shares": {"urgent": 0.3, "improvement": 0.6, "innovation": 0.1},
         "work_hours": {"gamma": {"mean": 2, "sd": 1}},
         "cross_department": {"probability": 0.2, "departments": {"housing": 2, "police": 1}, "count_shares": [0.5, 0.5]},
         "lifetime_days": {"exponential": {"rate": 0.05}}}
      ],
      "capture": {"online_report_probability": 0.5, "offline_report_probability": 0.2},
      "workforce": {
        "admin_tasks": [{"id": "reports", "per_year": 500, "hours": {"exponential": {"mean": 1}}}],
        "roles": [
          {"id": "community_worker", "duty": "casework", "per_1000": 4.2, "pay_ratio": 0.68,
           "turnover_curve": [{"pay_ratio": 0.68, "annual_rate": 0.18}, {"pay_ratio": 0.8, "annual_rate": 0.08}]}
        ]
      },
      "facilities": [
        {"id": "station", "type": "elderly station", "capacity_per_1000": 0.125,
         "visits_per_resident_per_day": {"elderly": 0.02},
         "visit_hours": {"triangular": {"min": 1, "mode": 2, "max": 4}},
         "when_full": "wait", "patience_minutes": {"uniform": {"min": 10, "max": 30}}}
      ],
      "communities": [
        {"name": "A", "residents": 2000, "cohort_shares": {"young": 0.4, "elderly": 0.6}}
      ]
    }
    """

  static let file = "Scenarios/x.json"

  /// The minimal document with the values at `changes` replaced (`nil` removes a key). Paths
  /// use the problem spelling: `needs[0].work_hours`.
  static func document(_ changes: [(String, Any?)] = []) -> Data {
    var root = (try? JSONSerialization.jsonObject(with: Data(minimalJSON.utf8))) ?? [String: Any]()
    for (path, value) in changes { root = setting(components(path)[...], to: value, in: root) ?? root }
    return (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data()
  }

  private enum Component {
    case key(String)
    case index(Int)
  }

  private static func components(_ path: String) -> [Component] {
    path.split(separator: ".").flatMap { part -> [Component] in
      let pieces = part.split(separator: "[")
      return [.key(String(pieces[0]))] + pieces.dropFirst().map { .index(Int($0.dropLast())!) }
    }
  }

  private static func setting(_ path: ArraySlice<Component>, to value: Any?, in node: Any) -> Any? {
    guard let first = path.first else { return value }
    let rest = path.dropFirst()
    switch first {
    case .key(let key):
      var object = node as? [String: Any] ?? [:]
      object[key] = rest.isEmpty ? value : setting(rest, to: value, in: object[key] ?? [String: Any]())
      return object
    case .index(let index):
      var array = node as? [Any] ?? []
      array[index] = setting(rest, to: value, in: array[index]) ?? NSNull()
      return array
    }
  }

  /// The problems reported for `data`; records an issue if it decodes.
  static func problems(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> [ScenarioProblem] {
    do {
      _ = try ScenarioFile.decode(data, file: file)
      Issue.record("expected the document to be rejected", sourceLocation: sourceLocation)
    } catch let error as ScenarioFileError {
      return error.problems
    } catch {
      Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
    return []
  }

  static func problems(_ changes: [(String, Any?)], sourceLocation: SourceLocation = #_sourceLocation)
    -> [ScenarioProblem]
  {
    problems(document(changes), sourceLocation: sourceLocation)
  }

  // MARK: - Valid files

  @Test func validDocumentDecodesWithDefaults() throws {
    let s = try ScenarioFile.decode(Self.document(), file: Self.file)
    #expect(s.name == "tiny")
    #expect(s.description == "")
    #expect((s.days, s.warmupDays, s.replications, s.seed) == (365, 30, 10, 1))
    #expect(
      s.workingCalendar == (try WorkingCalendar(workdays: [0, 1, 2, 3, 4], opens: .hours(9), closes: .hours(17))))
    #expect(s.cohorts.map(\.id) == ["young", "elderly"])
    #expect(s.cohorts.map(\.expectationFactor) == [1, 1.5])
    #expect(s.cohorts[1].satisfactionBaseline == (try .normal(mean: 0.6, sd: 0.1)))
    // Tiers follow RequestTier order whatever the key order in the file.
    #expect(s.tiers.map(\.expectedDays) == [2, 5, 30])
    #expect(s.tiers.map(\.reportFactor) == [1, 0.8, 1])
    #expect(s.tiers[0].patienceDays == (try .exponential(mean: 8)))
    // Cohort-keyed maps become arrays in cohort order; missing cohorts are 0.
    let need = try #require(s.needs.first)
    #expect(need.ratePerResidentPerYear == [1, 3])
    #expect(need.monthly == Array(repeating: 1, count: 12))
    #expect(need.tierShares == [0.3, 0.6, 0.1])
    #expect(need.crossDepartmentProbability == 0.2)
    // Department-keyed maps become arrays in department order.
    #expect(need.departmentWeights == [2, 1])
    #expect(need.departmentCountShares == [0.5, 0.5])
    #expect(s.departments.map(\.id) == ["housing", "police"])
    #expect(s.departments.map(\.servers) == [2, 1])
    #expect(s.departments[0].workingCalendar == s.workingCalendar)
    #expect(
      s.departments[1].workingCalendar == (try WorkingCalendar(workdays: [0, 1], opens: .hours(8), closes: .hours(12))))
    #expect(s.coordination.handoffDays == (try .exponential(mean: 3)))
    #expect(s.coordination.completionStandardDays == 30)
    #expect(need.lifetimeDays == (try .exponential(rate: 0.05)))
    #expect(s.facilities[0].visitsPerResidentPerDay == [0, 0.02])
    #expect(s.facilities[0].openDays == Set(0...6))
    #expect((s.facilities[0].opensHour, s.facilities[0].closesHour) == (0, 24))
    #expect(s.facilities[0].whenFull == .wait(patienceMinutes: try .uniform(min: 10, max: 30), waitingRoom: 1_000_000))
    #expect(s.communities[0].cohortShares == [0.4, 0.6])
    #expect(s.capture.nonparticipantFactor == 1)
    #expect(s.capture.reportDelayHours == (try .fixed(0)))
    let role = try #require(s.roles.first)
    #expect(role.duty == .casework)
    #expect(s.adminTasks == [AdminTaskType(id: "reports", perYear: 500, hours: try .exponential(mean: 1))])
    #expect(s.outreach == .off)
    #expect(role.hiringLagDays == (try .fixed(30)))
    #expect((role.rampUpDays, role.initialProductivity) == (0, 1))
    #expect(
      role.turnoverCurve == [
        TurnoverPoint(payRatio: 0.68, annualRate: 0.18), TurnoverPoint(payRatio: 0.8, annualRate: 0.08),
      ])
    #expect(s.satisfaction == SatisfactionParameters())
  }

  @Test func optionalSectionsOverrideDefaults() throws {
    let s = try ScenarioFile.decode(
      Self.document([
        ("run", ["days": 100, "warmup_days": 0, "replications": 3, "seed": 9_007_199_254_740_991] as [String: Any]),
        ("calendar", ["workdays": ["mon", "sat"], "opens": "08:30", "closes": "24:00"] as [String: Any]),
        (
          "satisfaction",
          ["relaxation_days": 60, "participation_rejoin_above": 0.9, "late_harm": 0.1, "unserved_harm_half_days": 30]
            as [String: Any]
        ),
        ("comment", "free text"),
        ("workforce.roles[0].ramp_up", ["days": 30, "initial_productivity": 0.5] as [String: Any]),
      ]), file: Self.file)
    #expect((s.days, s.warmupDays, s.replications, s.seed) == (100, 0, 3, 9_007_199_254_740_991))
    #expect(s.workingCalendar.workdays == [0, 5])
    #expect(s.workingCalendar.opens == .minutes(8 * 60 + 30))
    #expect(s.workingCalendar.closes == .hours(24))
    #expect(s.satisfaction.relaxationDays == 60)
    #expect(s.satisfaction.participationRejoinAbove == 0.9)
    #expect((s.satisfaction.lateHarm, s.satisfaction.unservedHarmHalfDays) == (0.1, 30))
    #expect(s.satisfaction.servedUplift == SatisfactionParameters().servedUplift)
    #expect((s.roles[0].rampUpDays, s.roles[0].initialProductivity) == (30, 0.5))
  }

  // MARK: - One problem per mistake

  @Test func malformedJSONIsOneProblemWithItsPosition() {
    let text = "{\n  \"name\": \"tiny\",\n  \"run\": {\"days\": 12,, }\n}"
    let problems = Self.problems(Data(text.utf8))
    #expect(problems.count == 1)
    #expect(problems.first?.keyPath == "")
    #expect(problems.first?.description.hasPrefix("Scenarios/x.json: malformed JSON") == true)
    #expect(problems.first?.message.contains("line 3") == true)
  }

  @Test func topLevelMustBeAnObject() {
    let problems = Self.problems(Data("[1, 2]".utf8))
    #expect(problems.map(\.keyPath) == [""])
    #expect(problems.first?.message.contains("object") == true)
  }

  @Test func unknownKeysAtThreeDepthsWithSuggestions() {
    let problems = Self.problems([
      ("satisfacton", [String: Any]()),
      ("needs[0].work_hour", ["fixed": 1]),
      ("needs[0].cross_department.probabilty", 0.5),
    ])
    #expect(problems.map(\.keyPath) == ["needs[0].cross_department.probabilty", "needs[0].work_hour", "satisfacton"])
    #expect(problems[0].message == "unknown key 'probabilty'; did you mean 'probability'?")
    #expect(problems[1].message == "unknown key 'work_hour'; did you mean 'work_hours'?")
    #expect(problems[2].message == "unknown key 'satisfacton'; did you mean 'satisfaction'?")
    #expect(problems[1].allowed?.contains("work_hours") == true)
    #expect(problems[1].allowed?.contains("lifetime_days") == true)
  }

  /// The scores-and-weights keys of the satisfaction model before the one need experience
  /// are rejected each with its key path and what replaced it, not as a bare unknown key.
  @Test func retiredSatisfactionKeysSayWhatReplacedThem() {
    let problems = Self.problems([
      ("satisfaction.on_time_score", 0.9), ("satisfaction.unmet_need_weight", 0.15),
      ("satisfaction.abandoned_score", 0.1),
    ])
    #expect(
      problems.map(\.keyPath) == [
        "satisfaction.on_time_score", "satisfaction.abandoned_score", "satisfaction.unmet_need_weight",
      ])
    #expect(problems[0].message.hasPrefix("key 'on_time_score' was removed;"))
    #expect(problems[0].message.contains("served_uplift"))
    #expect(problems[1].message.contains("unserved_harm_max"))
    #expect(problems[2].message.contains("unserved_harm_half_days"))
  }

  @Test func unservedHarmBelowLateHarmIsAProblem() {
    let problems = Self.problems([("satisfaction.late_harm", 0.3), ("satisfaction.unserved_harm_max", 0.2)])
    #expect(problems.map(\.keyPath) == ["satisfaction.unserved_harm_max"])
    #expect(problems.first?.message.contains("at least late_harm (0.3)") == true)
  }

  @Test func unknownKeyWithoutCloseMatchListsAllowedKeysOnly() {
    let problems = Self.problems([("run.xyzzy", 1)])
    #expect(problems.map(\.keyPath) == ["run.xyzzy"])
    #expect(problems.first?.message == "unknown key 'xyzzy'")
    #expect(problems.first?.allowed == "days, warmup_days, drain_days, drain_tolerance, replications, seed")
  }

  @Test func wrongTypesAreReported() {
    let problems = Self.problems([
      ("run.days", "365"),
      ("cohorts[0].participation", true),
      ("communities[0].residents", 12.5),
      ("capture.online_report_probability", NSNull()),
    ])
    #expect(
      problems.map(\.keyPath) == [
        "run.days", "cohorts[0].participation", "capture.online_report_probability", "communities[0].residents",
      ])
    #expect(problems[0].message == "expected a whole number, got a string")
    #expect(problems[1].message == "expected a number, got a boolean")
    #expect(problems[2].message == "expected a number, got null")
    #expect(problems[3].message == "must be a whole number")
  }

  @Test func numberWhereABooleanOrStringIsExpected() {
    let problems = Self.problems([("name", 7), ("workforce.roles[0].duty", 1)])
    #expect(problems.map(\.keyPath) == ["name", "workforce.roles[0].duty"])
    #expect(problems.allSatisfy { $0.message.hasPrefix("expected a string, got a number") })
  }

  @Test func negativeRateIsOutOfRange() {
    let problems = Self.problems([("needs[0].rate_per_resident_per_year.young", -1)])
    #expect(problems.map(\.keyPath) == ["needs[0].rate_per_resident_per_year.young"])
    #expect(problems.first?.value == "-1")
    #expect(problems.first?.allowed == "0 ... 1000")
  }

  @Test func tierSharesMustAddUpToOne() {
    let problems = Self.problems([("needs[0].tier_shares.urgent", 0.2)])
    #expect(problems.map(\.keyPath) == ["needs[0].tier_shares"])
    #expect(problems.first?.value == "sum 0.9")
  }

  @Test func cohortSharesMustAddUpToOne() {
    let problems = Self.problems([("communities[0].cohort_shares", ["young": 0.5] as [String: Any])])
    #expect(problems.map(\.keyPath) == ["communities[0].cohort_shares"])
  }

  @Test func unknownCohortInRates() {
    let problems = Self.problems([("needs[0].rate_per_resident_per_year.yung", 2)])
    #expect(problems.map(\.keyPath) == ["needs[0].rate_per_resident_per_year.yung"])
    #expect(problems.first?.message == "unknown cohort 'yung'; did you mean 'young'?")
  }

  @Test func emptyCohortsIsOneProblemWithoutCascade() {
    let problems = Self.problems([("cohorts", [Any]())])
    #expect(problems.map(\.keyPath) == ["cohorts"])
    #expect(problems.first?.message == "must not be empty")
  }

  @Test func missingRequiredKeys() {
    let problems = Self.problems([("capture", nil), ("needs[0].work_hours", nil), ("name", nil)])
    #expect(problems.map(\.keyPath) == ["name", "needs[0].work_hours", "capture"])
    #expect(problems.allSatisfy { $0.message == "required key is missing" })
  }

  @Test func patienceIsAnErrorForTurnAway() {
    let problems = Self.problems([("facilities[0].when_full", "turn_away")])
    #expect(problems.map(\.keyPath) == ["facilities[0].patience_minutes"])
  }

  @Test func waitRequiresPatience() {
    let problems = Self.problems([("facilities[0].patience_minutes", nil)])
    #expect(problems.map(\.keyPath) == ["facilities[0].patience_minutes"])
    #expect(problems.first?.message == "required key is missing")
  }

  @Test func normalIsRejectedAsADuration() {
    let problems = Self.problems([("needs[0].work_hours", ["normal": ["mean": 2, "sd": 1]])])
    #expect(problems.map(\.keyPath) == ["needs[0].work_hours.normal"])
    #expect(problems.first?.message.hasPrefix("durations need a non-negative family") == true)
  }

  @Test func negativeDurationValuesAreRejected() {
    let problems = Self.problems([
      ("tiers.innovation.patience_days", ["fixed": -1]),
      ("needs[0].lifetime_days", ["uniform": ["min": -1, "max": 3]]),
      ("workforce.admin_tasks[0].hours", ["empirical": [1, -2, 3]]),
    ])
    #expect(
      problems.map(\.keyPath) == [
        "tiers.innovation.patience_days.fixed", "needs[0].lifetime_days.uniform.min",
        "workforce.admin_tasks[0].hours.empirical[1]",
      ])
  }

  @Test func kernelParameterErrorsLandAtTheParameter() {
    let problems = Self.problems([
      ("tiers.urgent.patience_days", ["uniform": ["min": 3, "max": 1]]),
      ("needs[0].work_hours", ["lognormal": ["mean": 3, "sdev": 1]]),
      ("cohorts[0].satisfaction_baseline", ["lognorm": ["mean": 1]]),
    ])
    #expect(
      problems.map(\.description) == [
        "Scenarios/x.json: cohorts[0].satisfaction_baseline.lognorm: unknown distribution family 'lognorm'; did you mean 'lognormal'? (allowed: fixed, exponential, uniform, normal, lognormal, gamma, triangular, empirical, categorical)",
        "Scenarios/x.json: tiers.urgent.patience_days.uniform.max = 1: must be > min (3.0) (allowed: > min (3.0))",
        "Scenarios/x.json: needs[0].work_hours.lognormal.sd: required key is missing "
          + "(allowed: 0 or 0.000001 ... 876000 hours)",
        "Scenarios/x.json: needs[0].work_hours.lognormal.sdev: unknown key 'sdev'; did you mean 'sd'? (allowed: mean, sd)",
      ])
  }

  @Test func patrolSettingsFollowTheDuty() {
    let casework: [String: Any] = [
      "id": "worker", "duty": "casework", "per_1000": 4.2,
      "patrol": ["residents_per_day": 50, "detection_probability": 0.3] as [String: Any],
    ]
    let patrol: [String: Any] = ["id": "grid", "duty": "patrol", "per_1000": 1]
    let problems = Self.problems([("workforce.roles", [casework, patrol])])
    #expect(problems.map(\.keyPath) == ["workforce.roles[0].patrol", "workforce.roles[1].patrol"])
    #expect(
      problems.map(\.message) == ["patrol settings are only for roles with duty \"patrol\"", "required key is missing"])
  }

  @Test func atLeastOneCaseworkRole() {
    let patrol: [String: Any] = [
      "id": "grid", "duty": "patrol", "per_1000": 1,
      "patrol": ["residents_per_day": 50, "detection_probability": 0.3] as [String: Any],
    ]
    let problems = Self.problems([("workforce.roles", [patrol])])
    #expect(problems.map(\.keyPath) == ["workforce.roles"])
  }

  @Test func duplicateIdsAndKeys() {
    var text = String(decoding: Self.document([("communities[0].name", "A")]), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"name\":\"tiny\"", with: "\"name\":\"tiny\",\"name\":\"other\"")
    let problems = Self.problems(Data(text.utf8))
    #expect(problems.map(\.keyPath) == ["name"])
    #expect(problems.first?.message.hasPrefix("key given twice") == true)
  }
}

/// The `departments` section and the need categories' department maps, with key paths.
@Suite struct DepartmentFileTests {
  @Test func badDepartmentValuesAreReportedWithKeyPaths() {
    let problems = ScenarioFileTests.problems([
      ("departments.units[0].servers", 0),
      ("departments.units[1].service_hours", ["fixed": -1]),
      ("departments.completion_standard_days", 0),
      ("needs[0].cross_department.departments.hosing", 1),
      ("needs[0].cross_department.count_shares", [0.5, 0.4]),
    ])
    #expect(
      problems.map(\.keyPath).sorted()
        == [
          "departments.completion_standard_days", "departments.units[0].servers",
          "departments.units[1].service_hours.fixed",
          "needs[0].cross_department.count_shares", "needs[0].cross_department.departments.hosing",
        ].sorted())
    let unknown = problems.first { $0.keyPath.hasSuffix("hosing") }
    #expect(unknown?.message.contains("did you mean 'housing'") == true)
  }

  /// Urgent hand-offs take the general delay unless the file gives their own; a bad one is
  /// reported at its key path.
  @Test func urgentHandoffsDefaultToTheGeneralDelay() throws {
    let plain = try ScenarioFile.decode(ScenarioFileTests.document(), file: ScenarioFileTests.file)
    #expect(plain.coordination.urgentHandoffDays == plain.coordination.handoffDays)
    let own = try ScenarioFile.decode(
      ScenarioFileTests.document([("departments.urgent_handoff_days", ["exponential": ["mean": 0.5]])]),
      file: ScenarioFileTests.file)
    #expect(own.coordination.urgentHandoffDays == (try .exponential(mean: 0.5)))
    #expect(own.coordination.handoffDays == plain.coordination.handoffDays)
    let problems = ScenarioFileTests.problems([("departments.urgent_handoff_days", ["fixed": -2])])
    #expect(problems.map(\.keyPath) == ["departments.urgent_handoff_days.fixed"])
  }

  @Test func theOldFreeDelayIsAnUnknownKey() {
    let problems = ScenarioFileTests.problems([("needs[0].cross_department.delay_days", ["fixed": 3])])
    #expect(problems.map(\.keyPath) == ["needs[0].cross_department.delay_days"])
  }

  @Test func crossDepartmentRequestsNeedADepartment() {
    let problems = ScenarioFileTests.problems([("needs[0].cross_department.departments", [String: Any]())])
    #expect(problems.map(\.keyPath) == ["needs[0].cross_department.departments"])
  }

  @Test func coordinationLeverReadsItsMechanisms() throws {
    let s = try ScenarioFile.decode(
      ScenarioFileTests.document([
        (
          "interventions",
          [["lever": "coordination", "shared_intake": true, "joint_handling": true, "handoff_factor": 0.5]]
        )
      ]), file: ScenarioFileTests.file)
    #expect(s.inForceAtStart.coordination.sharedIntake)
    #expect(s.inForceAtStart.coordination.jointHandling)
    #expect(s.inForceAtStart.coordination.handoffFactor == 0.5)
    let problems = ScenarioFileTests.problems([
      ("interventions", [["lever": "coordination", "delay_factor": 0.5, "handoff_factor": 0]])
    ])
    #expect(problems.map(\.keyPath).sorted() == ["interventions[0].delay_factor", "interventions[0].handoff_factor"])
  }
}
