/// Lists of event keys stored in fixed-size chunks drawn from one shared pool: the far
/// tier's time buckets.
///
/// Memory follows the number of keys held, plus at most one partly filled chunk per list,
/// not the sum of every list's peak (which, for a ring of a thousand buckets that each fill
/// up before they come due, would be megabytes). A drained list's chunks go back to the
/// pool in O(1) and are reused last-in first-out, while still in cache. The pool is raw
/// memory that the owner (``_TimeBuckets``) copies and frees explicitly.
@usableFromInline
struct _KeyChunks {
  /// Keys per chunk: 256 bytes, four cache lines.
  @usableFromInline static var chunkSize: Int { 16 }

  /// One list: chunks from `head` to `tail`, linked through the pool's `next`; every chunk
  /// is full except the tail, which holds the last `(count − 1) % chunkSize + 1` keys.
  @usableFromInline
  struct List {
    @usableFromInline var head: Int32 = -1
    @usableFromInline var tail: Int32 = -1
    /// Keys in the list.
    @usableFromInline var count = 0
    @usableFromInline init() {}
  }

  /// `capacity × chunkSize` keys.
  @usableFromInline var keys: UnsafeMutablePointer<_EventKey>?
  /// The chunk after each chunk in its list, or in the free list.
  @usableFromInline var next: UnsafeMutablePointer<Int32>?
  /// Chunks allocated.
  @usableFromInline var capacity = 0
  /// Chunks handed out at least once; chunks `used ..< capacity` have never been touched.
  @usableFromInline var used = 0
  /// The first free chunk (a stack through `next`), or −1.
  @usableFromInline var free: Int32 = -1

  @usableFromInline init() {}

  /// Appends `key` to `list`. O(1); allocates only when the pool doubles.
  @inline(__always)
  mutating func append(_ key: _EventKey, to list: inout List) {
    let offset = list.count & (Self.chunkSize &- 1)
    if offset == 0 {
      let chunk = takeChunk()
      if list.count == 0 { list.head = chunk } else { next.unsafelyUnwrapped[Int(list.tail)] = chunk }
      list.tail = chunk
    }
    keys.unsafelyUnwrapped[Int(list.tail) &* Self.chunkSize &+ offset] = key
    list.count &+= 1
  }

  /// A chunk from the free stack, or a fresh one. Amortized O(1).
  @inline(__always)
  mutating func takeChunk() -> Int32 {
    if free >= 0 {
      let chunk = free
      free = next.unsafelyUnwrapped[Int(chunk)]
      return chunk
    }
    if used == capacity { grow() }
    used &+= 1
    return Int32(truncatingIfNeeded: used &- 1)
  }

  /// Doubles the pool (at least 64 chunks).
  @usableFromInline
  mutating func grow() {
    precondition(capacity < Int(Int32.max) / 2, "too many far-future events")
    let newCapacity = Swift.max(64, capacity * 2)
    let newKeys = UnsafeMutablePointer<_EventKey>.allocate(capacity: newCapacity * Self.chunkSize)
    let newNext = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
    if let keys, let next {
      newKeys.moveInitialize(from: keys, count: used * Self.chunkSize)
      newNext.moveInitialize(from: next, count: used)
      keys.deallocate()
      next.deallocate()
    }
    keys = newKeys
    next = newNext
    capacity = newCapacity
  }

  /// Empties `list`, returning its chunks to the pool. O(1).
  @usableFromInline
  mutating func removeAll(_ list: inout List) {
    guard list.count > 0 else { return }
    next.unsafelyUnwrapped[Int(list.tail)] = free
    free = list.head
    list = List()
  }

  /// Calls `body` with each of `list`'s keys, in list order. O(count).
  @usableFromInline
  func forEachKey(of list: List, _ body: (_EventKey) -> Void) {
    var chunk = list.head
    for index in 0..<list.count {
      let offset = index & (Self.chunkSize &- 1)
      if index > 0 && offset == 0 { chunk = next.unsafelyUnwrapped[Int(chunk)] }
      body(keys.unsafelyUnwrapped[Int(chunk) &* Self.chunkSize &+ offset])
    }
  }

  /// An independent copy of the pool (chunk numbers unchanged, so lists stay valid). O(used).
  @usableFromInline
  func copy() -> _KeyChunks {
    var clone = self
    guard let keys, let next else { return clone }
    clone.keys = .allocate(capacity: capacity * Self.chunkSize)
    clone.keys.unsafelyUnwrapped.initialize(from: keys, count: used * Self.chunkSize)
    clone.next = .allocate(capacity: capacity)
    clone.next.unsafelyUnwrapped.initialize(from: next, count: used)
    return clone
  }

  /// Frees the pool; it must not be used afterwards.
  @usableFromInline
  func deallocate() {
    keys?.deallocate()
    next?.deallocate()
  }
}
