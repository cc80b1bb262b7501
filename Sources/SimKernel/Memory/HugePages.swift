#if os(Linux) && canImport(Glibc)
import Glibc
#endif

/// Transparent huge pages under large arrays read at random: advice to the operating system,
/// which changes no value, only how the memory is mapped.
///
/// Every memory access translates its address through the processor's TLB, a cache of a
/// few thousand page translations. With 4 KiB pages those cover some 8 MiB; an array read at
/// random beyond that (ten million residents' records, 120 MB) misses the TLB on nearly every
/// read, and each miss walks the page tables: more loads, themselves cache misses. Backed by
/// 2 MiB pages, the same array needs 60 translations, and the walks all but vanish.
///
/// Linux gives huge pages to memory that asks for them (`madvise(2)` with `MADV_HUGEPAGE`)
/// when its setting `/sys/kernel/mm/transparent_hugepage/enabled` is `madvise` (the usual
/// default) or `always`; with `never`, on other systems, or where the kernel refuses, the
/// advice does nothing and everything runs as before. Only whole 2 MiB pages inside a
/// region are advised, so an array under 4 MiB is left alone and a small model pays nothing.
public enum HugePages {
  /// The huge page size assumed [bytes]: 2 MiB, that of x86-64 and of arm64 with 4 KiB base
  /// pages.
  public static let size = 2 << 20

  /// Advises the whole huge pages inside `region`: page faults there get huge pages from now
  /// on (`MADV_HUGEPAGE`) and, with `collapse`, the pages already touched are copied into
  /// huge pages now (`MADV_COLLAPSE`, Linux 6.1 or later; before that the kernel's background
  /// `khugepaged` does it in its own time). The advice is a hint: refusals are ignored.
  /// - Returns: The bytes advised (0 where `region` holds no whole huge page, or off Linux).
  /// - Complexity: O(1) system calls; a collapse copies the touched bytes once (about 0.1 s
  ///   per gigabyte) and then finds them collapsed.
  @discardableResult
  public static func advise(_ region: UnsafeMutableRawBufferPointer, collapse: Bool) -> Int {
    guard let base = region.baseAddress else { return 0 }
    let start = (UInt(bitPattern: base) + UInt(size) - 1) & ~UInt(size - 1)
    let end = (UInt(bitPattern: base) + UInt(region.count)) & ~UInt(size - 1)
    guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return 0 }
    let bytes = Int(end - start)
    #if os(Linux) && canImport(Glibc)
    _ = madvise(aligned, bytes, MADV_HUGEPAGE)
    if collapse { _ = madvise(aligned, bytes, Self.madviseCollapse) }
    return bytes
    #else
    _ = aligned
    _ = collapse
    return 0
    #endif
  }

  /// Advises huge pages under `count` elements at `start`, a block just allocated: nothing
  /// in it is touched yet, so there is nothing to collapse (``advise(_:collapse:)``).
  /// - Returns: The bytes advised.
  @discardableResult
  public static func advise<Element>(fresh start: UnsafeMutablePointer<Element>, count: Int) -> Int {
    advise(
      UnsafeMutableRawBufferPointer(start: start, count: count * MemoryLayout<Element>.stride), collapse: false)
  }

  /// `MADV_COLLAPSE` (Linux 6.1, `<linux/mman.h>`), which Debian 12's C headers predate.
  static let madviseCollapse: Int32 = 25
}

extension Array {
  /// Advises huge pages under the array's elements and collapses the ones it already
  /// touches (``HugePages/advise(_:collapse:)``); makes the array's storage unique first, as
  /// any write would. The elements are unchanged.
  /// - Returns: The bytes advised (0 for an array under 4 MiB, or off Linux).
  @discardableResult
  public mutating func adviseHugePages() -> Int {
    withUnsafeMutableBytes { HugePages.advise($0, collapse: true) }
  }
}
