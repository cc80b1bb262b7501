import CommunityModel
import FileFormats

/// The starter scenario `community-twin init` writes: a child of a base scenario with the keys
/// users change most (name and description; run length, warm-up, replications and seed; one
/// community with its residents and cohort shares; the casework staff per 1,000 residents; an
/// example policy), each object with a `"comment"` saying what its keys mean
/// (`Docs/scenario-format.md`, "Starting a scenario").
public enum ScenarioStarter {
  /// The file's text for scenario `name` on `base` (read from `baseFile`, the path written as
  /// `"base"`, relative to the new file), naming its JSON Schema `schemaFile` when given.
  /// Values start as the base's (its first community, its first casework role), so the file
  /// runs as written. O(cohorts).
  public static func text(name: String, base: Scenario, baseFile: String, schemaFile: String?) -> String {
    let community = base.communities[0]
    let shares = zip(base.cohorts, community.cohortShares).map { ($0.id, number($1)) }
    let role = base.roles.first { $0.duty == .casework }!  // the reader demands one
    let perThousand = number(role.perThousandResidents)
    let run = object(
      [
        (
          "comment",
          string(
            "days: simulated days after warmup_days of warm-up, whose results are set aside; replications: "
              + "independent runs whose results are averaged, with 95% intervals; seed: the master random seed "
              + "(the same seed gives the same results).")
        ),
        ("days", "\(base.days)"), ("warmup_days", "\(base.warmupDays)"), ("replications", "\(base.replications)"),
        ("seed", "\(base.seed)"),
      ], indent: "  ")
    let communityObject = object(
      [
        (
          "comment",
          string(
            "One community: its name (any text), residents, and the share of its residents in each of the base's "
              + "cohorts (shares add up to 1). Add an object per community for a district.")
        ),
        ("name", string(name)), ("residents", "\(community.residents)"),
        ("cohort_shares", object(shares, indent: "      ")),
      ], indent: "    ")
    let staffing = object(
      [
        (
          "comment",
          string(
            "Staff: \(role.id) posts per 1,000 residents from day start_day (0 is the first day of the warm-up); "
              + "the base has \(perThousand). Change per_1000 to staff the community differently.")
        ),
        ("lever", string("staffing")), ("start_day", "0"), ("role", string(role.id)), ("per_1000", perThousand),
      ], indent: "    ")
    let policy = object(
      [
        (
          "comment",
          string(
            "An example policy (Docs/policies.md): projects up to threshold_cny approved by the community in "
              + "local_approval_working_days instead of the chain of approvals. Delete this object to keep the "
              + "base's policies only.")
        ),
        ("lever", string("devolution")), ("start_day", "0"), ("threshold_cny", "500000"),
        ("local_approval_working_days", "3"),
      ], indent: "    ")
    var fields: [(String, String)] = []
    if let schemaFile { fields.append(("$schema", string(schemaFile))) }
    fields += [
      ("base", string(baseFile)), ("name", string(name)),
      ("description", string("A starter scenario on \(base.name): say here what \(name) represents.")),
      (
        "comment",
        string(
          "Written by community-twin init. A child of base: every section this file leaves out is the base's; a "
            + "section given here replaces the base's whole section, and interventions come after the base's. Each "
            + "object's comment says what its keys mean (Docs/scenario-format.md). Check the file with "
            + "community-twin validate, run it with community-twin run. Add \"language\": \"zh\" for the tables "
            + "and reports in Chinese.")
      ),
      ("run", run), ("communities", JSONText.array([communityObject], indent: "  ")),
      ("interventions", JSONText.array([staffing, policy], indent: "  ")),
    ]
    return object(fields, indent: "") + "\n"
  }

  private static func object(_ fields: [(String, String)], indent: String) -> String {
    JSONText.object(fields.map { (key: $0.0, value: $0.1) }, indent: indent)
  }

  private static func string(_ text: String) -> String { JSONText.string(text) }

  private static func number(_ x: Double) -> String { JSONValue.format(x) }
}
