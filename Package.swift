// swift-tools-version:6.0
import PackageDescription

// CommunityTwin: a discrete-event digital twin of community resources.
//
// Design rule: no package dependencies. Libraries use the Swift standard library (the kernel),
// plus Foundation and Dispatch (experiments, CLI); tests use Swift Testing.
//
// Compile-time switches (pass with `-Xswiftc -D<NAME>`):
// - SIM_INTERNAL_CHECKS: O(n) invariant checks after every event-calendar mutation. Benchmarks
//   print a loud warning when built with it (or in debug).
//
// Layers: `SimKernel` (engine, standard library only) ← `CommunityModel` (the domain: residents,
// requests, workers, facilities, satisfaction; standard library only) ← `TwinExperiments`
// (scenario files, replications, summaries, output files; Foundation + Dispatch) ← `TwinReports`
// (HTML and Markdown reports of output folders; Foundation) ← the thin executables.
let package = Package(
  name: "community-twin",
  products: [
    .library(name: "SimKernel", targets: ["SimKernel"]),
    .library(name: "CommunityModel", targets: ["CommunityModel"]),
    .library(name: "TwinExperiments", targets: ["TwinExperiments"]),
    .library(name: "TwinReports", targets: ["TwinReports"]),
    .executable(name: "community-twin", targets: ["community-twin"]),
    .executable(name: "twin-bench", targets: ["twin-bench"]),
  ],
  targets: [
    // MARK: - Libraries
    .target(name: "SimKernel"),
    // Textbook queueing models on the kernel's public API, with their closed forms: the
    // kernel's validation suite and the `twin-bench mmc` workload.
    .target(name: "ReferenceModels", dependencies: ["SimKernel"]),
    .target(name: "CommunityModel", dependencies: ["SimKernel"]),
    .target(name: "TwinExperiments", dependencies: ["SimKernel", "CommunityModel"]),
    // Self-contained HTML and Markdown reports (inline SVG charts) read from the output folders
    // of `run`, `compare` and `sweep`; Foundation only.
    .target(name: "TwinReports", dependencies: ["TwinExperiments", "CommunityModel"]),

    // MARK: - Thin executables
    .executableTarget(name: "community-twin", dependencies: ["TwinExperiments", "TwinReports"]),
    .executableTarget(
      name: "twin-bench", dependencies: ["SimKernel", "ReferenceModels", "TwinExperiments"], path: "Benchmarks/twin-bench"),

    // MARK: - Tests
    .testTarget(name: "SimKernelTests", dependencies: ["SimKernel", "ReferenceModels"]),
    .testTarget(name: "CommunityModelTests", dependencies: ["CommunityModel", "TwinExperiments", "ReferenceModels"]),
    .testTarget(name: "TwinExperimentsTests", dependencies: ["TwinExperiments"]),
    // Fixtures (output folders) and snapshots are read by path (#filePath), not bundled.
    .testTarget(name: "TwinReportsTests", dependencies: ["TwinReports"], exclude: ["Fixtures", "Snapshots"]),
    // Runs the built executables as a user would (exit codes, messages, output format).
    .testTarget(name: "EndToEndTests", dependencies: ["community-twin", "twin-bench"]),
  ],
  swiftLanguageModes: [.v6]
)
