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
// Later modules slot in between the kernel and the executables: `CommunityModel` (the domain,
// on SimKernel) and `TwinExperiments` (scenarios, replications, reports; Foundation + Dispatch).
let package = Package(
  name: "community-twin",
  products: [
    .library(name: "SimKernel", targets: ["SimKernel"]),
    .executable(name: "community-twin", targets: ["community-twin"]),
    .executable(name: "twin-bench", targets: ["twin-bench"]),
  ],
  targets: [
    // MARK: - Libraries
    .target(name: "SimKernel"),
    // Textbook queueing models on the kernel's public API, with their closed forms: the
    // kernel's validation suite and the `twin-bench mmc` workload.
    .target(name: "ReferenceModels", dependencies: ["SimKernel"]),

    // MARK: - Thin executables
    .executableTarget(name: "community-twin", dependencies: ["SimKernel"]),
    .executableTarget(
      name: "twin-bench", dependencies: ["SimKernel", "ReferenceModels"], path: "Benchmarks/twin-bench"),

    // MARK: - Tests
    .testTarget(name: "SimKernelTests", dependencies: ["SimKernel", "ReferenceModels"]),
    // Runs the built executables as a user would (exit codes, messages, output format).
    .testTarget(name: "EndToEndTests", dependencies: ["community-twin", "twin-bench"]),
  ],
  swiftLanguageModes: [.v6]
)
