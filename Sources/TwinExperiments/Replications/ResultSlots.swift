import Synchronization

/// A fixed row of write-once slots that worker threads fill in parallel, one index each, so
/// results come back in index order whatever order the workers finish in.
///
/// The slots live behind a `Mutex`, so any thread may store and the compiler checks the
/// sharing (`T` is `Sendable`; no `@unchecked`). Each slot is written exactly once: a second
/// write to a slot, or collecting while a slot is still empty, is a bug in the caller and
/// traps, in every build, naming the slot. One lock round-trip per store is nothing beside a
/// replication's work.
public final class ResultSlots<T: Sendable>: Sendable {
  /// Number of slots.
  public let count: Int
  private let slots: Mutex<[T?]>

  /// `count` empty slots. O(count) time and memory.
  /// - Precondition: `count` ≥ 0.
  public init(count: Int) {
    precondition(count >= 0, "ResultSlots: negative count \(count)")
    self.count = count
    slots = Mutex(Array(repeating: nil, count: count))
  }

  /// Stores `value` in slot `index`. O(1). Safe to call from any thread.
  /// - Precondition: 0 ≤ `index` < ``count``, and slot `index` is still empty.
  public func store(_ value: T, at index: Int) {
    precondition(index >= 0 && index < count, "ResultSlots: index \(index) out of 0..<\(count)")
    let wasEmpty = slots.withLock { slots in
      guard slots[index] == nil else { return false }
      slots[index] = value
      return true
    }
    precondition(wasEmpty, "ResultSlots: slot \(index) written twice (each slot is written once)")
  }

  /// The values in index order. O(count).
  /// - Precondition: every slot has been written.
  public func collect() -> [T] {
    slots.withLock { slots in
      slots.enumerated().map { index, value in
        guard let value else { preconditionFailure("ResultSlots: slot \(index) of 0..<\(count) never written") }
        return value
      }
    }
  }
}
