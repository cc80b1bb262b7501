import CommunityModel
import TwinCommandLine
import TwinOutputs

/// The `community-twin` program: its commands, in the order the help lists them, and the
/// parts of its `--help` that belong to no single command (output files, exit statuses,
/// examples). Each command's options are in its own `--help`.
enum CommunityTwin {
  static var program: Program {
    Program(
      name: "community-twin", version: "\(ToolVersion.current) (commit \(buildCommit))",
      headline: "a discrete-event digital twin of community resources.",
      commands: [
        RunCommand.self, CompareCommand.self, WarmupCommand.self, SweepCommand.self, MergeCommand.self,
        SensitivityCommand.self, CalibrateCommand.self, ReportCommand.self, ExploreCommand.self, InitCommand.self,
        ValidateCommand.self,
        SchemaCommand.self,
        ImportCommand.self,
        ExportCommand.self, WorkshopCommand.self,
      ],
      sections: [
        outputFiles, exitStatus, environment, examples,
        HelpSection(nil, text: "The benchmarks: swift run -c release twin-bench --help"),
      ],
      commandHelpFooter: "Output files and exit statuses: community-twin --help.", offersCompletion: true)
  }

  static let outputFiles = HelpSection(
    "OUTPUT FILES (in the output folder; each is replaced atomically, never left half-written)",
    entries: [
      HelpEntry(
        "summary.json",
        "(run) Scenario name, file, SHA-256, bases (each base file and its SHA-256) and description; seed, "
          + "replications, antithetic, replication_rule, days, warm-up days; per metric: name, unit, mean, sd, "
          + "ci95_low, ci95_high, n, in the metric's unit; the interval is Student t's, cut to the values the unit "
          + "allows (shares 0–1, an index 0–100, counts and times ≥ 0; money is not cut). sd and the interval are "
          + "null with n < 2. provenance: tool, "
          + "version, commit (built in), os, os_version, architecture, swift, command_line, started (UTC, ISO 8601)."),
      HelpEntry(
        "comparison.json",
        "(compare) base, seed, replications, antithetic, replication_rule; per scenario its metrics as in "
          + "summary.json; differences: metric, unit, scenario, mean_diff, sd, ci95_low, ci95_high, n, "
          + "relative_change, significant (the 95% interval excludes 0); cost_effectiveness: cost_metric (each "
          + "scenario's added cost is its difference in it) and per scenario and key metric the cost per unit of "
          + "improvement (ratio, Fieller's ci95_low and ci95_high, null when not estimable), n and verdict; provenance "
          + "as in summary.json."),
      HelpEntry(
        "comparison.csv",
        "(compare) One row per scenario and metric: the summary, then the difference from the base, then for key "
          + "metrics the cost per unit of improvement with its interval and the verdict."),
      HelpEntry("replications.csv", "[scenario,]replication,metric,value: every metric of every run."),
      HelpEntry(
        "timeseries.csv",
        "[scenario,]replication,day,metric,value: daily series; day 0 is the first day after the warm-up, warm-up "
          + "days are negative."),
      HelpEntry(
        "distributions.csv",
        "[scenario,]replication,tier,bin_low_days,bin_high_days,count: requests resolved per tier and response-time "
          + "bin (edges 0, 0.5, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 180 days; the last bin's upper edge is inf)."
      ),
      HelpEntry(
        "warmup.csv",
        "(warmup) metric,day,mean,moving_average; beside it, provenance.json: {\"provenance\": …} as in summary.json."),
      HelpEntry(
        "runs.jsonl",
        "(sweep) One JSON object per finished run: run, point, replication, seed, parameters, metrics, events. "
          + "Appended, not replaced: a killed sweep leaves every finished run."),
      HelpEntry(
        "manifest.json",
        "(sweep, merge) The sweep file's name, SHA-256 and description, the base scenario's description, "
          + "parameters, design, metrics and their units, seed and shard; provenance as in summary.json."),
      HelpEntry(
        "points.csv",
        "(merge) point, parameters, n, then <metric>.mean, <metric>.ci95_low, <metric>.ci95_high per metric."),
      HelpEntry(
        "points_long.csv",
        "(merge) The same, tidy: point,metric,unit,n,mean,ci95_low,ci95_high, one row per point and metric; "
          + "parameters_long.csv: point,parameter,value (Docs/analysis.md)."),
      HelpEntry(
        "tornado.csv",
        "(sensitivity) One-at-a-time effects; indices.csv: standardized regression "
          + "coefficients and first-order Sobol indices; sensitivity.json: both, the sweep's name and design, and "
          + "provenance as in summary.json."),
      HelpEntry(
        "report.html",
        "(report) The report: every section of Docs/reports.md with inline SVG charts. report.md: its tables and "
          + "key findings in Markdown."),
      HelpEntry("explorer.html", "(explore) The sweep explorer page (Docs/sweeps.md)."),
      HelpEntry(
        "calibrated.json",
        "(calibrate) The scenario at the best point, a child of SCENARIO, naming its JSON Schema; its comment names "
          + "the build that wrote it. fit.csv: each target's fit there; "
          + "points.csv: every point evaluated; accepted.csv: the parameters of every point meeting every target not "
          + "held out (Docs/calibration.md); runs.jsonl and, beside it, provenance.json (the build that began the log, "
          + "checked by --resume)."),
      HelpEntry(
        "--checkpoint FILE",
        "(run) Every replication's whole state at the midnight of --checkpoint-day, written where the option says, "
          + "not in the output folder; versioned and checksummed; its header records provenance as in summary.json "
          + "(Docs/checkpoints.md)."),
    ])

