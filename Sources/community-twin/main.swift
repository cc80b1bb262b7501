// community-twin: the command-line front end. Thin by design: it parses arguments
// (Arguments.swift), hands the work to TwinExperiments (one file per command) and prints the
// results.

import CommunityModel
import Foundation
import TwinExperiments

let version = "0.4.0"

let usage = """
  community-twin \(version): a discrete-event digital twin of community resources.

  USAGE: community-twin run SCENARIO [options]
         community-twin compare BASE OTHER... [options]
         community-twin warmup SCENARIO [warmup options]
         community-twin sweep SWEEP [--out DIR] [--threads T] [--shard I/N] [--resume] [--quiet]
         community-twin merge DIR... --out DIR
         community-twin sensitivity DIR [--out DIR]
         community-twin report DIR [--html FILE] [--markdown FILE]
         community-twin explore SWEEP_DIR [--html FILE]
         community-twin validate SCENARIO
         community-twin --help | --version

  COMMANDS:
    run SCENARIO        Simulate the scenario file SCENARIO (JSON) for independent
                        replications in parallel, print every metric's mean and 95%
                        confidence interval, and write summary.json, replications.csv,
                        timeseries.csv and distributions.csv.
    compare BASE OTHER...
                        Simulate every scenario with the same random numbers replication by
                        replication (common random numbers), print each key metric's mean
                        and 95% confidence interval per scenario and each scenario's paired
                        difference from BASE with its 95% confidence interval and whether
                        it is clear; write comparison.json, comparison.csv,
                        replications.csv, timeseries.csv and distributions.csv. Every scenario runs with BASE's
                        days, warm-up, seed and replications unless the options say others.
    warmup SCENARIO     Help choose a warm-up: simulate from an empty district for the
                        scenario's warm-up plus days, smooth each daily series averaged over
                        replications (Welch's method), print the day each series settles
                        and a chart, and write warmup.csv.
    sweep SWEEP         Run a parameter sweep file (Docs/sweeps.md): every design point ×
                        replication, each run appended to DIR/runs.jsonl and flushed to disk
                        as it finishes. Run i is point i / R, replication i mod R, and
                        shares its random numbers with every point's replication i mod R.
    merge DIR...        Combine the output folders of a sweep's shards into --out DIR
                        (runs.jsonl in run order, manifest.json, points.csv: per point the
                        parameters, then mean and 95% CI of each metric); report missing and
                        duplicate runs (exit 65 if any run is missing).
    sensitivity DIR     From a (merged) sweep folder: one-at-a-time effects (tornado.csv)
                        or standardized regression coefficients and first-order Sobol
                        indices (indices.csv), and sensitivity.json.
    report DIR          From the output folder DIR of run, compare, sweep or merge: one
                        self-contained HTML report (inline SVG charts, no network; prints
                        on A4) and a Markdown summary with the same tables and key
                        findings (Docs/reports.md). Default: DIR/report.html and
                        DIR/report.md; --html FILE and --markdown FILE write elsewhere.
    explore SWEEP_DIR   From a sweep's (or merge's) output folder: one self-contained HTML
                        page for workshops, a slider per swept parameter that stops at the
                        computed values (snapping to the nearest computed point), the
                        selected point's metrics with 95% CIs, each metric against the
                        parameter moved and trade-off charts, redrawn in the browser, with
                        the sweep's and base scenario's descriptions (Docs/sweeps.md).
                        Default: SWEEP_DIR/explorer.html; --html FILE writes elsewhere.
    validate SCENARIO   Check the scenario file, listing every problem in it; if it is
                        valid, print a one-line overview of the district.

  RUN AND COMPARE OPTIONS (option value, or option=value):
    --replications N    Replications of each scenario, a whole number ≥ 1, or 'auto'.
                        Default: from the (base) scenario file.
    --replications auto Add replications until every key metric's 95% confidence interval
                        is within ±precision of its mean in every scenario (checked from 10;
                        the chosen count is reported).
    --precision P       With auto: the relative half-width, 0 < P < 1. Default: 0.05 (±5%).
    --precision-of levels|differences
                        With auto: what must be known to ±P. levels (default): each
                        scenario's mean, relative to it. differences (compare only): each
                        scenario's paired change from the base, relative to the base's
                        mean; under common random numbers usually needs fewer replications.
    --max-replications M
                        With auto: the cap, ≥ 1. Default: 200.
    --antithetic        Run replications in antithetic pairs (the second of each pair uses
                        1 − u for every random number u); intervals then count pairs.
                        Needs an even number of replications.
    --seed S            Master random seed, a whole number 0 ... 2^64 − 1. Replication r
                        always uses the same random streams for a given S.
                        Default: from the (base) scenario file.
    --days D            Simulated days after the warm-up [days], ≥ 1.
                        Default: from the (base) scenario file.
    --warmup-days W     Days simulated first and left out of every statistic [days], ≥ 0.
                        Default: from the (base) scenario file (run.warmup_days; 30 when
                        the file does not set it; the baseline sets 365).
    --threads T         Worker threads, ≥ 1. Results are identical for every T.
                        Default: all cores (\(ProcessInfo.processInfo.activeProcessorCount) here).
    --out DIR           Output directory, created if missing. Default: run:
                        results/<scenario name>/; compare: results/compare/.
    --format F          What to print on stdout: table (default, for reading), json (the
                        content of summary.json or comparison.json) or csv (run: name,unit,
                        mean,sd,ci95_low,ci95_high,n per metric; compare: comparison.csv).
    --quiet             No progress bar. (The bar is drawn on stderr only when stderr is a
                        terminal.)

  WARMUP OPTIONS:
    --metric M          The daily series to chart. Default: \(WarmupStudy.defaultSeries).
    --replications N    Replications to average, ≥ 2. Default: 5.
    --days D            Days to study from the start [days]. Default: the scenario's
                        warm-up plus days.
    --window W          Half-window of the moving average [days], 1 ... D/4. Default: 14
                        (a 29-day window).
    --tolerance F       A series counts as settled once its smoothed curve stays within
                        ±F of its level over the second half, 0 < F < 1. Default: 0.02.
    --seed S, --threads T, --quiet
                        As for run. --out DIR: default results/<scenario name>/warmup/.

  SWEEP OPTIONS:
    --out DIR           Output folder. Default: results/<sweep name>/, or
                        results/<sweep name>/shard-I-of-N/ with --shard.
    --shard I/N         Run only the runs with index mod N = I (0 ≤ I < N), for job arrays
                        (Docs/cluster.md). Default: all runs.
    --resume            Continue the sweep in DIR: skip finished runs, redo a run cut off
                        mid-write. Without it, a DIR that already holds runs is refused.
    --threads T, --quiet
                        As for run.
    sensitivity --out DIR: where to write (default: the sweep folder itself).

  OUTPUT FILES (in DIR; each is replaced atomically, never left half-written):
    summary.json        (run) Scenario name, file, SHA-256, bases (each base file and its
                        SHA-256) and description; seed, replications,
                        antithetic, replication_rule, days, warm-up days; per metric: name, unit, mean, sd,
                        ci95_low, ci95_high, n, in the metric's unit. sd and the interval
                        are null with n < 2.
    comparison.json     (compare) base, seed, replications, antithetic, replication_rule;
                        per scenario its metrics as in summary.json; differences: metric,
                        unit, scenario, mean_diff, sd, ci95_low, ci95_high, n,
                        relative_change, significant (the 95% interval excludes 0).
    comparison.csv      (compare) One row per scenario and metric: the summary, then the
                        difference from the base.
    replications.csv    [scenario,]replication,metric,value: every metric of every run.
    timeseries.csv      [scenario,]replication,day,metric,value: daily series; day 0 is
                        the first day after the warm-up, warm-up days are negative.
    distributions.csv   [scenario,]replication,tier,bin_low_days,bin_high_days,count:
                        requests resolved per tier and response-time bin (edges 0, 0.5, 1,
                        2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 180 days; the last bin's
                        upper edge is inf).
    warmup.csv          (warmup) metric,day,mean,moving_average.
    runs.jsonl          (sweep) One JSON object per finished run: run, point,
                        replication, seed, parameters, metrics, events. Appended, not
                        replaced: a killed sweep leaves every finished run.
    manifest.json       (sweep, merge) The sweep file's name, SHA-256 and description,
                        the base scenario's description, parameters, design, metrics
                        and their units, seed and shard.
    points.csv          (merge) point, parameters, n, then <metric>.mean,
                        <metric>.ci95_low, <metric>.ci95_high per metric.
    report.html         (report) The report: every section of Docs/reports.md with inline
                        SVG charts. report.md: its tables and key findings in Markdown.

  OPTIONS:
    -h, --help          Show this help.
    --version           Show the version.

  EXIT STATUS:
    0    Success.
    64   Usage error: unknown command or option, missing or invalid value.
    65   A scenario file is missing, unreadable or invalid (problems on stderr), or
         (report) DIR is not an output folder of run, compare or sweep, or
         (explore) SWEEP_DIR is not a sweep's output folder or has no finished run.
    73   The output files cannot be written.

  EXAMPLES:
    community-twin validate Scenarios/baseline.json
    community-twin run Scenarios/baseline.json --replications 20 --seed 7
    community-twin run Scenarios/baseline.json --format csv > baseline.csv
    community-twin compare Scenarios/baseline.json Scenarios/devolution.json \\
        Scenarios/ppp-funding.json Scenarios/staffing.json --replications 20
    community-twin compare Scenarios/baseline.json Scenarios/staffing.json \\
        --replications auto --precision 0.02
    community-twin warmup Scenarios/baseline.json --metric \(Metric.dailyOpenRequests.id)
    community-twin sweep Scenarios/sweeps/staffing-devolution.json
    community-twin merge results/staffing-devolution --out results/staffing-devolution/merged
    community-twin sensitivity results/staffing-devolution/merged
    community-twin report results/compare
    community-twin explore results/staffing-devolution/merged

  The benchmarks: swift run -c release twin-bench --help

  """

func validate(_ path: String) {
  let scenario = loadScenario(path).scenario
  print("\(path): OK — \(scenario.overview)")
}

do throws(UsageError) {
  switch try parseCommandLine(Array(CommandLine.arguments.dropFirst())) {
  case .help: print(usage, terminator: "")
  case .version: print(version)
  case .validate(let path): validate(path)
  case .run(let options): run(options)
  case .compare(let options): compare(options)
  case .warmup(let options): warmup(options)
  case .sweep(let options): sweep(options)
  case .merge(let folders, let out): merge(folders: folders, out: out)
  case .sensitivity(let folder, let out): sensitivity(folder: folder, out: out)
  case .report(let options): report(options)
  case .explore(let folder, let html): explore(folder: folder, html: html)
  }
} catch {
  var message = "community-twin: error: \(error.message)\n"
  if let hint = error.hint { message += hint + "\n" }
  message += "Run 'community-twin --help' for usage."
  printError(message)
  exit(ExitStatus.usage)
}
