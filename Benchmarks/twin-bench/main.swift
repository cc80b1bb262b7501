// twin-bench: performance benchmarks for CommunityTwin. Run release builds only:
//   swift run -c release twin-bench <benchmark> [options]
// Each benchmark declares its option table (TwinCommandLine: parsing, errors, per-benchmark
// help) and prints one JSON line on stdout; warnings go to stderr. Only this file exits.

import Foundation

exit(TwinBench.program.run(Array(CommandLine.arguments.dropFirst())).rawValue)
