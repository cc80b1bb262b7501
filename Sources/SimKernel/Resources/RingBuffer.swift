/// A growable FIFO ring buffer: O(1) append and pop at either end, no allocation once grown.
///
/// The kernel's waiting lines use it instead of `Array.removeFirst()` (which is O(n)).
public struct RingBuffer<Element> {
  @usableFromInline var _slots: ContiguousArray<Element?>
  @usableFromInline var _head = 0
  @usableFromInline var _count: Int = 0
  /// Number of elements.
  public var count: Int { _count }

  /// An empty buffer with room for `capacity` elements before it first grows.
  public init(reservingCapacity capacity: Int = 16) {
    _slots = ContiguousArray(repeating: nil, count: Swift.max(capacity, 1))
  }

  @inlinable public var isEmpty: Bool { _count == 0 }

  /// The oldest element. O(1).
  @inlinable public var first: Element? { _count == 0 ? nil : _slots[_head] }

  /// The element `offset` places from the front. O(1).
  /// - Precondition: `0 <= offset < count`.
  @inlinable
  public subscript(offset: Int) -> Element {
    precondition(offset >= 0 && offset < _count, "RingBuffer index \(offset) out of range 0..<\(_count)")
    return _slots[_physical(offset)].unsafelyUnwrapped
  }

  @inlinable
  func _physical(_ offset: Int) -> Int {
    let i = _head &+ offset
    return i >= _slots.count ? i &- _slots.count : i
  }

  /// Appends at the back. Amortized O(1).
  @inlinable @inline(__always)
  public mutating func append(_ element: Element) {
    if _count == _slots.count { _grow() }
    _slots[_physical(_count)] = element
    _count &+= 1
  }

  /// Removes and returns the front element, or `nil`. O(1).
  @inlinable @inline(__always)
  public mutating func popFirst() -> Element? {
    guard _count > 0 else { return nil }
    let element = _slots[_head]
    _slots[_head] = nil
    _head = _head &+ 1 == _slots.count ? 0 : _head &+ 1
    _count &-= 1
    return element
  }

  /// Removes the element `offset` places from the front, keeping the order of the rest.
  /// - Complexity: O(count − offset).
  @inlinable @discardableResult
  public mutating func remove(at offset: Int) -> Element {
    let element = self[offset]
    var i = offset
    while i < _count - 1 {
      _slots[_physical(i)] = _slots[_physical(i + 1)]
      i += 1
    }
    _slots[_physical(_count - 1)] = nil
    _count -= 1
    return element
  }

  @usableFromInline
  mutating func _grow() {
    var bigger = ContiguousArray<Element?>(repeating: nil, count: _slots.count * 2)
    for i in 0..<_count { bigger[i] = _slots[_physical(i)] }
    _slots = bigger
    _head = 0
  }
}

extension RingBuffer: Sendable where Element: Sendable {}

extension RingBuffer: Codable where Element: Codable {}
