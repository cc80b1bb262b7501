import TwinCommandLine

/// `community-twin validate`: checks a scenario file and prints a one-line overview of the
/// district and a line with its workload estimate, or every problem in the file (a data
/// error, 65).
enum ValidateCommand: Subcommand {
  static let spec = CommandSpec(
    "validate", positional: CommonArguments.scenario,
    examples: ["validate Scenarios/baseline.json"],
    summary: "Check the scenario file, listing every problem in it; if it is valid, print a one-line overview of "
      + "the district and a line with its workload (events per simulated day and per replication; a file whose "
      + "replication would take hours is refused).")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let path = arguments.argument
    let scenario = try loadScenario(path).scenario
    printOutput("\(path): OK — \(scenario.overview)")
    printOutput("Workload: \(scenario.workloadEstimate.summary)")
  }
}
