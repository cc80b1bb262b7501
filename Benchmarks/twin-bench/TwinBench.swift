import TwinCommandLine

/// The `twin-bench` program: its benchmarks, in the order the help lists them.
enum TwinBench {
  static var program: Program {
    Program(
      name: "twin-bench", version: nil, headline: "performance benchmarks for CommunityTwin (release builds only).",
      commandNoun: "benchmark",
      commands: [
        MMCBenchmark.self, MinimalMMCBenchmark.self, CompareMMCBenchmark.self, CalendarHoldBenchmark.self,
        CommunityBenchmark.self, ParallelBenchmark.self, WorkshopBenchmark.self,
      ],
      sections: [
        HelpSection(
          nil,
          text: "Each benchmark prints one JSON line on stdout; warnings go to stderr. Run release builds only:\n"
            + "  swift run -c release twin-bench <benchmark> [options]\n"
            + "Results and the machine they were measured on: Benchmarks/README.md.")
      ],
      commandHelpFooter: "Results and the machine they were measured on: Benchmarks/README.md.", offersCompletion: false
    )
  }
}
