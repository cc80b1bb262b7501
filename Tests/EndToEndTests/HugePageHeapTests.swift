import Foundation
import Testing
import _TwinTestSupport

@testable import community_twin

@Suite struct HugePageHeapTests {
  /// The restart adds the tunable to whatever is set, and happens only where the kernel gives
  /// huge pages on request and nobody chose otherwise.
  @Test func restartsOnlyWhereHugePagesComeOnRequestAndNobodyChoseOtherwise() {
    let madvise = "always [madvise] never\n"
    #expect(
      HugePageHeap.tunablesForRestart(current: nil, preload: nil, kernelSetting: madvise) == "glibc.malloc.hugetlb=1")
    #expect(
      HugePageHeap.tunablesForRestart(current: "", preload: nil, kernelSetting: madvise) == "glibc.malloc.hugetlb=1")
    #expect(
      HugePageHeap.tunablesForRestart(current: "glibc.mem.tagging=0", preload: nil, kernelSetting: madvise)
        == "glibc.mem.tagging=0:glibc.malloc.hugetlb=1")
    #expect(
      HugePageHeap.tunablesForRestart(current: "glibc.malloc.hugetlb=0", preload: nil, kernelSetting: madvise) == nil)
    #expect(
      HugePageHeap.tunablesForRestart(current: "glibc.malloc.hugetlb=1", preload: nil, kernelSetting: madvise) == nil)
    #expect(
      HugePageHeap.tunablesForRestart(
        current: nil, preload: "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so", kernelSetting: madvise) == nil)
    #expect(HugePageHeap.tunablesForRestart(current: nil, preload: nil, kernelSetting: "[always] madvise never") == nil)
    #expect(HugePageHeap.tunablesForRestart(current: nil, preload: nil, kernelSetting: "always madvise [never]") == nil)
    #expect(HugePageHeap.tunablesForRestart(current: nil, preload: nil, kernelSetting: nil) == nil)
  }

  /// Huge pages change how addresses are translated, never a value: a run with them (the
  /// default) and one with them turned off write byte-identical results.
  @Test func hugePagesChangeNoResult() throws {
    let scenario = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
    var folders: [String: URL] = [:]
    defer { for folder in folders.values { try? FileManager.default.removeItem(at: folder) } }
    for (name, tunables) in [("default", nil), ("off", "glibc.malloc.hugetlb=0")] as [(String, String?)] {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twin-huge-\(UUID().uuidString)")
      folders[name] = folder
      let run = try execute(
        at: Bundle.main.bundleURL.appendingPathComponent("community-twin").path,
        ["run", scenario, "--replications", "2", "--days", "20", "--warmup-days", "0", "--out", folder.path],
        environment: tunables.map { ["GLIBC_TUNABLES": $0] } ?? [:])
      #expect(run.status == 0, "\(name): \(run.stderr)")
    }
    for file in ["replications.csv", "timeseries.csv", "distributions.csv"] {
      let a = try Data(contentsOf: folders["default"]!.appendingPathComponent(file))
      let b = try Data(contentsOf: folders["off"]!.appendingPathComponent(file))
      #expect(a == b, "\(file) differs with huge pages off")
    }
  }
}
