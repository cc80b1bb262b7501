import FileFormats
import Foundation

/// The safety rules of the output folders of `run` and `compare`: a folder that holds files
/// community-twin did not write is not written into (unless forced), and the results of an
/// earlier run, comparison or report that a new one replaces are removed, so no stale file
/// (a `report.html` of other results, `comparison.csv` beside a new `summary.json`) is left
/// beside new results.
public enum OutputFolder {
  /// The files that mark a folder as written by `run` or `compare`: `summary.json`,
  /// `comparison.json`, `uncertain.json`.
  public static let markers = [RunOutput.fileNames[0], ComparisonOutput.fileNames[0], UncertainJSON.fileName]

  /// Whether the folder at `directory` may be written into without forcing: it is missing,
  /// empty (`.DS_Store` aside), or holds a marker written by community-twin — one whose
  /// `provenance.tool` says so, or, written before provenance was recorded, a JSON object
  /// with the `seed` and `replications` every marker has. O(entries + marker size).
  public static func isWritable(_ directory: URL) -> Bool {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return true }
    if entries.allSatisfy({ $0 == ".DS_Store" }) { return true }
    return markers.contains { name in
      guard entries.contains(name),
        let data = FileManager.default.contents(atPath: directory.appending(path: name).path),
        let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
      else { return false }
      if let provenance = root["provenance"] as? [String: Any] {
        return provenance["tool"] as? String == "community-twin"
      }
      return root["seed"] != nil && root["replications"] != nil
    }
  }

  /// Removes from `directory` every file of `replaceable` not in `written`; returns the names
  /// removed, in `replaceable`'s order.
  /// - Throws: ``OutputWriteError`` naming a file that exists and cannot be removed.
  public static func removeStale(in directory: URL, replaceable: [String], written: [String]) throws(OutputWriteError)
    -> [String]
  {
    var removed: [String] = []
    for name in replaceable where !written.contains(name) {
      let url = directory.appending(path: name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      do {
        try FileManager.default.removeItem(at: url)
      } catch {
        throw OutputWriteError(path: url.path, reason: error.localizedDescription)
      }
      removed.append(name)
    }
    return removed
  }
}
