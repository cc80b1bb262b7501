/// A fixed row of write-once slots that worker threads fill in parallel, one index each, so
/// results come back in index order whatever order the workers finish in.
///
/// **Invariant (the whole of the thread-safety argument):** every index is written at most
/// once, by one thread, and ``collect()`` is called only after every write has completed and
/// is visible to the caller (e.g. after `DispatchQueue.concurrentPerform` or a
/// `DispatchGroup.wait()` returns). Distinct indices are distinct memory locations, so writers
/// never race with each other; that is why the class can be `@unchecked Sendable` without a
/// lock. A second write to the same index is a bug: it traps in debug builds (`assert`); in
/// release builds it is not checked.
///
/// Storage is a manually allocated buffer of `T?`, not a Swift `Array`: concurrent element
/// writes through an array held in a class property would race on the array's copy-on-write
/// check.
public final class ResultSlots<T>: @unchecked Sendable {
  /// Number of slots.
  public let count: Int
  private let storage: UnsafeMutablePointer<T?>

  /// `count` empty slots. O(count) time and memory.
  /// - Precondition: `count` ≥ 0.
  public init(count: Int) {
    precondition(count >= 0, "ResultSlots: negative count \(count)")
    self.count = count
    storage = UnsafeMutablePointer<T?>.allocate(capacity: Swift.max(count, 1))
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Stores `value` in slot `index`. O(1). Safe to call from any thread, provided no other
  /// call uses the same `index` (see the type's invariant).
  /// - Precondition: 0 ≤ `index` < ``count``; in debug builds, the slot is still empty.
  public func store(_ value: T, at index: Int) {
    precondition(index >= 0 && index < count, "ResultSlots: index \(index) out of 0..<\(count)")
    assert(storage[index] == nil, "ResultSlots: slot \(index) written twice")
    storage[index] = value
  }

  /// The values in index order. O(count).
  /// - Precondition: every slot has been written, and every write happened before this call.
  public func collect() -> [T] {
    (0..<count).map { index in
      guard let value = storage[index] else { preconditionFailure("ResultSlots: slot \(index) never written") }
      return value
    }
  }
}
