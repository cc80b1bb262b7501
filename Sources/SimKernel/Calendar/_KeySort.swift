/// Sorting event keys into the calendar's total order whatever their times: insertion sort
/// of blocks of 8, then bottom-up merges, over raw buffers and with no allocation (the caller
/// owns the scratch buffer). O(n log n) comparisons; stable, though keys are unique anyway.
/// ``_BucketSort`` falls back to it when a bucket's keys bunch at a few times.
@usableFromInline
enum _KeySort {
  /// Sorts `keys[0 ..< count]` ascending by ``_EventKey/precedes(_:)``, using
  /// `scratch[0 ..< count]` as working space. O(n log n).
  @usableFromInline
  static func sort(_ keys: UnsafeMutablePointer<_EventKey>, count: Int, scratch: UnsafeMutablePointer<_EventKey>) {
    let block = 8
    var start = 0
    while start < count {
      let end = Swift.min(start &+ block, count)
      var i = start &+ 1
      while i < end {
        let key = keys[i]
        var j = i
        while j > start && key.precedes(keys[j &- 1]) {
          keys[j] = keys[j &- 1]
          j &-= 1
        }
        keys[j] = key
        i &+= 1
      }
      start = end
    }
    var source = keys
    var target = scratch
    var width = block
    while width < count {
      var low = 0
      while low < count {
        let middle = Swift.min(low &+ width, count)
        let high = Swift.min(low &+ 2 &* width, count)
        var i = low
        var j = middle
        var out = low
        while i < middle && j < high {
          if source[j].precedes(source[i]) {
            target[out] = source[j]
            j &+= 1
          } else {
            target[out] = source[i]
            i &+= 1
          }
          out &+= 1
        }
        if i < middle { (target + out).update(from: source + i, count: middle &- i) }
        if j < high { (target + out).update(from: source + j, count: high &- j) }
        low = high
      }
      swap(&source, &target)
      width &*= 2
    }
    if source != keys { keys.update(from: source, count: count) }
  }
}
