// swift-tools-version:6.0
import PackageDescription

// CommunityTwin: a discrete-event digital twin of community resources.
//
// Design rule: no package dependencies. Libraries use the Swift standard library (the kernel),
// plus Foundation and Dispatch (experiments, CLI); tests use Swift Testing.
//
// Compile-time switches (pass with `-Xswiftc -D<NAME>`):
// - SIM_INTERNAL_CHECKS: O(n) invariant checks after every event-calendar mutation. Benchmarks
//   print a loud warning when built with it (or in debug). CI runs the kernel and model tests
//   built with it, in its own scratch path (`.ci/run`, Docs/testing.md).
//
// Layers (Docs/architecture.md), each depending only on those above it:
//   SimKernel        the engine: time, calendar, random streams, statistics, resources (stdlib)
//   CommunityModel   the domain: residents, requests, staff, facilities, money, metrics (stdlib)
//   FileFormats      bytes on disk: JSON values and text, CSV fields, SHA-256, atomic writes,
//                    locale-free numbers (Foundation)
//   ScenarioFiles    scenario and sweep files: reading, checking, problems with key paths
//   TwinExperiments  replications, common random numbers, paired statistics, the sequential
//                    rule, sweep designs and running, warm-up and sensitivity analysis
//   TwinOutputs      every output file's schema: writers, readers, terminal tables
//   TwinReports      self-contained HTML and Markdown reports and the sweep explorer
//   community-twin, twin-bench: the thin executables.
let package = Package(
  name: "community-twin",
  products: [
    .library(name: "SimKernel", targets: ["SimKernel"]),
    .library(name: "CommunityModel", targets: ["CommunityModel"]),
    .library(name: "ScenarioFiles", targets: ["ScenarioFiles"]),
    .library(name: "TwinExperiments", targets: ["TwinExperiments"]),
    .library(name: "TwinOutputs", targets: ["TwinOutputs"]),
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
    .target(name: "FileFormats"),
    .target(name: "ScenarioFiles", dependencies: ["FileFormats", "CommunityModel", "SimKernel"]),
    .target(name: "TwinExperiments", dependencies: ["ScenarioFiles", "CommunityModel", "SimKernel"]),
    .target(
      name: "TwinOutputs", dependencies: ["TwinExperiments", "ScenarioFiles", "FileFormats", "CommunityModel", "SimKernel"]),
    .target(
      name: "TwinReports", dependencies: ["TwinOutputs", "TwinExperiments", "ScenarioFiles", "FileFormats", "CommunityModel"]),

    // MARK: - Thin executables
    .executableTarget(
      name: "community-twin",
      dependencies: ["TwinReports", "TwinOutputs", "TwinExperiments", "ScenarioFiles", "FileFormats", "CommunityModel"]),
    .executableTarget(
      name: "twin-bench",
      dependencies: ["SimKernel", "ReferenceModels", "CommunityModel", "ScenarioFiles", "TwinExperiments"],
      path: "Benchmarks/twin-bench"),

    // MARK: - Tests
    // Fixtures, tags and switches shared by the test suites (not a product).
    .target(
      name: "_TwinTestSupport", dependencies: ["ScenarioFiles", "CommunityModel", "SimKernel"],
      path: "Tests/_TwinTestSupport"),
    .testTarget(name: "SimKernelTests", dependencies: ["SimKernel", "ReferenceModels", "_TwinTestSupport"]),
    .testTarget(
      name: "CommunityModelTests",
      dependencies: [
        "CommunityModel", "ScenarioFiles", "TwinExperiments", "TwinOutputs", "ReferenceModels", "_TwinTestSupport",
      ]),
    .testTarget(name: "FileFormatsTests", dependencies: ["FileFormats", "_TwinTestSupport"]),
    .testTarget(name: "ScenarioFilesTests", dependencies: ["ScenarioFiles", "FileFormats", "_TwinTestSupport"]),
    .testTarget(
      name: "TwinExperimentsTests", dependencies: ["TwinExperiments", "TwinOutputs", "ScenarioFiles", "_TwinTestSupport"]),
    .testTarget(name: "TwinOutputsTests", dependencies: ["TwinOutputs", "TwinExperiments", "_TwinTestSupport"]),
    // Fixtures (output folders) and snapshots are read by path (#filePath), not bundled.
    .testTarget(
      name: "TwinReportsTests", dependencies: ["TwinReports", "TwinOutputs", "FileFormats", "_TwinTestSupport"],
      exclude: ["Fixtures", "Snapshots"]),
    // Runs the built executables as a user would (exit codes, messages, output format).
    .testTarget(name: "EndToEndTests", dependencies: ["community-twin", "twin-bench", "_TwinTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
