import FileFormats
import Foundation
import ScenarioFiles

/// The language an output was made in, recorded in its JSON file (`summary.json`,
/// `comparison.json`, `uncertain.json`, a sweep's `manifest.json`) as a top-level
/// `"language": "zh"`, so that `report` and `explore` on the folder default to it. It is the
/// language of the command's terminal table: `--lang`, else the scenario file's `language`
/// key (the base's, for `compare`; the base scenario's, for a sweep).
///
/// English, the default, is not written, so an English output is byte for byte what it was
/// before outputs recorded a language, and a file without the key reads as English. Only the
/// sentences for people follow the language; every key and machine-readable value stays
/// English.
public enum RecordedLanguage {
  /// The key in the output's top-level object.
  public static let key = "language"

  /// The `(key, value)` field to write for `language`, `nil` for English.
  static func field(_ language: ReportLanguage) -> (key: String, value: String)? {
    language == .en ? nil : (key, JSONText.string(language.rawValue))
  }

  /// The language recorded in the JSON file at `url`: English when the file has none.
  /// - Throws: ``FileReadError`` naming the file and the key when it cannot be read or the
  ///   value is not `"en"` or `"zh"`.
  public static func read(from url: URL) throws(FileReadError) -> ReportLanguage {
    try read(in: try JSONFields.root(of: url))
  }

  /// The language recorded in the JSON object `root`: English when it has none.
  /// - Throws: as ``read(from:)``.
  static func read(in root: JSONFields) throws(FileReadError) -> ReportLanguage {
    guard root.contains(key) else { return .en }
    let text = try root.string(key)
    guard let language = ReportLanguage(rawValue: text) else {
      throw FileReadError(
        path: root.file, location: key,
        message:
          "'\(text)' is not a language: one of \(ReportLanguage.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return language
  }
}
