import Foundation

/// Paths written into files so that they stay right when the folder that holds both ends is
/// moved: a scenario's `base`, relative to the scenario's own folder.
package enum RelativePath {
  /// The path of `target` seen from `directory` (both made absolute and standardized first):
  /// `Scenarios/import` → `Scenarios/baseline.json` is `../baseline.json`. O(path length).
  package static func from(_ directory: URL, to target: URL) -> String {
    let from = directory.standardizedFileURL.pathComponents
    let to = target.standardizedFileURL.pathComponents
    var common = 0
    while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
    let up = Array(repeating: "..", count: from.count - common)
    return (up + to[common...]).joined(separator: "/")
  }
}
