/// Results in a folder made by another build than the one about to add to them (`sweep
/// --resume`, `calibrate --resume`), combine them (`merge`) or go on from them (a checkpoint
/// file, `run --from`, `compare --from`): another version or commit, or a build that recorded
/// neither. Mixing them could mix two models' results silently, so the commands refuse (exit
/// 65) unless `--allow-other-version` is given.
public struct BuildMismatch: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder (or checkpoint file) as named, the build recorded there (`nil`: none
  /// recorded) and this build.
  public var folder: String
  public var found: Provenance?
  public var current: Provenance

  /// The mismatch of the results in `folder`, made by `found`, with `current`; `nil` when
  /// both are the same build (``Provenance/isSameBuild(as:)``).
  public static func check(folder: String, found: Provenance?, current: Provenance) -> BuildMismatch? {
    if let found, found.isSameBuild(as: current) { return nil }
    return BuildMismatch(folder: folder, found: found, current: current)
  }

  /// Both builds named, and the way out.
  public var description: String {
    let theirs = found.map { "\($0.tool) \($0.build)" } ?? "a build that recorded no version (before provenance)"
    return "\(folder) holds results of \(theirs), not of this one, \(current.tool) \(current.build): "
      + "results of different builds may come from different models. Add --allow-other-version to use them anyway, "
      + "or run them again with this build."
  }
}
