import SimKernel
import Testing

@Suite struct HugePagesTests {
  /// Only whole 2 MiB pages inside a region are advised: the bytes advised are the region
  /// rounded inward to huge-page boundaries, whatever its start (on Linux; none elsewhere).
  @Test func advisesTheWholeHugePagesInsideARegionOnly() {
    let size = HugePages.size
    let block = UnsafeMutableRawPointer.allocate(byteCount: 6 * size, alignment: size)
    defer { block.deallocate() }
    for (offset, count) in [(0, 6 * size), (1, 6 * size - 1), (size - 1, 3 * size), (17, size), (0, 2 * size - 1)] {
      let region = UnsafeMutableRawBufferPointer(start: block + offset, count: count)
      let start = (offset + size - 1) / size * size
      let end = (offset + count) / size * size
      let expected = max(0, end - start)
      #if os(Linux)
      #expect(HugePages.advise(region, collapse: false) == expected, "offset \(offset), \(count) bytes")
      #else
      #expect(HugePages.advise(region, collapse: false) == 0)
      #endif
    }
  }

  /// Advice changes no value: an array collapsed into huge pages reads back unchanged, and a
  /// copy that shared its storage keeps its own values.
  @Test func adviceChangesNoValueAndLeavesACopyAlone() {
    var values = (0..<(1 << 20)).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }  // 8 MiB: 3 or 4 whole huge pages
    let copy = values
    let advised = values.adviseHugePages()
    #if os(Linux)
    #expect(advised >= 3 * HugePages.size && advised % HugePages.size == 0)
    #else
    #expect(advised == 0)
    #endif
    #expect(values == copy)
    values[0] = 1
    #expect(copy[0] == 0)
    var small = [1, 2, 3]
    #expect(small.adviseHugePages() == 0)
    #expect(small == [1, 2, 3])
  }
}
