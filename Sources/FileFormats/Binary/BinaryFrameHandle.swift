/// Names one open container of an encoding or a decoding in progress: its depth (1 for the
/// container of the top-level value; 0 names the top level itself) and the serial number it
/// was opened with, so that a container used after it was closed is recognised and refused.
/// Eight bytes, so containers holding one fit an existential's inline buffer.
struct BinaryFrameHandle: Equatable {
  var depth: Int32
  var serial: UInt32

  static let topLevel = BinaryFrameHandle(depth: 0, serial: 0)
}
