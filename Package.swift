// swift-tools-version:6.2
import PackageDescription

// CommunityTwin: a discrete-event digital twin of community resources.
//
// Design rule: no package dependencies. Libraries use the Swift standard library (the kernel),
// plus Foundation, Dispatch and Synchronization (experiments, CLI); tests use Swift Testing.
//
// Toolchain and platforms: Swift 6.2 or later (`InlineArray` in the kernel and the model, and
// Swift Testing's exit tests, are 6.2). Linux needs nothing more; on macOS, `InlineArray` needs
// the Swift 6.2 runtime of macOS 26 (`Synchronization.Mutex` needs macOS 15). CI runs on Linux
// x86_64 with Swift 6.3.1; macOS is not tested (README, Set-up).
//
// Compile-time switches (pass with `-Xswiftc -D<NAME>`):
// - SIM_INTERNAL_CHECKS: O(n) invariant checks after every event-calendar mutation. Benchmarks
//   print a loud warning when built with it (or in debug). CI runs the kernel and model tests
//   built with it, in its own scratch path (`.ci/run`, Docs/testing.md).
//
// Layers (Docs/architecture.md), each depending only on those above it:
//   SimKernel        the engine: time, calendar, random streams, statistics, resources (stdlib)
//   CommunityModel   the domain: residents, requests, staff, facilities, money, metrics (stdlib)
//   FileFormats      bytes on disk: JSON values, the JSON writer and reader, CSV fields and
//                    tables, SHA-256, atomic writes, the number formatter, edit distance,
//                    the binary Codable coder of checkpoints
//   TwinServer       a small, bounded HTTP/1.1 server for the workshop game (a leaf; Dispatch, libc)
//   ScenarioFiles    scenario and sweep files: reading, checking, problems with key paths,
//                    a sweep's design points
//   TwinImport       a district's CSV tables to a scenario file and back (import, export)
//   TwinExperiments  replications, common random numbers, paired statistics, the sequential
//                    rule, sweep execution, warm-up and sensitivity analysis
//   TwinOutputs      every output file's schema: writers, readers, terminal tables
//   TwinReports      self-contained HTML and Markdown reports and the sweep explorer
//   TwinWorkshop     the workshop game: teams forking one community round by round, the menu,
//                    the debrief, its endpoints and page
//   TwinCommandLine  the executables' command-line layer: option tables that drive parsing,
//                    errors, per-command help and shell completion; failures by exit status
//   community-twin, twin-bench: the thin executables.
//
// Build-time provenance: BuildCommitPlugin (a build-tool plugin of this package, with its tool
// twin-build-commit; toolchain API only, no network, no `git` executable) generates
// community-twin's `buildCommit` from the files under `.git`, "unknown" without a repository
// (Docs/architecture.md, Provenance).
let package = Package(
  name: "community-twin",
  platforms: [.macOS(.v26)],
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
    .target(name: "TwinImport", dependencies: ["FileFormats", "ScenarioFiles", "CommunityModel"]),
    .target(name: "TwinExperiments", dependencies: ["ScenarioFiles", "CommunityModel", "SimKernel"]),
    .target(
      name: "TwinOutputs",
      dependencies: ["TwinExperiments", "ScenarioFiles", "FileFormats", "CommunityModel", "SimKernel"]),
    .target(
      name: "TwinReports",
      dependencies: ["TwinOutputs", "TwinExperiments", "ScenarioFiles", "FileFormats", "CommunityModel"]),
    // A small HTTP/1.1 server (Dispatch, Synchronization and the C library; depends on nothing of ours).
    .target(name: "TwinServer"),
    // The command-line layer both executables use (Foundation; FileFormats for did-you-mean).
    .target(name: "TwinCommandLine", dependencies: ["FileFormats"]),
    .target(
      name: "TwinWorkshop",
      dependencies: [
        "TwinServer", "TwinReports", "TwinOutputs", "TwinExperiments", "ScenarioFiles", "FileFormats", "CommunityModel",
      ]),

    // MARK: - Thin executables
    .executableTarget(
      name: "community-twin",
      dependencies: [
        "TwinCommandLine", "TwinReports", "TwinOutputs", "TwinExperiments", "TwinImport", "TwinWorkshop", "TwinServer",
        "ScenarioFiles", "FileFormats", "CommunityModel",
      ],
      plugins: ["BuildCommitPlugin"]),
    .executableTarget(
      name: "twin-bench",
      dependencies: [
        "TwinCommandLine", "SimKernel", "ReferenceModels", "CommunityModel", "ScenarioFiles", "TwinExperiments",
        "TwinWorkshop",
      ],
      path: "Benchmarks/twin-bench"),

    // MARK: - Build-time provenance
    .executableTarget(name: "twin-build-commit"),
    .plugin(
      name: "BuildCommitPlugin", capability: .buildTool(), dependencies: ["twin-build-commit"],
      path: "Sources/BuildCommitPlugin"),

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
      name: "TwinImportTests", dependencies: ["TwinImport", "ScenarioFiles", "FileFormats", "_TwinTestSupport"]),
    .testTarget(
      name: "TwinExperimentsTests",
      dependencies: ["TwinExperiments", "TwinOutputs", "ScenarioFiles", "_TwinTestSupport"]),
    .testTarget(name: "TwinCommandLineTests", dependencies: ["TwinCommandLine"]),
    .testTarget(name: "TwinServerTests", dependencies: ["TwinServer"]),
    .testTarget(name: "TwinOutputsTests", dependencies: ["TwinOutputs", "TwinExperiments", "_TwinTestSupport"]),
    // Fixtures (output folders) and snapshots are read by path (#filePath), not bundled.
    .testTarget(
      name: "TwinReportsTests", dependencies: ["TwinReports", "TwinOutputs", "FileFormats", "_TwinTestSupport"],
      exclude: ["Fixtures", "Snapshots"]),
    // Runs the built executables as a user would (exit codes, messages, output format).
    .testTarget(
      name: "TwinWorkshopTests",
      dependencies: [
        "TwinWorkshop", "TwinServer", "TwinOutputs", "TwinExperiments", "ScenarioFiles", "CommunityModel",
        "SimKernel", "_TwinTestSupport",
      ]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "community-twin", "twin-bench", "TwinCommandLine", "TwinOutputs", "CommunityModel", "FileFormats",
        "_TwinTestSupport",
      ]),
  ],
  swiftLanguageModes: [.v6]
)

// Test code is compiled without optimisation in release builds too (CI builds the tests in
// release twice: the internal-checks stage and the slow gate). The code under test is still
// optimised; optimising the tests themselves took about half of each release test build.
for target in package.targets where target.type == .test {
  target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Onone"], .when(configuration: .release))]
}
