import CommunityModel
import FileFormats

/// Builds a ``Scenario`` from the top-level object of a scenario file, section by section
/// (one extension file per section), reporting into one ``ProblemCollector``.
///
/// Sections are read in the order of the format reference; the cohorts come before every
/// section with cohort-keyed maps, so those maps can be checked against the cohort ids and
/// turned into arrays in cohort order. Bad values are replaced by placeholders and reading
/// continues; cross-checks run last and skip values already reported.
final class ScenarioDecoder {
  let problems: ProblemCollector
  /// Cohort ids in file order (the order of every cohort-indexed array).
  var cohortIDs: [String] = []
  /// Whether every cohort's id was read, so a map key that is not among ``cohortIDs`` is
  /// really unknown (and not a consequence of an earlier problem).
  var cohortIDsComplete = false
  /// `needs[j].project.facility` ids (with their key paths) awaiting the facilities section.
  var projectFacilityIDs: [(path: String, id: String)] = []
  /// Department ids in file order (the order of every department-indexed array), and whether
  /// all were read.
  var departmentIDs: [String] = []
  var departmentIDsComplete = true
  /// The file's `language`: that of the terminal tables and reports of its runs unless
  /// `--lang` says otherwise (English when the file does not set it). Read with the scenario;
  /// it is no part of the model, so ``Scenario`` does not hold it.
  private(set) var language = ReportLanguage.en

  init(problems: ProblemCollector) {
    self.problems = problems
  }

  /// The whole scenario; problems go to ``problems``.
  /// - Complexity: O(size of the document).
  func scenario(from root: ObjectReader) -> Scenario {
    let name = root.string("name")
    if let v = root.fields["name"], case .string = v { checkName(name, raw: v) }
    let description = root.string("description", default: "")
    _ = root.string("$schema", default: "")
    let languages = ReportLanguage.allCases.map(\.rawValue)
    language = root.stringEnum("language", allowed: languages, default: "en").flatMap(ReportLanguage.init) ?? .en

    let run = root.object("run", required: false)
    let days = run.integer("days", default: 365, 1...Limits.horizonDays)
    let warmupDays = run.integer("warmup_days", default: 30, 0...Limits.horizonDays)
    let drainDays = run.integer("drain_days", default: 365, 0...Limits.horizonDays)
    let drainTolerance = run.number("drain_tolerance", default: 0.001, .range(0, 0.1))
    let replications = run.integer("replications", default: 10, 1...100_000)
    let seed = run.integer("seed", default: 1, 0...9_007_199_254_740_991)
    run.finish()

    let calendar = workingCalendar(root.object("calendar", required: false))
    let cohorts = self.cohorts(root)
    let tiers = self.tiers(root.object("tiers", required: true))
    let (departments, coordination) = self.departments(root.object("departments", required: false))
    var needs = self.needs(root)
    let capture = self.capture(root.object("capture", required: true))
    let workforce = root.object("workforce", required: true)
    let adminTasks = self.adminTasks(workforce)
    let outreach = self.outreach(workforce)
    let roles = self.roles(workforce)
    workforce.finish()
    let satisfaction = self.satisfaction(root.object("satisfaction", required: false))
    let facilities = self.facilities(root)
    let communities = self.communities(root, roles: roles, facilities: facilities)
    resolveProjectFacilities(&needs, facilities: facilities)
    let budget = self.budget(root.object("budget", required: false))
    let planning = self.planning(root.object("planning", required: false))
    // The schema cannot relate two keys: it records the latest day of the longest run.
    let lastDay = root.isRecording ? Limits.horizonDays - 1 : warmupDays + days - 1
    let context = LeverContext(facilities: facilities, roles: roles, lastDay: lastDay)
    let interventions = self.interventions(root, context)
    let emergencies = self.emergencies(root, context, communities: communities)
    let surges = self.surges(root, needs: needs, communities: communities, lastDay: context.lastDay)
    let security = self.security(root, needs: needs, roles: roles)
    let initialState = self.initialState(
      root, needs: needs, roles: roles, facilities: facilities, communities: communities)
    root.finish()

    checkHorizon(days: days, warmupDays: warmupDays)
    checkCaseworkStaff(roles: roles, communities: communities)
    checkTotalResidents(communities)

    let scenario = Scenario(
      name: name, description: description, days: days, warmupDays: warmupDays, drainDays: drainDays,
      drainTolerance: drainTolerance,
      replications: replications,
      seed: UInt64(seed), workingCalendar: calendar, cohorts: cohorts, tiers: tiers, needs: needs, capture: capture,
      roles: roles, adminTasks: adminTasks, outreach: outreach, satisfaction: satisfaction, facilities: facilities,
      communities: communities, budget: budget, planning: planning, departments: departments,
      coordination: coordination, emergencies: emergencies, surges: surges, security: security,
      initialState: initialState, interventions: interventions)
    checkWorkload(scenario)
    return scenario
  }

  /// `name` becomes the output folder: ``ScenarioName``'s rule.
  private func checkName(_ name: String, raw: JSONValue) {
    if !ScenarioName.isValid(name) {
      problems.report(
        "name", value: raw.rendered, "must be usable as a folder name: letters, digits, '.', '_', '-'",
        allowed: ScenarioName.allowed)
    }
  }

  /// Reports a repeated `id` at `path` (`seen` maps ids to where they were first used).
  func checkUnique(
    _ id: String?, at path: String, seen: inout [String: String], what: String = "id", quoted: Bool = true
  ) {
    guard let id else { return }
    if let first = seen[id] {
      problems.report(
        path, value: quoted ? "\"\(id)\"" : id, "duplicate \(what) (already used at \(first))",
        allowed: "a unique \(what)")
    } else {
      seen[id] = path
    }
  }
}
