import FileFormats
import Foundation
import TwinExperiments

/// A checkpoint file (`run --checkpoint-day D --checkpoint FILE`; `run --from FILE`): every
/// replication of a run stopped at one midnight, whole (event calendar, random streams,
/// residents, requests, money), so that a later run goes on from it, unchanged or forked
/// (`Docs/checkpoints.md`).
///
/// Layout, integers little-endian:
///
/// | Bytes | What |
/// |---|---|
/// | 8 | magic `CTWINCKP` |
/// | 4 | format version (``formatVersion``) |
/// | 8 | h, the header's length |
/// | 8 | p, the state's length |
/// | h | the header: a UTF-8 JSON object (``CheckpointHeader``), readable with `head -c` |
/// | p | the state: ``ExperimentCheckpoint`` in FileFormats' binary coding (`BinaryEncoder`) |
/// | 32 | SHA-256 of everything before it |
///
/// Written atomically (a temporary file renamed over the destination). A file that is not a
/// checkpoint, of another format version, truncated, corrupted (checksum), or whose state
/// this build cannot decode (written by a build whose model state differs) is refused with a
/// ``FileReadError`` saying which.
public enum CheckpointFile {
  /// The version of this layout and of the state's coding; a file of another is refused.
  /// Raise it when the layout, the binary coding, or the meaning of a coded field changes
  /// (a field added to or removed from the model's state is caught by decoding anyway).
  public static let formatVersion: UInt32 = 1

  static let magic = Array("CTWINCKP".utf8)
  static let fixedLength = 8 + 4 + 8 + 8
  static let checksumLength = 32

  /// Writes `checkpoint` with `header` to `url`, atomically. O(state size).
  /// - Throws: ``OutputWriteError`` if the file cannot be written.
  public static func write(_ checkpoint: ExperimentCheckpoint, header: CheckpointHeader, to url: URL)
    throws(OutputWriteError)
  {
    let state: [UInt8]
    do {
      state = try BinaryEncoder().encode(checkpoint)
    } catch {
      throw OutputWriteError(path: url.path, reason: "cannot encode the checkpoint: \(error)")
    }
    let headerBytes = Array(header.json.utf8)
    var bytes = magic
    bytes.reserveCapacity(fixedLength + headerBytes.count + state.count + checksumLength)
    append(UInt64(formatVersion), bytes: 4, to: &bytes)
    append(UInt64(headerBytes.count), bytes: 8, to: &bytes)
    append(UInt64(state.count), bytes: 8, to: &bytes)
    bytes += headerBytes
    bytes += state
    bytes += SHA256.hash(bytes)
    try AtomicFile.write(Data(bytes), to: url)
  }

  /// Reads the checkpoint at `url`: its header and its state. O(file size).
  /// - Throws: ``FileReadError`` naming the file and what is wrong with it.
  public static func read(_ url: URL) throws(FileReadError) -> (
    header: CheckpointHeader, checkpoint: ExperimentCheckpoint
  ) {
    let path = url.relativePath
    func refuse(_ message: String, at location: String = "") -> FileReadError {
      FileReadError(path: path, location: location, message: message)
    }
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: url))
    } catch {
      throw refuse("cannot read the checkpoint: \((error as NSError).localizedDescription)")
    }
    guard bytes.count >= fixedLength, Array(bytes[0..<8]) == magic else {
      throw refuse("not a CommunityTwin checkpoint (it does not start with CTWINCKP)")
    }
    let version = UInt32(integer(in: bytes, at: 8, bytes: 4))
    guard version == formatVersion else {
      throw refuse(
        "checkpoint format version \(version); this build reads version \(formatVersion) only: write the "
          + "checkpoint again with this build (run --checkpoint-day … --checkpoint …)")
    }
    let headerLength = integer(in: bytes, at: 12, bytes: 8)
    let stateLength = integer(in: bytes, at: 20, bytes: 8)
    let available = UInt64(bytes.count - fixedLength)
    guard headerLength <= available, stateLength <= available - headerLength,
      available - headerLength - stateLength == UInt64(checksumLength)
    else {
      throw refuse(
        "truncated or padded: \(bytes.count) bytes, but its lengths say \(fixedLength) + \(headerLength) + "
          + "\(stateLength) + \(checksumLength) (an interrupted copy?)")
    }
    let body = bytes.count - checksumLength
    guard SHA256.hash(bytes[0..<body]) == Array(bytes[body...]) else {
      throw refuse("corrupted: its SHA-256 checksum does not match its contents")
    }
    let headerEnd = fixedLength + Int(headerLength)
    guard let fields = JSONFields.parse(Data(bytes[fixedLength..<headerEnd]), file: path) else {
      throw refuse("its header is not a JSON object", at: "header")
    }
    let header = try CheckpointHeader(fields)
    do {
      let checkpoint = try BinaryDecoder().decode(ExperimentCheckpoint.self, from: Array(bytes[headerEnd..<body]))
      return (header, checkpoint)
    } catch {
      throw refuse(
        "its state does not fit this build of the model (written by \(header.tool)?): \(error)", at: "state")
    }
  }

  /// Appends the `count` low bytes of `value`, least significant first.
  private static func append(_ value: UInt64, bytes count: Int, to bytes: inout [UInt8]) {
    for k in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(k)))) }
  }

  /// The little-endian integer of `count` bytes at `offset`.
  private static func integer(in bytes: [UInt8], at offset: Int, bytes count: Int) -> UInt64 {
    (0..<count).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
  }
}
