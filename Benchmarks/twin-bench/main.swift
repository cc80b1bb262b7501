// twin-bench: performance benchmarks for CommunityTwin. Run release builds only:
//   swift run -c release twin-bench <benchmark> [options]
// Each benchmark prints one JSON line on stdout; warnings go to stderr.

import Foundation

let usage = """
  USAGE: twin-bench <benchmark> [--option value ...]

  BENCHMARKS:
  \(MMCBenchmark.help)

  \(MinimalMMCBenchmark.help)

  \(CalendarHoldBenchmark.help)

  \(CommunityBenchmark.help)

  \(ParallelBenchmark.help)

  Results and the machine they were measured on: Benchmarks/README.md.

  """

let commandLine = Array(CommandLine.arguments.dropFirst())
if commandLine.isEmpty || ["-h", "--help", "help"].contains(commandLine[0]) {
  print(usage, terminator: "")
  exit(0)
}
warnIfNotRelease()
do {
  var arguments = try BenchmarkArguments(commandLine)
  switch arguments.command {
  case "mmc": print(try MMCBenchmark.run(&arguments))
  case "mmc-minimal": print(try MinimalMMCBenchmark.run(&arguments))
  case "compare-mmc": print(try MinimalMMCBenchmark.compare(&arguments))
  case "calendar-hold": print(try CalendarHoldBenchmark.run(&arguments))
  case "community": print(try CommunityBenchmark.run(&arguments))
  case "parallel": print(try ParallelBenchmark.run(&arguments))
  default: throw UsageError("unknown benchmark '\(arguments.command)'")
  }
} catch let error as UsageError {
  printError("twin-bench: error: \(error.message)\nRun 'twin-bench --help' for usage.\n")
  exit(64)
} catch {
  printError("twin-bench: error: \(error)\n")
  exit(1)
}
