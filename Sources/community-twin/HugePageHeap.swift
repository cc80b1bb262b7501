import Foundation

#if os(Linux) && canImport(Glibc)
import Glibc
#endif

/// Transparent huge pages for the whole heap: on Linux with glibc, `community-twin` restarts
/// itself once, at the very start, with `glibc.malloc.hugetlb=1` added to `GLIBC_TUNABLES`, so
/// that malloc asks the kernel for 2 MiB pages (`madvise(MADV_HUGEPAGE)`) under all it
/// allocates. glibc reads its tunables only when a program starts, hence the restart.
///
/// Why: a district of ten million residents holds about a gigabyte of records, read at
/// random. With 4 KiB pages the processor's TLB covers about 8 MiB of them, so nearly every
/// read also walks the page tables; with huge pages it covers all of them. The imported
/// city's first 60 days took 0.80–0.83 of the time, run side by side with and without, on a
/// Zen 4 processor (`Benchmarks/history/10-huge-pages.md`); its year 0.81–0.97 on a Zen 5 with
/// twice the L2 (`11-a-new-machine.md`). Values do not change: only how addresses are
/// translated.
///
/// Nothing happens when `GLIBC_TUNABLES` already names `glibc.malloc.hugetlb` (the restarted
/// process, or a user's choice: `glibc.malloc.hugetlb=0` turns this off), when the kernel's
/// setting (`/sys/kernel/mm/transparent_hugepage/enabled`) is not `madvise` (`always` gives
/// huge pages anyway, `never` none), under valgrind (which would stop measuring at the
/// restart), or when the restart fails (the run goes on as it is).
enum HugePageHeap {
  static let tunable = "glibc.malloc.hugetlb"

  /// Restarts this process with huge pages for malloc, if that is useful and not chosen
  /// otherwise; returns only if it does not restart.
  static func restartIfUseful() {
    #if os(Linux) && canImport(Glibc)
    let tunables = environment("GLIBC_TUNABLES")
    guard
      let value = tunablesForRestart(
        current: tunables, preload: environment("LD_PRELOAD"), kernelSetting: kernelSetting()),
      setenv("GLIBC_TUNABLES", value, 1) == 0
    else { return }
    _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
    // Still here: the restart failed. Go on as before, leaving the environment as it was.
    if let tunables { setenv("GLIBC_TUNABLES", tunables, 1) } else { unsetenv("GLIBC_TUNABLES") }
    #endif
  }

  /// The `GLIBC_TUNABLES` to restart with (`current` with the tunable added), or `nil` not to
  /// restart: `current` names the tunable already, `preload` (`LD_PRELOAD`) is valgrind's, or
  /// the kernel's setting is not `madvise`.
  static func tunablesForRestart(current: String?, preload: String?, kernelSetting: String?) -> String? {
    guard !(current ?? "").contains(tunable), !(preload ?? "").contains("vgpreload"),
      kernelSetting?.contains("[madvise]") == true
    else { return nil }
    return (current.map { $0.isEmpty ? "" : $0 + ":" } ?? "") + tunable + "=1"
  }

  #if os(Linux) && canImport(Glibc)
  private static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

  /// The kernel's transparent huge page setting, e.g. `always [madvise] never`.
  private static func kernelSetting() -> String? {
    try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
  }
  #endif
}
