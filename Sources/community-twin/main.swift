// community-twin: the command-line front end. Thin by design: it parses arguments and hands
// the work to the libraries. The community model and its `run` / `validate` commands arrive
// with the model (issue 3); until then this binary only describes itself.

import Foundation

let version = "0.1.0"

let usage = """
  community-twin \(version): a discrete-event digital twin of community resources.

  USAGE: community-twin <command> [options]

  COMMANDS (arriving with the community model):
    run SCENARIO       Run a scenario file and report satisfaction, response times and
                       utilization with 95% confidence intervals.
    validate SCENARIO  Check a scenario file and list every problem.

  OPTIONS:
    -h, --help         Show this help.
    --version          Show the version.

  The simulation kernel can be exercised now with the benchmark tool:
    swift run -c release twin-bench mmc --lambda 9.5 --mu 1 --servers 10 --customers 2000000

  """

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(
    Data("community-twin: error: \(message)\nRun 'community-twin --help' for usage.\n".utf8))
  exit(64)  // EX_USAGE
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case nil, "-h", "--help", "help":
  print(usage, terminator: "")
case "--version":
  print(version)
case "run", "validate":
  fail("'\(arguments[0])' needs the community model, which is not built yet (see README.md).")
case let other?:
  fail("unknown command or option '\(other)'.")
}