  static let exitStatus = HelpSection(
    "EXIT STATUS",
    entries: [
      HelpEntry("\(ExitStatus.success.rawValue)", "Success."),
      HelpEntry("\(ExitStatus.usage.rawValue)", "Usage error: unknown command or option, missing or invalid value."),
      HelpEntry(
        "\(ExitStatus.dataError.rawValue)",
        "A scenario or sweep file is missing, unreadable or invalid (problems on stderr), or (merge) a run is "
          + "missing, or (sensitivity, report) DIR is not an output folder of run, compare or sweep, or (explore) DIR "
          + "is not a sweep's output folder or has no finished run, or (import) a table has a problem (each on "
          + "stderr as file:line:column), or (calibrate) a target or parameter file has a problem, or (--from) the "
          + "checkpoint file is not one, of another version, truncated, corrupted or from a build whose model differs, "
          + "or a scenario changes more than a fork may, or (sweep, calibrate) DIR already holds runs and --resume is not "
          + "given, or (merge, sweep --resume, calibrate --resume, --from) the results or the checkpoint were made by "
          + "another version or commit (--allow-other-version uses them anyway)."),
      HelpEntry(
        "\(ExitStatus.unavailable.rawValue)",
        "(workshop) The server cannot listen: the port is in use or the address is not this machine's."),
      HelpEntry(
        "\(ExitStatus.cannotCreate.rawValue)",
        "The output files cannot be written, or (run, compare) the output folder holds files community-twin did not "
          + "write (--force writes there anyway), or (init) the file exists already."),
    ])

  static let environment = HelpSection(
    "ENVIRONMENT",
    entries: [
      HelpEntry(
        "GLIBC_TUNABLES",
        "On Linux with glibc, where transparent huge pages are 'madvise', community-twin restarts itself once at "
          + "start with glibc.malloc.hugetlb=1 added, so that malloc asks for 2 MiB pages (a district of millions of "
          + "residents takes 3-20 % less time, by processor; no value changes). Naming glibc.malloc.hugetlb yourself (=0: off) "
          + "keeps it from doing so."),
      HelpEntry(
        "SOURCE_DATE_EPOCH",
        "Seconds since 1970: the start time that provenance records, instead of now (reproducible outputs)."),
    ])

  static let examples = HelpSection(
    "EXAMPLES",
    text: """
      community-twin validate Scenarios/baseline.json
      community-twin run Scenarios/baseline.json --replications 20 --seed 7
      community-twin compare Scenarios/baseline.json Scenarios/devolution.json \\
          Scenarios/ppp-funding.json Scenarios/staffing.json --replications 20
      community-twin warmup Scenarios/baseline.json --metric \(Metric.dailyOpenRequests.id)
      community-twin sweep Scenarios/sweeps/staffing-devolution.json
      community-twin merge results/staffing-devolution --out results/staffing-devolution/merged
      community-twin sensitivity results/staffing-devolution/merged
      community-twin report results/compare
      community-twin explore results/staffing-devolution/merged
      community-twin import Scenarios/import/example --base Scenarios/baseline.json --out district.json
      community-twin run --help
      community-twin completion bash > ~/.local/share/bash-completion/completions/community-twin
      """)
}
